defmodule Meterline.Billing.UsageRollup do
  @moduledoc """
  Aggregates raw usage events into per-period totals for invoices and the
  usage chart on the billing page.
  """

  alias Meterline.Repo

  @granularities ~w(hour day month)a

  @type row :: %{period: NaiveDateTime.t(), metric: String.t(), quantity: Decimal.t()}

  # The Ecto version sent date_trunc's unit as a bind parameter, which stops
  # Postgres from using the (account_id, date_trunc('day', occurred_at))
  # expression index. The unit has to be a literal in the SQL text for the
  # planner to match it, so it comes from this fixed map, never from input.
  @trunc_units %{hour: "hour", day: "day", month: "month"}

  @spec totals(Ecto.UUID.t(), DateTime.t(), DateTime.t(), atom()) :: [row]
  def totals(account_id, from, to, granularity \\ :day) when granularity in @granularities do
    unit = Map.fetch!(@trunc_units, granularity)

    sql = """
    SELECT date_trunc('#{unit}', e.occurred_at) AS period, e.metric, sum(e.quantity) AS quantity
    FROM usage_events e
    WHERE e.account_id = $1 AND e.occurred_at >= $2 AND e.occurred_at < $3
    GROUP BY 1, 2
    ORDER BY 1, 2
    """

    %{rows: rows} =
      Repo.query!(sql, [Ecto.UUID.dump!(account_id), from, to], timeout: :timer.seconds(30))

    Enum.map(rows, fn [period, metric, quantity] ->
      %{period: period, metric: metric, quantity: quantity}
    end)
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
