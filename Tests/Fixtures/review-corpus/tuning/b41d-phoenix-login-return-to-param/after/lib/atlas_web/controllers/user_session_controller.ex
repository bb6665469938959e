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

  # Links from the docs site send people to /log_in?return_to=/projects/42/settings.
  # UserAuth.log_in_user/3 redirects to :user_return_to after login.
  defp maybe_store_return_to(conn, return_to) when is_binary(return_to) do
    case local_path(return_to) do
      {:ok, path} -> put_session(conn, :user_return_to, path)
      :error -> conn
    end
  end

  defp maybe_store_return_to(conn, _), do: conn

  defp local_path("/" <> rest = path) do
    uri = URI.parse(path)

    cond do
      String.starts_with?(rest, ["/", "\\"]) -> :error
      String.contains?(path, ["\\", "\n", "\r"]) -> :error
      uri.scheme != nil or uri.host != nil -> :error
      true -> {:ok, URI.to_string(%URI{path: uri.path, query: uri.query})}
    end
  end

  defp local_path(_), do: :error
end
