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

  @doc """
  Matches the subject, the requester's exact email (any case) or a tag.
  """
  def search(org_id, term) do
    term = String.trim(term)
    like = "%" <> escape_like(term) <> "%"

    Ticket
    |> where([t], t.org_id == ^org_id)
    |> where(
      [t],
      ilike(t.subject, ^like) or
        fragment("lower(?) = lower(?)", t.requester_email, ^term) or
        fragment("? = ANY(?)", ^term, t.tags)
    )
    |> order_by([t], desc: t.updated_at)
    |> limit(50)
    |> Repo.all()
  end

  defp escape_like(term), do: String.replace(term, ~r/[\\%_]/, fn c -> "\\" <> c end)
end
