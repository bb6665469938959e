# frozen_string_literal: true

# Stripe setup for request and system specs. Real HTTP is recorded with VCR;
# keys below are placeholders and the cassettes are scrubbed before commit.
RSpec.configure do |config|
  config.before(:suite) do
    Stripe.api_key = ENV.fetch("STRIPE_TEST_SECRET_KEY", "sk_test_placeholder_not_a_real_key")
    Stripe.max_network_retries = 0
  end

  config.around(:each, :stripe) do |example|
    previous = Stripe.api_base
    Stripe.api_base = ENV.fetch("STRIPE_MOCK_URL", "http://localhost:12111")
    example.run
  ensure
    Stripe.api_base = previous
  end
end

VCR.configure do |c|
  c.filter_sensitive_data("<STRIPE_SECRET_KEY>") { Stripe.api_key }
  c.filter_sensitive_data("<STRIPE_WEBHOOK_SECRET>") { ENV.fetch("STRIPE_WEBHOOK_SECRET", "whsec_placeholder") }
end
