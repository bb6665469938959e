defmodule RelayWeb.Plugs.VerifyGithubSignature do
  @moduledoc """
  Verifies `X-Hub-Signature-256` on GitHub webhook deliveries. Requires the raw
  body to have been cached by `RelayWeb.CacheBodyReader`.
  """
  import Plug.Conn
  require Logger

  def init(opts), do: opts

  def call(conn, _opts) do
    secret = Application.fetch_env!(:relay, :github_webhook_secret)
    raw_body = conn.assigns[:raw_body] || ""

    expected =
      "sha256=" <> (:crypto.mac(:hmac, :sha256, secret, raw_body) |> Base.encode16(case: :lower))

    case get_req_header(conn, "x-hub-signature-256") do
      [^expected] ->
        conn

      _ ->
        Logger.warning("rejected github delivery #{inspect(get_req_header(conn, "x-github-delivery"))}")
        conn |> send_resp(401, "bad signature") |> halt()
    end
  end
end
