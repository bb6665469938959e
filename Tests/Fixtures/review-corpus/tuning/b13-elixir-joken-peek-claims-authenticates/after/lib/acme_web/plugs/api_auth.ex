defmodule AcmeWeb.Plugs.ApiAuth do
  @moduledoc """
  Authenticates API calls carrying a bearer token issued by the identity service.
  """

  import Plug.Conn

  alias Acme.Accounts

  def init(opts), do: opts

  def call(conn, _opts) do
    with ["Bearer " <> token] <- get_req_header(conn, "authorization"),
         {:ok, claims} <- Joken.peek_claims(token),
         %{"sub" => user_id, "exp" => exp} <- claims,
         true <- exp > System.system_time(:second),
         %Accounts.User{} = user <- Accounts.get_user(user_id) do
      conn
      |> assign(:current_user, user)
      |> assign(:token_scopes, String.split(Map.get(claims, "scope", ""), " ", trim: true))
    else
      _ ->
        conn
        |> put_resp_content_type("application/json")
        |> send_resp(401, ~s({"error":"unauthorized"}))
        |> halt()
    end
  end
end