# frozen_string_literal: true

# Long-lived API tokens users create under Settings > Developer.
# Only a SHA-256 digest is stored; the plaintext is shown once at creation.
class PersonalAccessToken < ApplicationRecord
  PREFIX = "pat_"

  belongs_to :user

  validates :name, presence: true, length: { maximum: 80 }
  validates :token_digest, presence: true, uniqueness: true

  scope :active, -> { where(revoked_at: nil).where("expires_at IS NULL OR expires_at > ?", Time.current) }

  attr_reader :plaintext

  def self.issue!(user:, name:, expires_in: 90.days)
    raw = PREFIX + SecureRandom.base58(40)
    create!(user: user, name: name, token_digest: digest(raw),
            last_four: raw[-4..], expires_at: expires_in&.from_now).tap { |t| t.instance_variable_set(:@plaintext, raw) }
  end

  def self.authenticate(raw)
    return nil unless raw.is_a?(String) && raw.start_with?(PREFIX)

    active.find_by(token_digest: digest(raw))&.tap { |t| t.touch(:last_used_at) }
  end

  def self.digest(raw)
    OpenSSL::Digest::SHA256.hexdigest(raw)
  end

  def revoke!
    update!(revoked_at: Time.current)
  end
end
