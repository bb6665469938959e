# frozen_string_literal: true

class Ticket < ApplicationRecord
  belongs_to :account
  belongs_to :assignee, class_name: "User", optional: true
  has_many :comments, dependent: :destroy

  STATUSES = %w[open pending solved closed].freeze

  # Public sort keys from the ?sort= parameter mapped to fixed SQL fragments.
  # Anything not in this hash falls back to the default ordering.
  SORTS = {
    "newest" => { created_at: :desc },
    "oldest" => { created_at: :asc },
    "updated" => { updated_at: :desc },
    "priority" => Arel.sql("CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, created_at DESC")
  }.freeze

  validates :subject, presence: true, length: { maximum: 200 }
  validates :status, inclusion: { in: STATUSES }

  scope :for_account, ->(account) { where(account_id: account.id) }
  scope :with_status, ->(status) { STATUSES.include?(status) ? where(status: status) : all }
  scope :assigned_to, ->(user_id) { user_id.present? ? where(assignee_id: user_id) : all }

  scope :updated_since, lambda { |time|
    time.present? ? where("tickets.updated_at >= ?", time) : all
  }

  scope :matching, lambda { |term|
    next all if term.blank?

    pattern = "%#{sanitize_sql_like(term.strip)}%"
    where("tickets.subject ILIKE :q OR tickets.requester_email ILIKE :q", q: pattern)
  }

  scope :sorted_by, ->(key) { order(SORTS.fetch(key.to_s, SORTS["newest"])) }

  def self.search(account:, params:)
    for_account(account)
      .with_status(params[:status])
      .assigned_to(params[:assignee_id])
      .updated_since(parse_time(params[:updated_since]))
      .matching(params[:q])
      .sorted_by(params[:sort])
      .includes(:assignee)
  end

  def self.parse_time(value)
    Time.iso8601(value.to_s)
  rescue ArgumentError
    nil
  end
  private_class_method :parse_time

  def solve!(by:)
    update!(status: "solved", solved_at: Time.current, solved_by_id: by.id)
  end
end