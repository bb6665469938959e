# frozen_string_literal: true

module Webhooks
  # Stripe calls this without a session, so user auth and CSRF are skipped.
  # Authenticity comes from the Stripe-Signature header, checked before anything else runs.
  # Inherits ApplicationController now so it gets our Sentry context and request tagging.
  class StripeController < ApplicationController
    skip_before_action :authenticate_user!
    skip_forgery_protection

    def create
      event = Stripe::Webhook.construct_event(
        request.raw_post,
        request.headers["Stripe-Signature"],
        Rails.configuration.x.stripe.webhook_secret
      )

      case event.type
      when "checkout.session.completed"
        Billing::ActivateSubscription.call(event.data.object)
      when "invoice.payment_failed"
        Billing::MarkPastDue.call(event.data.object)
      end

      head :ok
    rescue JSON::ParserError, Stripe::SignatureVerificationError => e
      Rails.logger.warn("stripe webhook rejected: #{e.class}")
      head :bad_request
    end
  end
end
