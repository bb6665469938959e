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
end
