require "digest/sha1"
require "securerandom"

class Account < ApplicationRecord
  MIN_PASSWORD_LENGTH = 10

  attr_reader :password

  validates :email, presence: true, uniqueness: { case_sensitive: false }
  validate :password_strength, if: -> { password.present? }
  before_save :store_password, if: -> { password.present? }

  def self.authenticate(email, candidate)
    account = find_by(email: email.to_s.downcase)
    return unless account

    expected = digest_for(candidate, account.password_salt)
    ActiveSupport::SecurityUtils.secure_compare(expected, account.password_digest) ? account : nil
  end

  def self.digest_for(password, salt)
    Digest::SHA1.hexdigest("--#{salt}--#{password}--")
  end

  def password=(value)
    @password = value
  end

  private

  def store_password
    self.password_salt = SecureRandom.hex(16)
    self.password_digest = self.class.digest_for(password, password_salt)
    @password = nil
  end

  def password_strength
    errors.add(:password, "is too short") if password.length < MIN_PASSWORD_LENGTH
  end
end
