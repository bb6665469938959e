Rails.configuration.stripe = {
  publishable_key: ENV["STRIPE_PUBLISHABLE_KEY"],
  webhook_secret: ENV["STRIPE_WEBHOOK_SECRET"],
}

Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2
Stripe.open_timeout = 5
Stripe.read_timeout = 20

Stripe.app_info = {
  name: "acme-bookings",
  version: Rails.application.config.x.version,
}
