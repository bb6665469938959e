# frozen_string_literal: true

# Keys live in config/credentials/<env>.yml.enc under `stripe:`; the publishable
# key is public and comes from the environment so the frontend build can read it.
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", nil),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2
Stripe.log_level = Stripe::LEVEL_INFO if Rails.env.development?

if Rails.env.production? && Stripe.api_key.blank?
  raise "Stripe secret key is missing from Rails credentials"
end
