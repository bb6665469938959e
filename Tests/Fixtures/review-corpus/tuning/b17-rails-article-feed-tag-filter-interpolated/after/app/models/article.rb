class Article < ApplicationRecord
  include PgSearch::Model

  belongs_to :author, class_name: "User"
  belongs_to :publication
  has_many :taggings, dependent: :destroy
  has_many :tags, through: :taggings
  has_many :comments, -> { order(created_at: :asc) }, dependent: :destroy

  enum :status, { draft: 0, in_review: 1, published: 2, archived: 3 }

  validates :title, presence: true, length: { maximum: 180 }
  validates :slug, presence: true, uniqueness: { scope: :publication_id }

  before_validation :assign_slug, on: :create

  scope :visible, -> { published.where("published_at <= ?", Time.current) }
  scope :recent, -> { order(published_at: :desc) }
  scope :by_author, ->(user_id) { where(author_id: user_id) }
  scope :tagged_any, lambda { |slugs|
    list = Array(slugs).map { |s| "'#{s.to_s.strip.downcase}'" }.join(", ")
    joins(:tags).where("tags.slug IN (#{list})").distinct
  }
  scope :search, lambda { |term|
    where("articles.title ILIKE :q OR articles.summary ILIKE :q", q: "%#{sanitize_sql_like(term)}%")
  }

  pg_search_scope :full_text,
                  against: { title: "A", summary: "B", body: "C" },
                  using: { tsearch: { prefix: true, dictionary: "english" } }

  def self.feed(params)
    scope = visible.recent.includes(:author, :tags)
    scope = scope.search(params[:q]) if params[:q].present?
    scope = scope.by_author(params[:author_id]) if params[:author_id].present?
    scope = scope.tagged_any(params[:tags].to_s.split(",")) if params[:tags].present?
    scope.page(params[:page]).per(params.fetch(:per, 20).to_i.clamp(1, 100))
  end

  def reading_time_minutes
    words = body.to_s.split.size
    [(words / 230.0).ceil, 1].max
  end

  def to_param
    slug
  end

  private

  def assign_slug
    base = title.to_s.parameterize.first(80)
    candidate = base
    n = 1
    while Article.exists?(publication_id: publication_id, slug: candidate)
      n += 1
      candidate = "#{base}-#{n}"
    end
    self.slug = candidate
  end
end