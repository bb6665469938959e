class Article < ApplicationRecord
  belongs_to :author, class_name: "User"
  has_many :taggings, dependent: :destroy
  has_many :tags, through: :taggings

  enum :status, { draft: 0, published: 1, archived: 2 }

  validates :title, presence: true, length: { maximum: 200 }
  validates :slug, presence: true, uniqueness: true

  scope :recent, -> { order(published_at: :desc) }
  scope :visible, -> { published.where("published_at <= ?", Time.current) }

  def self.search(query)
    return all if query.blank?

    where(title: query)
  end
end
