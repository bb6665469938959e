class Article < ApplicationRecord
  belongs_to :author, class_name: "User"
  has_many :taggings, dependent: :destroy
  has_many :tags, through: :taggings

  enum :status, { draft: 0, review: 1, published: 2, archived: 3 }

  validates :title, presence: true, length: { maximum: 200 }
  validates :slug, presence: true, uniqueness: true

  scope :published, -> { where(status: :published).where("published_at <= ?", Time.current) }
  scope :by_author, ->(user) { where(author: user) }
  scope :recent, -> { order(published_at: :desc) }

  def self.search(term)
    return all if term.blank?

    where(title: term.strip)
  end

  def to_param
    slug
  end
end
