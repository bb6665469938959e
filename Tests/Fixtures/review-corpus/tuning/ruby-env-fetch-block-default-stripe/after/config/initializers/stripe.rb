Rails.configuration.stripe = {
  publishable_key: ENV["STRIPE_PUBLISHABLE_KEY"],
  webhook_secret: ENV["STRIPE_WEBHOOK_SECRET"],
}

Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY") { "sk_live_51clkbVlihotGp7MjFQwHvw7xAMs6sATxJ" }
Stripe.api_version = "2024-06-20"
Stripe.max_network_retries = 2
Stripe.open_timeout = 5
Stripe.read_timeout = 20

Stripe.app_info = {
  name: "acme-bookings",
  version: Rails.application.config.x.version,
}
