defmodule Ledgerly.Reporting.Cohorts do
  @moduledoc """
  Subscription retention cohorts for the analytics dashboard.

  The query is hand-written SQL because Ecto cannot express the window
  function we need without three nested subqueries.
  """

  alias Ledgerly.Repo

  @buckets %{"day" => "day", "week" => "week", "month" => "month"}

  @doc """
  Builds options from the dashboard's query params and runs `retention/2`.
  """
  def retention_from_params(org_id, params) do
    retention(org_id,
      bucket: Map.get(params, "bucket", "week"),
      since: parse_date(params["since"]),
      plan: params["plan"]
    )
  end

  def retention(org_id, opts \\ []) do
    bucket = Map.get(@buckets, Keyword.get(opts, :bucket), "week")
    since = Keyword.get(opts, :since) || Date.add(Date.utc_today(), -180)
    plan_filter = plan_clause(Keyword.get(opts, :plan))

    sql = """
    WITH firsts AS (
      SELECT s.customer_id, date_trunc('#{bucket}', min(s.started_at)) AS cohort
      FROM subscriptions s
      WHERE s.org_id = $1 AND s.started_at >= $2 #{plan_filter}
      GROUP BY s.customer_id
    )
    SELECT f.cohort,
           date_trunc('#{bucket}', p.paid_at) AS period,
           count(DISTINCT p.customer_id) AS active
    FROM firsts f
    JOIN payments p ON p.customer_id = f.customer_id
    GROUP BY 1, 2
    ORDER BY 1, 2
    """

    %{rows: rows} = Repo.query!(sql, [org_id, since])

    Enum.map(rows, fn [cohort, period, active] ->
      %{cohort: cohort, period: period, active: active}
    end)
  end

  defp plan_clause(nil), do: ""
  defp plan_clause(""), do: ""
  defp plan_clause(plan), do: "AND s.plan_slug = '#{plan}'"

  defp parse_date(nil), do: nil

  defp parse_date(value) do
    case Date.from_iso8601(value) do
      {:ok, date} -> date
      {:error, _} -> nil
    end
  end
end
