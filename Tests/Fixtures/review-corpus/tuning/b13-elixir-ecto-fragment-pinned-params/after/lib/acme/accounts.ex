defmodule Acme.Accounts do
  @moduledoc "Account lookups used by the session and invitation flows."

  import Ecto.Query, warn: false

  alias Acme.Repo
  alias Acme.Accounts.User

  def get_user!(id), do: Repo.get!(User, id)

  def get_user_by_email(email) when is_binary(email) do
    normalized = email |> String.trim() |> String.downcase()

    User
    |> where([u], fragment("lower(?)", u.email) == ^normalized)
    |> Repo.one()
  end

  def list_org_users(org_id, opts \\ []) do
    search = Keyword.get(opts, :search)

    User
    |> where([u], u.org_id == ^org_id and is_nil(u.deactivated_at))
    |> maybe_search(search)
    |> order_by([u], asc: u.name)
    |> Repo.all()
  end

  defp maybe_search(query, nil), do: query

  defp maybe_search(query, term) do
    pattern = "%" <> String.replace(term, ~r/[%_\\]/, "\\\\\\0") <> "%"
    where(query, [u], fragment("? ILIKE ?", u.name, ^pattern))
  end
end