defmodule Tally.Reports do
  @moduledoc """
  Aggregates shown on the merchant dashboard.
  """

  alias Tally.Repo

  @doc """
  Daily revenue for an organisation between two dates (inclusive).

  Options:
    * `:timezone` - IANA zone the user picked in the dashboard date picker
      (passed straight through from the `tz` query param)
  """
  def revenue_by_day(org_id, %Date{} = from_date, %Date{} = to_date, opts \\ []) do
    tz = Keyword.get(opts, :timezone, "Etc/UTC")

    # Bucket by the merchant's local day instead of UTC. Ecto won't let us reuse one
    # bound zone in SELECT, WHERE and GROUP BY without repeating it, so use SQL here.
    sql = """
    SELECT (o.paid_at AT TIME ZONE '#{tz}')::date AS day,
           sum(o.total_cents) AS total_cents
    FROM orders o
    WHERE o.org_id = $1
      AND o.status = 'paid'
      AND (o.paid_at AT TIME ZONE '#{tz}')::date BETWEEN $2 AND $3
    GROUP BY 1
    ORDER BY 1
    """

    %{rows: rows} = Repo.query!(sql, [org_id, from_date, to_date])

    Enum.map(rows, fn [day, total_cents] -> %{day: day, total_cents: total_cents} end)
  end
end
