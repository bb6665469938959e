# frozen_string_literal: true

# Personal access tokens for the public REST API.
#
# Only a SHA-256 digest of the token is stored. Tokens are 256 bits of
# SecureRandom output, so a slow password hash (bcrypt/argon2) buys nothing and
# would make every API request pay for it; a plain digest lets us index it.
class ApiToken < ApplicationRecord
  belongs_to :user
  belongs_to :organization

  SCOPES = %w[read:projects write:projects read:billing admin].freeze
  PREFIX = "pat_"

  # Only set on create so the controller can show it once.
  attr_reader :plaintext

  validates :name, presence: true, length: { maximum: 80 }
  validates :token_digest, presence: true, uniqueness: true
  validate :scopes_are_known

  scope :active, -> { where(revoked_at: nil).where("expires_at IS NULL OR expires_at > ?", Time.current) }

  before_validation :generate_token, on: :create

  def self.digest(value)
    Digest::SHA256.hexdigest(value)
  end

  def self.authenticate(presented)
    return nil if presented.blank? || !presented.start_with?(PREFIX)

    token = active.find_by(token_digest: digest(presented))
    token&.touch(:last_used_at)
    token
  end

  def revoke!
    update!(revoked_at: Time.current)
  end

  def display_hint
    "#{PREFIX}…#{last_four}"
  end

  private

  def generate_token
    return if token_digest.present?

    @plaintext = PREFIX + SecureRandom.urlsafe_base64(32)
    self.token_digest = self.class.digest(@plaintext)
    self.last_four = @plaintext.last(4)
  end

  def scopes_are_known
    unknown = Array(scopes) - SCOPES
    errors.add(:scopes, "unknown: #{unknown.join(', ')}") if unknown.any?
  end
end
