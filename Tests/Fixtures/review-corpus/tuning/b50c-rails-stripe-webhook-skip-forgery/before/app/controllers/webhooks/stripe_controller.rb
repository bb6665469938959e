module Webhooks
  class StripeController < ActionController::API
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
