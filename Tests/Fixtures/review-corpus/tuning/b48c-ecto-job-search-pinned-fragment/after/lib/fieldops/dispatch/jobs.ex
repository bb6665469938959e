defmodule Fieldops.Dispatch.Jobs do
  @moduledoc """
  Queries over dispatch jobs for the scheduler board.
  """

  import Ecto.Query, warn: false

  alias Fieldops.Repo
  alias Fieldops.Dispatch.Job

  @sortable %{
    "scheduled" => :scheduled_at,
    "priority" => :priority,
    "site" => :site_name
  }

  def list_jobs(params \\ %{}) do
    sort_field = Map.get(@sortable, params["sort"], :scheduled_at)
    dir = if params["dir"] == "desc", do: :desc, else: :asc

    Job
    |> where([j], j.status in ^statuses(params))
    |> maybe_search(params["q"])
    |> order_by([j], [{^dir, field(j, ^sort_field)}])
    |> limit(200)
    |> Repo.all()
  end

  defp maybe_search(query, q) when is_binary(q) and q != "" do
    pattern = "%#{String.replace(q, ~r/[\\%_]/, fn c -> "\\" <> c end)}%"
    where(query, [j], fragment("? ILIKE ? OR ? ILIKE ?", j.site_name, ^pattern, j.reference, ^pattern))
  end

  defp maybe_search(query, _q), do: query

  defp statuses(%{"status" => s}) when s in ["open", "assigned", "done"], do: [s]
  defp statuses(_), do: ["open", "assigned"]
end
