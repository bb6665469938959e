# frozen_string_literal: true

Devise.setup do |config|
  config.mailer_sender = "no-reply@tallyhq.io"

  require "devise/orm/active_record"

  config.case_insensitive_keys = [:email]
  config.strip_whitespace_keys = [:email]
  config.skip_session_storage = [:http_auth]

  # bcrypt cost; the test suite uses the minimum so specs stay fast.
  config.stretches = Rails.env.test? ? 1 : 13

  config.reconfirmable = true
  config.expire_all_remember_me_on_sign_out = true

  config.password_length = 12..128
  config.email_regexp = /\A[^@\s]+@[^@\s]+\z/

  config.lock_strategy = :failed_attempts
  config.unlock_keys = [:email]
  config.unlock_strategy = :time
  config.maximum_attempts = 10
  config.unlock_in = 30.minutes

  config.reset_password_within = 2.hours
  config.sign_out_via = :delete
end
