# frozen_string_literal: true

# Stripe keys live in the encrypted credentials (config/credentials/<env>.yml.enc).
# In test we use obviously fake values so nothing in CI can reach Stripe.
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)
}

if Rails.env.test?
  Rails.configuration.stripe[:secret_key] = "sk_test_not_a_real_key_ci_only"
  Rails.configuration.stripe[:webhook_secret] = "whsec_test_placeholder"
end

secret = Rails.configuration.stripe[:secret_key]
raise "Stripe secret key missing from credentials" if secret.blank? && Rails.env.production?

Stripe.api_key = secret
Stripe.max_network_retries = 2
