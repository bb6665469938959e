defmodule Helpdesk.Tickets do
  @moduledoc """
  Ticket queries used by the agent inbox and search bar.
  """

  import Ecto.Query, warn: false

  alias Helpdesk.Repo
  alias Helpdesk.Tickets.Ticket

  def list_open_for_agent(agent_id) do
    Ticket
    |> where([t], t.assignee_id == ^agent_id and t.status in ["open", "pending"])
    |> order_by([t], asc: t.inserted_at)
    |> Repo.all()
  end

  def get_ticket!(org_id, id) do
    Ticket
    |> where([t], t.org_id == ^org_id)
    |> Repo.get!(id)
  end

  def search(org_id, term) do
    like = "%" <> term <> "%"

    Ticket
    |> where([t], t.org_id == ^org_id)
    |> where([t], ilike(t.subject, ^like))
    |> limit(50)
    |> Repo.all()
  end
end
