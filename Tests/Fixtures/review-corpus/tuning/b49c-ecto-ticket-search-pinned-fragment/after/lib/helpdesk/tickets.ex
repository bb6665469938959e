defmodule Helpdesk.Tickets do
  @moduledoc "Ticket queries for the agent inbox."

  import Ecto.Query, warn: false

  alias Helpdesk.Repo
  alias Helpdesk.Tickets.Ticket

  def list_open(team_id, opts \\ []) do
    limit = Keyword.get(opts, :limit, 50)

    Ticket
    |> where([t], t.team_id == ^team_id and t.status in [:open, :pending])
    |> maybe_search(Keyword.get(opts, :q))
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

  defp maybe_search(query, term) when term in [nil, ""], do: query

  defp maybe_search(query, term) do
    term = String.trim(term)
    pattern = "%" <> escape_like(term) <> "%"

    where(
      query,
      [t],
      fragment("? ILIKE ? ESCAPE '\\'", t.subject, ^pattern) or
        fragment("to_tsvector('english', ?) @@ plainto_tsquery('english', ?)", t.body, ^term)
    )
  end

  defp escape_like(term) do
    String.replace(term, ["\\", "%", "_"], fn char -> "\\" <> char end)
  end
end
