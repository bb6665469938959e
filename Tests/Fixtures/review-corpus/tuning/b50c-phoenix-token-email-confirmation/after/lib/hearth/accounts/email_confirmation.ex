defmodule Hearth.Accounts.EmailConfirmation do
  @moduledoc """
  Builds and checks the links sent in confirmation emails.

  Links carry a Phoenix.Token signed with the endpoint's secret_key_base, so we no
  longer keep a confirmation_tokens table. A token is bound to the address it was
  sent to and stops working once that user is confirmed or after a day.
  """

  alias Hearth.Repo
  alias Hearth.Accounts.User

  @salt "user email confirmation"
  @max_age 60 * 60 * 24

  def build_link(%User{} = user) do
    token = Phoenix.Token.sign(HearthWeb.Endpoint, @salt, {user.id, user.email})

    HearthWeb.Endpoint.url() <> "/confirm/" <> token
  end

  def confirm(token) when is_binary(token) do
    with {:ok, {user_id, email}} <-
           Phoenix.Token.verify(HearthWeb.Endpoint, @salt, token, max_age: @max_age),
         %User{email: ^email, confirmed_at: nil} = user <- Repo.get(User, user_id) do
      user |> User.confirm_changeset() |> Repo.update()
    else
      {:error, reason} when reason in [:expired, :invalid, :missing] -> {:error, reason}
      _ -> {:error, :invalid}
    end
  end
end
