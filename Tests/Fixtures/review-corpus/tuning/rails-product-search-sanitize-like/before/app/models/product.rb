class Product < ApplicationRecord
  belongs_to :category
  has_many :variants, dependent: :destroy
  has_one_attached :hero_image

  validates :name, presence: true, length: { maximum: 200 }
  validates :sku, presence: true, uniqueness: { case_sensitive: false }
  validates :price_cents, numericality: { greater_than_or_equal_to: 0 }

  scope :published, -> { where(published: true) }
  scope :in_category, ->(category_id) { where(category_id: category_id) }

  def price
    Money.new(price_cents, currency)
  end

  def display_name
    "#{name} (#{sku})"
  end
end
