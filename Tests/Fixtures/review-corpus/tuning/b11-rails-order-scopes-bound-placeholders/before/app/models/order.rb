class Order < ApplicationRecord
  belongs_to :customer
  has_many :line_items, dependent: :destroy

  enum :status, { pending: 0, paid: 1, shipped: 2, refunded: 3, cancelled: 4 }

  validates :number, presence: true, uniqueness: true
  validates :total_cents, numericality: { greater_than_or_equal_to: 0 }

  scope :recent, -> { order(placed_at: :desc) }
  scope :open, -> { where(status: %i[pending paid]) }

  def total
    Money.new(total_cents, currency)
  end

  def refundable?
    paid? || shipped?
  end
end