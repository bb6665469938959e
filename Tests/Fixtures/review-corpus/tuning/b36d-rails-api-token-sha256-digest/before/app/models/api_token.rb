# frozen_string_literal: true

# Personal access tokens for the public REST API.
class ApiToken < ApplicationRecord
  belongs_to :user
  belongs_to :organization

  SCOPES = %w[read:projects write:projects read:billing admin].freeze
  PREFIX = "pat_"

  validates :name, presence: true, length: { maximum: 80 }
  validates :token, presence: true, uniqueness: true
  validate :scopes_are_known

  scope :active, -> { where(revoked_at: nil).where("expires_at IS NULL OR expires_at > ?", Time.current) }

  before_validation :generate_token, on: :create

  def self.authenticate(presented)
    return nil if presented.blank? || !presented.start_with?(PREFIX)

    token = active.find_by(token: presented)
    token&.touch(:last_used_at)
    token
  end

  def revoke!
    update!(revoked_at: Time.current)
  end

  def display_hint
    "#{token.first(8)}…#{token.last(4)}"
  end

  private

  def generate_token
    self.token ||= PREFIX + SecureRandom.urlsafe_base64(32)
  end

  def scopes_are_known
    unknown = Array(scopes) - SCOPES
    errors.add(:scopes, "unknown: #{unknown.join(', ')}") if unknown.any?
  end
end
