defmodule PortalWeb.UserSessionController do
  use PortalWeb, :controller

  alias Portal.Accounts
  alias PortalWeb.UserAuth

  def new(conn, params) do
    render(conn, :new, error_message: nil, return_to: local_path(params["return_to"]))
  end

  def create(conn, %{"user" => %{"email" => email, "password" => password} = user_params}) do
    if user = Accounts.get_user_by_email_and_password(email, password) do
      conn
      |> put_flash(:info, "Welcome back!")
      |> UserAuth.log_in_user(user, user_params)
    else
      render(conn, :new, error_message: "Invalid email or password", return_to: nil)
    end
  end

  def delete(conn, _params) do
    conn
    |> put_flash(:info, "Logged out successfully.")
    |> UserAuth.log_out_user()
  end

  # Same-site paths only: "/foo" yes; "//evil.com", "/\\evil.com", "https://..." no.
  defp local_path("/" <> rest = path) do
    if String.starts_with?(rest, ["/", "\\"]) or String.contains?(path, ["\r", "\n"]) do
      nil
    else
      case URI.parse(path) do
        %URI{scheme: nil, host: nil} -> path
        _ -> nil
      end
    end
  end

  defp local_path(_), do: nil
end
