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

    with [header] <- get_req_header(conn, "stripe-signature"),
         {:ok, _event} <- Stripe.Webhook.construct_event(raw_body, header, secret, @tolerance_seconds) do
      conn
    else
      _ ->
        Logger.warning("rejected webhook with bad or missing signature")

        conn
        |> send_resp(400, "invalid signature")
        |> halt()
    end
  end
end
