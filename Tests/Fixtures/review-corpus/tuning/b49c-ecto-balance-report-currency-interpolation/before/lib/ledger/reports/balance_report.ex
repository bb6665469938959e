defmodule Ledger.Reports.BalanceReport do
  @moduledoc """
  Per-account running balances for the finance dashboard.
  """

  alias Ledger.Repo

  @sql """
  SELECT a.id, a.name, SUM(e.amount_cents) AS balance_cents
  FROM accounts a
  JOIN entries e ON e.account_id = a.id
  WHERE a.org_id = $1
    AND e.posted_on <= $2
  GROUP BY a.id, a.name
  ORDER BY a.name
  """

  @spec run(Ecto.UUID.t(), Date.t()) :: [map()]
  def run(org_id, %Date{} = as_of) do
    %{rows: rows} = Repo.query!(@sql, [Ecto.UUID.dump!(org_id), as_of])

    Enum.map(rows, fn [id, name, balance] ->
      %{id: id, name: name, balance_cents: balance}
    end)
  end
end
