defmodule Ledger.Reports.Revenue do
  @moduledoc """
  Monthly revenue rollups for the finance dashboard.
  """

  import Ecto.Query, warn: false

  alias Ledger.Repo
  alias Ledger.Billing.Payment

  @spec monthly(integer(), Date.t(), Date.t()) :: [map()]
  def monthly(org_id, from, to) do
    from(p in Payment,
      where: p.org_id == ^org_id and p.status == "settled",
      where: p.settled_on >= ^from and p.settled_on <= ^to,
      group_by: fragment("date_trunc('month', ?)", p.settled_on),
      order_by: fragment("date_trunc('month', ?)", p.settled_on),
      select: %{
        month: fragment("date_trunc('month', ?)", p.settled_on),
        total_cents: sum(p.amount_cents)
      }
    )
    |> Repo.all()
  end

  @doc "Backs the currency filter on the dashboard (`?currency=eur`)."
  @spec by_currency(integer(), String.t()) :: [map()]
  def by_currency(org_id, currency) do
    sql = """
    SELECT date_trunc('month', settled_on) AS month, sum(amount_cents) AS total_cents
    FROM payments
    WHERE org_id = $1 AND status = 'settled' AND currency = '#{String.upcase(currency)}'
    GROUP BY 1 ORDER BY 1
    """

    %{rows: rows} = Ecto.Adapters.SQL.query!(Repo, sql, [org_id])
    Enum.map(rows, fn [month, total] -> %{month: month, total_cents: total} end)
  end
end
