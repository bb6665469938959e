module Webhooks
  class StripeController < ApplicationController
    skip_before_action :authenticate_user!

    def create
      event = Stripe::Webhook.construct_event(
        request.raw_post,
        request.headers["Stripe-Signature"],
        Rails.application.credentials.dig(:stripe, :webhook_secret)
      )

      StripeEventJob.perform_later(event.id, event.type, event.data.object.to_hash)
      head :ok
    rescue JSON::ParserError, Stripe::SignatureVerificationError => e
      Rails.logger.warn("[stripe] rejected webhook: #{e.class}")
      head :bad_request
    end
  end
end
