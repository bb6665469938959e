# frozen_string_literal: true

# Stripe keys live in encrypted credentials:
#   bin/rails credentials:edit --environment production
stripe = Rails.application.credentials.stripe || {}

Stripe.api_key = stripe[:secret_key]
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2
Stripe.open_timeout = 5
Stripe.read_timeout = 20

Rails.application.configure do
  config.x.stripe.publishable_key = stripe[:publishable_key]
  config.x.stripe.webhook_secret  = stripe[:webhook_secret]
end

if Stripe.api_key.blank? && Rails.env.production?
  raise "Stripe secret key missing from production credentials"
end
