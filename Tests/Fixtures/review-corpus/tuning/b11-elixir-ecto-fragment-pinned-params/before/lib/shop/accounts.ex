defmodule Shop.Accounts do
  @moduledoc "Customer accounts."

  import Ecto.Query, warn: false

  alias Shop.Repo
  alias Shop.Accounts.User

  def get_user!(id), do: Repo.get!(User, id)

  def get_user_by_email(email) when is_binary(email) do
    Repo.get_by(User, email: email)
  end

  def list_users(org_id) do
    User
    |> where([u], u.org_id == ^org_id)
    |> order_by([u], asc: u.inserted_at)
    |> Repo.all()
  end

  def register_user(attrs) do
    %User{}
    |> User.registration_changeset(attrs)
    |> Repo.insert()
  end
end