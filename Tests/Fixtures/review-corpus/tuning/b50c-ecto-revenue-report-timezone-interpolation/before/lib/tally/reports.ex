defmodule Tally.Reports do
  @moduledoc """
  Aggregates shown on the merchant dashboard.
  """
  import Ecto.Query

  alias Tally.Repo
  alias Tally.Sales.Order

  @doc """
  Daily revenue for an organisation between two dates (inclusive).

  Options:
    * `:timezone` - IANA zone the user picked in the dashboard date picker
      (passed straight through from the `tz` query param)
  """
  def revenue_by_day(org_id, %Date{} = from_date, %Date{} = to_date, opts \\ []) do
    _tz = Keyword.get(opts, :timezone, "Etc/UTC")

    from(o in Order,
      where: o.org_id == ^org_id and o.status == "paid",
      where: fragment("?::date", o.paid_at) >= ^from_date,
      where: fragment("?::date", o.paid_at) <= ^to_date,
      group_by: fragment("?::date", o.paid_at),
      order_by: fragment("?::date", o.paid_at),
      select: %{day: fragment("?::date", o.paid_at), total_cents: sum(o.total_cents)}
    )
    |> Repo.all()
  end
end
