defmodule Meterline.Billing.UsageRollup do
  @moduledoc """
  Aggregates raw usage events into per-period totals for invoices and the
  usage chart on the billing page.
  """

  import Ecto.Query

  alias Meterline.Repo
  alias Meterline.Billing.UsageEvent

  @granularities ~w(hour day month)a

  @type row :: %{period: NaiveDateTime.t(), metric: String.t(), quantity: Decimal.t()}

  @spec totals(Ecto.UUID.t(), DateTime.t(), DateTime.t(), atom()) :: [row]
  def totals(account_id, from, to, granularity \\ :day) when granularity in @granularities do
    UsageEvent
    |> where([e], e.account_id == ^account_id)
    |> where([e], e.occurred_at >= ^from and e.occurred_at < ^to)
    |> group_by([e], [fragment("date_trunc(?, ?)", ^to_string(granularity), e.occurred_at), e.metric])
    |> select([e], %{
      period: fragment("date_trunc(?, ?)", ^to_string(granularity), e.occurred_at),
      metric: e.metric,
      quantity: sum(e.quantity)
    })
    |> order_by([e], asc: fragment("1"))
    |> Repo.all(timeout: :timer.seconds(30))
  end

  @doc """
  Parses the `granularity` query param from the billing page.
  """
  @spec parse_granularity(String.t() | nil) :: atom()
  def parse_granularity("hour"), do: :hour
  def parse_granularity("month"), do: :month
  def parse_granularity(_), do: :day

  @spec invoice_lines(Ecto.UUID.t(), Date.Range.t()) :: [row]
  def invoice_lines(account_id, %Date.Range{first: first, last: last}) do
    from = DateTime.new!(first, ~T[00:00:00], "Etc/UTC")
    to = DateTime.new!(Date.add(last, 1), ~T[00:00:00], "Etc/UTC")
    totals(account_id, from, to, :month)
  end
end
