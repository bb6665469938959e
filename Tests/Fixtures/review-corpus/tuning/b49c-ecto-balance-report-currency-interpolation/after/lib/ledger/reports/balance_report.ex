defmodule Ledger.Reports.BalanceReport do
  @moduledoc """
  Per-account running balances for the finance dashboard.

  Options:

    * `:currency` - ISO code picked in the dashboard filter (e.g. "EUR");
      when absent, entries in every currency are summed.
  """

  alias Ledger.Repo

  @spec run(Ecto.UUID.t(), Date.t(), keyword()) :: [map()]
  def run(org_id, %Date{} = as_of, opts \\ []) do
    currency_clause =
      case Keyword.get(opts, :currency) do
        nil -> ""
        code -> "AND e.currency = '#{String.upcase(code)}'"
      end

    sql = """
    SELECT a.id, a.name, SUM(e.amount_cents) AS balance_cents
    FROM accounts a
    JOIN entries e ON e.account_id = a.id
    WHERE a.org_id = $1
      AND e.posted_on <= $2
      #{currency_clause}
    GROUP BY a.id, a.name
    ORDER BY a.name
    """

    %{rows: rows} = Repo.query!(sql, [Ecto.UUID.dump!(org_id), as_of])

    Enum.map(rows, fn [id, name, balance] ->
      %{id: id, name: name, balance_cents: balance}
    end)
  end
end
