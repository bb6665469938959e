module Webhooks
  class StripeController < ApplicationController
    skip_before_action :authenticate_user!
    # Stripe can't send an authenticity token; every request is authenticated by
    # the Stripe-Signature HMAC check below instead (was failing with 422s).
    skip_forgery_protection only: :create

    def create
      event = Stripe::Webhook.construct_event(
        request.raw_post,
        request.headers["Stripe-Signature"],
        Rails.application.credentials.dig(:stripe, :webhook_secret)
      )

      if ProcessedStripeEvent.exists?(stripe_id: event.id)
        head :ok
        return
      end

      StripeEventJob.perform_later(event.id, event.type, event.data.object.to_hash)
      head :ok
    rescue JSON::ParserError, Stripe::SignatureVerificationError => e
      Rails.logger.warn("[stripe] rejected webhook: #{e.class}")
      head :bad_request
    end
  end
end
