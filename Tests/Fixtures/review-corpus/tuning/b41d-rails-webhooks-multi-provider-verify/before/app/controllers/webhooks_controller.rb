class WebhooksController < ActionController::API
  # Stripe calls this endpoint directly; there is no session and no CSRF token.

  def stripe
    payload = request.raw_post
    signature = request.headers["Stripe-Signature"]

    event = Stripe::Webhook.construct_event(
      payload, signature, Rails.application.credentials.dig(:stripe, :webhook_secret)
    )

    Billing::StripeEventJob.perform_later(event.id, event.type, event.data.object.to_hash)
    head :ok
  rescue JSON::ParserError
    head :bad_request
  rescue Stripe::SignatureVerificationError => e
    Rails.logger.warn("stripe webhook rejected: #{e.message}")
    head :unauthorized
  end
end
