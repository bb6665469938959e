class Order < ApplicationRecord
  belongs_to :customer
  has_many :line_items, dependent: :destroy

  enum :status, { pending: 0, paid: 1, shipped: 2, refunded: 3, cancelled: 4 }

  SORTS = {
    "placed" => "orders.placed_at",
    "total" => "orders.total_cents",
    "number" => "orders.number"
  }.freeze

  validates :number, presence: true, uniqueness: true
  validates :total_cents, numericality: { greater_than_or_equal_to: 0 }

  scope :recent, -> { order(placed_at: :desc) }
  scope :open, -> { where(status: %i[pending paid]) }
  scope :placed_between, ->(from, to) { where("orders.placed_at >= ? AND orders.placed_at < ?", from, to) }
  scope :for_email, lambda { |email|
    joins(:customer).where("lower(customers.email) = :email", email: email.to_s.strip.downcase)
  }
  scope :sorted_by, lambda { |key, dir = "desc"|
    column = SORTS.fetch(key.to_s, SORTS["placed"])
    direction = dir.to_s.casecmp?("asc") ? "ASC" : "DESC"
    order(Arel.sql("#{column} #{direction}"))
  }

  def total
    Money.new(total_cents, currency)
  end

  def refundable?
    paid? || shipped?
  end
end