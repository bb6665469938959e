class Article < ApplicationRecord
  include Discard::Model

  belongs_to :author, class_name: "User"
  belongs_to :section
  has_many :taggings, dependent: :destroy
  has_many :tags, through: :taggings
  has_one_attached :hero_image

  enum :status, { draft: 0, in_review: 1, published: 2 }, default: :draft

  SORT_ORDERS = {
    "newest" => "articles.published_at DESC",
    "oldest" => "articles.published_at ASC",
    "popular" => "articles.view_count DESC, articles.published_at DESC"
  }.freeze

  validates :title, presence: true, length: { maximum: 180 }
  validates :slug, presence: true, uniqueness: { scope: :section_id }

  before_validation :assign_slug, on: :create

  scope :published, -> { kept.where(status: :published).where("published_at <= ?", Time.current) }
  scope :in_section, ->(section) { where(section: section) }
  scope :tagged, ->(name) { joins(:tags).where(tags: { name: name }) }
  scope :matching, lambda { |query|
    pattern = "%#{sanitize_sql_like(query.to_s.strip)}%"
    where("articles.title ILIKE :q OR articles.summary ILIKE :q", q: pattern)
  }

  def self.for_listing(params)
    rel = published.includes(:author, :section).with_attached_hero_image
    rel = rel.in_section(Section.find_by!(slug: params[:section])) if params[:section].present?
    rel = rel.tagged(params[:tag]) if params[:tag].present?
    rel = rel.matching(params[:q]) if params[:q].present?
    rel.order(Arel.sql(SORT_ORDERS.fetch(params[:sort].to_s, SORT_ORDERS["newest"])))
  end

  def to_param
    slug
  end

  def reading_minutes
    (body.to_s.split.size / 220.0).ceil
  end

  private

  def assign_slug
    self.slug ||= title.to_s.parameterize.first(80)
  end
end
