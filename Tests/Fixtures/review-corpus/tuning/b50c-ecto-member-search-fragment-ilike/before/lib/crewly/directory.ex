defmodule Crewly.Directory do
  @moduledoc """
  Member directory for an organisation.
  """
  import Ecto.Query, warn: false

  alias Crewly.Repo
  alias Crewly.Directory.Member

  @page_size 25

  def search_members(org_id, term, page \\ 1) when is_binary(term) and page >= 1 do
    email = term |> String.trim() |> String.downcase()

    Member
    |> where([m], m.org_id == ^org_id and is_nil(m.archived_at))
    |> where([m], m.email == ^email)
    |> order_by([m], asc: m.display_name)
    |> limit(@page_size)
    |> offset(^((page - 1) * @page_size))
    |> Repo.all()
  end
end
