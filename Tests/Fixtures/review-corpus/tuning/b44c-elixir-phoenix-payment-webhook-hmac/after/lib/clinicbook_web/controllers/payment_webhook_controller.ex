defmodule ClinicbookWeb.PaymentWebhookController do
  use ClinicbookWeb, :controller

  require Logger
  alias Clinicbook.Billing

  # Routed through the :api pipeline (no session, no CSRF). The raw body is cached
  # by ClinicbookWeb.CacheBodyReader, configured on Plug.Parsers in endpoint.ex.
  def create(conn, params) do
    with [signature] <- get_req_header(conn, "x-paylane-signature"),
         raw_body when is_binary(raw_body) <- conn.assigns[:raw_body],
         true <- valid_signature?(raw_body, signature) do
      :ok = Billing.handle_provider_event(params)
      send_resp(conn, 204, "")
    else
      _ ->
        Logger.warning("rejected payment webhook: bad or missing signature")
        send_resp(conn, 401, "")
    end
  end

  defp valid_signature?(body, signature) do
    secret = Application.fetch_env!(:clinicbook, :paylane_webhook_secret)
    expected = :crypto.mac(:hmac, :sha256, secret, body) |> Base.encode16(case: :lower)
    Plug.Crypto.secure_compare(expected, String.downcase(signature))
  end
end
