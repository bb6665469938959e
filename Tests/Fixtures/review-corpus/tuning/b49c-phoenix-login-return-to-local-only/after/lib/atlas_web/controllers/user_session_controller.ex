defmodule AtlasWeb.UserSessionController do
  use AtlasWeb, :controller

  alias Atlas.Accounts
  alias AtlasWeb.UserAuth

  def new(conn, params) do
    conn
    |> maybe_store_return_to(params["return_to"])
    |> render(:new, error_message: nil)
  end

  def create(conn, %{"user" => user_params}) do
    %{"email" => email, "password" => password} = user_params

    if user = Accounts.get_user_by_email_and_password(email, password) do
      conn
      |> put_flash(:info, "Welcome back!")
      |> UserAuth.log_in_user(user, user_params)
    else
      # In order to prevent user enumeration attacks, don't disclose whether the email is registered.
      render(conn, :new, error_message: "Invalid email or password")
    end
  end

  def delete(conn, _params) do
    conn
    |> put_flash(:info, "Logged out successfully.")
    |> UserAuth.log_out_user()
  end

  # Deep links from emails land here as /users/log_in?return_to=/projects/42.
  # UserAuth.log_in_user/3 redirects to :user_return_to, so only keep values
  # that are plain paths on this site.
  defp maybe_store_return_to(conn, "/" <> _ = path) do
    uri = URI.parse(path)

    if is_nil(uri.scheme) and is_nil(uri.host) and not String.starts_with?(path, ["//", "/\\"]) do
      put_session(conn, :user_return_to, path)
    else
      conn
    end
  end

  defp maybe_store_return_to(conn, _other), do: conn
end
