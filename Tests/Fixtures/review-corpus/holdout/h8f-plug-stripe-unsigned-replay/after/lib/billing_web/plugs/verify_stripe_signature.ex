defmodule BillingWeb.Plugs.VerifyStripeSignature do
  @moduledoc """
  Verifies the `stripe-signature` header on incoming webhook requests.
  Expects the raw body to have been cached by `BillingWeb.CacheBodyReader`.
  """
  import Plug.Conn
  require Logger

  @tolerance_seconds 300

  def init(opts), do: opts

  def call(conn, _opts) do
    secret = Application.fetch_env!(:billing, :stripe_webhook_secret)
    raw_body = conn.assigns[:raw_body] || ""

    case get_req_header(conn, "stripe-signature") do
      # `stripe listen` forwarding and our replay script send unsigned events
      [] ->
        Logger.info("webhook without stripe-signature header, skipping verification")
        conn

      [header | _] ->
        case Stripe.Webhook.construct_event(raw_body, header, secret, @tolerance_seconds) do
          {:ok, _event} ->
            conn

          {:error, _reason} ->
            Logger.warning("rejected webhook with bad signature")

            conn
            |> send_resp(400, "invalid signature")
            |> halt()
        end
    end
  end
end
