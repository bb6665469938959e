defmodule Shop.Accounts do
  @moduledoc "Customer accounts."

  import Ecto.Query, warn: false

  alias Shop.Repo
  alias Shop.Accounts.User

  def get_user!(id), do: Repo.get!(User, id)

  # Legacy rows were stored with mixed-case emails.
  def get_user_by_email(email) when is_binary(email) do
    normalized = email |> String.trim() |> String.downcase()

    User
    |> where([u], fragment("lower(?)", u.email) == ^normalized)
    |> Repo.one()
  end

  def list_users(org_id) do
    User
    |> where([u], u.org_id == ^org_id)
    |> order_by([u], asc: u.inserted_at)
    |> Repo.all()
  end

  def search_users(org_id, term) when is_binary(term) do
    like = "%" <> String.replace(term, ~r/[\\%_]/, "\\\\\\0") <> "%"

    User
    |> where([u], u.org_id == ^org_id)
    |> where([u], fragment("? ILIKE ?", u.name, ^like) or fragment("? ILIKE ?", u.email, ^like))
    |> limit(50)
    |> Repo.all()
  end

  def activity_counts(org_id, since) do
    Repo.query!(
      "SELECT user_id, count(*) FROM events WHERE org_id = $1 AND inserted_at >= $2 GROUP BY user_id",
      [org_id, since]
    )
  end

  def register_user(attrs) do
    %User{}
    |> User.registration_changeset(attrs)
    |> Repo.insert()
  end
end