module Webhooks
  # Inherits from ApplicationController now so Current.request_id, Sentry context
  # and the Lograge payload are set the same way as for the rest of the app.
  class StripeController < ApplicationController
    # Stripe cannot send a CSRF token; requests are authenticated by the
    # Stripe-Signature HMAC checked in construct_event below.
    skip_forgery_protection
    skip_before_action :authenticate_user!

    def create
      payload = request.body.read
      signature = request.headers["Stripe-Signature"]

      event = Stripe::Webhook.construct_event(
        payload,
        signature,
        Rails.application.credentials.dig(:stripe, :webhook_secret)
      )

      Billing::StripeEventHandler.call(event)
      head :ok
    rescue JSON::ParserError, Stripe::SignatureVerificationError => e
      Rails.logger.warn("stripe webhook rejected: #{e.class}")
      head :bad_request
    end
  end
end
