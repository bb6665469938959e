defmodule ShopWeb.Plugs.VerifyPaygateSignature do
  @moduledoc """
  Verifies the `x-paygate-signature` header on inbound PayGate webhooks.

  The raw body is cached by `ShopWeb.CacheBodyReader` (see endpoint.ex) so the HMAC
  is computed over exactly the bytes PayGate sent.
  """
  import Plug.Conn
  require Logger

  @behaviour Plug

  @impl true
  def init(opts), do: opts

  @impl true
  def call(conn, _opts) do
    secret = Application.fetch_env!(:shop, :paygate_webhook_secret)
    raw_body = conn.assigns[:raw_body] || ""

    with [signature] <- get_req_header(conn, "x-paygate-signature"),
         expected = sign(raw_body, secret),
         true <- Plug.Crypto.secure_compare(expected, signature) do
      conn
    else
      _ ->
        Logger.warning("rejecting PayGate webhook with bad or missing signature")

        conn
        |> send_resp(401, "invalid signature")
        |> halt()
    end
  end

  defp sign(body, secret) do
    :crypto.mac(:hmac, :sha256, secret, body)
    |> Base.encode16(case: :lower)
  end
end
