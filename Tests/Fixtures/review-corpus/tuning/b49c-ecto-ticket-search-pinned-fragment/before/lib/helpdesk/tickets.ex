defmodule Helpdesk.Tickets do
  @moduledoc "Ticket queries for the agent inbox."

  import Ecto.Query, warn: false

  alias Helpdesk.Repo
  alias Helpdesk.Tickets.Ticket

  def list_open(team_id, opts \\ []) do
    limit = Keyword.get(opts, :limit, 50)

    Ticket
    |> where([t], t.team_id == ^team_id and t.status in [:open, :pending])
    |> order_by([t], desc: t.updated_at)
    |> limit(^limit)
    |> preload(:requester)
    |> Repo.all()
  end

  def get_ticket!(team_id, id) do
    Ticket
    |> where([t], t.team_id == ^team_id)
    |> Repo.get!(id)
  end
end
