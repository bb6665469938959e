# frozen_string_literal: true

class Customer < ApplicationRecord
  SORTS = {
    "recent" => "customers.created_at DESC",
    "name" => "lower(customers.name) ASC",
    "lifetime_value" => "customers.lifetime_value_cents DESC NULLS LAST",
    "last_order" => "customers.last_ordered_at DESC NULLS LAST"
  }.freeze

  belongs_to :store
  has_many :orders, dependent: :restrict_with_error
  has_many :addresses, dependent: :destroy

  normalizes :email, with: ->(email) { email.strip.downcase }

  validates :email, presence: true, uniqueness: { scope: :store_id }
  validates :name, length: { maximum: 200 }

  scope :with_orders, -> { where("customers.orders_count > 0") }
  scope :marketing_opt_in, -> { where(accepts_marketing: true) }

  def self.sort_options
    SORTS.keys.map { |key| [key.humanize, key] }
  end

  # Used by the admin customers index:
  #   Customer.search(current_store, params[:q]).sorted_by(params[:sort])
  def self.search(store, query)
    scope = where(store: store)
    return scope if query.blank?

    scope.where(email: query.strip.downcase)
  end

  def self.sorted_by(key)
    order(created_at: :desc)
  end

  def display_name
    name.presence || email
  end

  def recalculate_lifetime_value!
    update!(lifetime_value_cents: orders.paid.sum(:total_cents), last_ordered_at: orders.maximum(:placed_at))
  end
end
