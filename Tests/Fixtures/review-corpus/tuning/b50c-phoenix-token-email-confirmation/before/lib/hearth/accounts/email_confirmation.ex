defmodule Hearth.Accounts.EmailConfirmation do
  @moduledoc "Builds and checks the links sent in confirmation emails."

  import Ecto.Query

  alias Hearth.Repo
  alias Hearth.Accounts.{ConfirmationToken, User}

  def build_link(%User{} = user) do
    token = :crypto.strong_rand_bytes(24) |> Base.url_encode64(padding: false)
    Repo.insert!(%ConfirmationToken{user_id: user.id, token: token})

    HearthWeb.Endpoint.url() <> "/confirm/" <> token
  end

  def confirm(token) when is_binary(token) do
    query = from t in ConfirmationToken, where: t.token == ^token, preload: :user

    case Repo.one(query) do
      nil ->
        {:error, :invalid}

      %ConfirmationToken{user: user} = row ->
        Repo.delete!(row)
        user |> User.confirm_changeset() |> Repo.update()
    end
  end
end
