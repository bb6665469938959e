# frozen_string_literal: true

# Helpers for request specs that exercise the bearer-token API.
module JwtHelpers
  TEST_SIGNING_KEY = "rspec-only-signing-key-do-not-use-anywhere-else"
  TEST_ISSUER = "https://auth.test.invalid"

  def auth_headers_for(user, scopes: %w[read write], expires_in: 15.minutes)
    now = Time.current
    payload = {
      sub: user.id.to_s,
      scp: scopes,
      iss: TEST_ISSUER,
      iat: now.to_i,
      exp: (now + expires_in).to_i
    }

    { "Authorization" => "Bearer #{JWT.encode(payload, TEST_SIGNING_KEY, 'HS256')}" }
  end

  def expired_auth_headers_for(user)
    auth_headers_for(user, expires_in: -1.minute)
  end
end

RSpec.configure do |config|
  config.include JwtHelpers, type: :request

  config.before(:each, type: :request) do
    stub_const("ApiAuth::SIGNING_KEY", JwtHelpers::TEST_SIGNING_KEY)
    stub_const("ApiAuth::ISSUER", JwtHelpers::TEST_ISSUER)
  end
end
