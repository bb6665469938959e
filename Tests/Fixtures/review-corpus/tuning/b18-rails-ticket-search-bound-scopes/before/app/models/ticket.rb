# frozen_string_literal: true

class Ticket < ApplicationRecord
  belongs_to :account
  belongs_to :assignee, class_name: "User", optional: true
  has_many :comments, dependent: :destroy

  STATUSES = %w[open pending solved closed].freeze

  validates :subject, presence: true, length: { maximum: 200 }
  validates :status, inclusion: { in: STATUSES }

  scope :for_account, ->(account) { where(account_id: account.id) }
  scope :with_status, ->(status) { STATUSES.include?(status) ? where(status: status) : all }
  scope :assigned_to, ->(user_id) { user_id.present? ? where(assignee_id: user_id) : all }

  def self.search(account:, params:)
    for_account(account)
      .with_status(params[:status])
      .assigned_to(params[:assignee_id])
      .order(created_at: :desc)
      .includes(:assignee)
  end

  def solve!(by:)
    update!(status: "solved", solved_at: Time.current, solved_by_id: by.id)
  end
end