class WebhooksController < ActionController::API
  # Providers call these endpoints directly; there is no session and no CSRF token.
  # Every action must be covered by verify_signature! below.
  before_action :verify_signature!

  def stripe
    event = @verified_event
    Billing::StripeEventJob.perform_later(event.id, event.type, event.data.object.to_hash)
    head :ok
  end

  def postmark
    payload = JSON.parse(request.raw_post)
    Mail::BounceJob.perform_later(payload.slice("RecordType", "Email", "BouncedAt", "MessageID"))
    head :ok
  rescue JSON::ParserError
    head :bad_request
  end

  private

  def verify_signature!
    case action_name
    when "stripe"
      @verified_event = Stripe::Webhook.construct_event(
        request.raw_post,
        request.headers["Stripe-Signature"],
        Rails.application.credentials.dig(:stripe, :webhook_secret)
      )
    when "postmark"
      expected = OpenSSL::HMAC.hexdigest(
        "SHA256", Rails.application.credentials.dig(:postmark, :webhook_secret), request.raw_post
      )
      given = request.headers["X-Postmark-Signature"].to_s
      head :unauthorized unless ActiveSupport::SecurityUtils.secure_compare(expected, given)
    else
      head :not_found
    end
  rescue JSON::ParserError
    head :bad_request
  rescue Stripe::SignatureVerificationError => e
    Rails.logger.warn("stripe webhook rejected: #{e.message}")
    head :unauthorized
  end
end
