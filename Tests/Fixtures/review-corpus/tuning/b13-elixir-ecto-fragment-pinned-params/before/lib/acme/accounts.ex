defmodule Acme.Accounts do
  @moduledoc "Account lookups used by the session and invitation flows."

  import Ecto.Query, warn: false

  alias Acme.Repo
  alias Acme.Accounts.User

  def get_user!(id), do: Repo.get!(User, id)

  def get_user_by_email(email) when is_binary(email) do
    Repo.get_by(User, email: email)
  end

  def list_org_users(org_id) do
    User
    |> where([u], u.org_id == ^org_id and is_nil(u.deactivated_at))
    |> order_by([u], asc: u.name)
    |> Repo.all()
  end
end