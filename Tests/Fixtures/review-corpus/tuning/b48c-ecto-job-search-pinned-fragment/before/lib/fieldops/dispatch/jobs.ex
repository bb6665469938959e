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
    |> order_by([j], [{^dir, field(j, ^sort_field)}])
    |> limit(200)
    |> Repo.all()
  end

  defp statuses(%{"status" => s}) when s in ["open", "assigned", "done"], do: [s]
  defp statuses(_), do: ["open", "assigned"]
end
