module Webhooks
  # Inherit from ApplicationController so Sentry context and the around_action tagging apply here too.
  class StripeController < ApplicationController
    # Stripe sends neither a CSRF token nor a session; the signature check below is the authentication.
    skip_before_action :verify_authenticity_token
    skip_before_action :authenticate_user!

    def create
      payload = request.body.read
      signature = request.headers["Stripe-Signature"]

      event = Stripe::Webhook.construct_event(
        payload, signature, Rails.application.credentials.dig(:stripe, :webhook_secret)
      )

      Billing::StripeEventHandler.call(event)
      head :ok
    rescue JSON::ParserError, Stripe::SignatureVerificationError => e
      Rails.logger.warn("[stripe] rejected webhook: #{e.class}")
      head :bad_request
    end
  end
end
