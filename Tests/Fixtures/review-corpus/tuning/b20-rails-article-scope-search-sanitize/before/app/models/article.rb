# frozen_string_literal: true

class Article < ApplicationRecord
  include Discard::Model

  STATUSES = %w[draft in_review published archived].freeze
  SORTS = {
    "newest" => { published_at: :desc },
    "oldest" => { published_at: :asc },
    "title" => { title: :asc }
  }.freeze

  belongs_to :publication
  belongs_to :author, class_name: "User"
  has_many :taggings, dependent: :destroy
  has_many :tags, through: :taggings
  has_one_attached :cover_image

  validates :title, presence: true, length: { maximum: 200 }
  validates :slug, presence: true, uniqueness: { scope: :publication_id },
                   format: { with: /\A[a-z0-9]+(?:-[a-z0-9]+)*\z/ }
  validates :status, inclusion: { in: STATUSES }

  before_validation :assign_slug, on: :create

  scope :published, -> { where(status: "published").where("published_at <= ?", Time.current) }
  scope :by_author, ->(user_id) { where(author_id: user_id) }
  scope :tagged, ->(tag_names) { joins(:tags).where(tags: { name: Array(tag_names) }).distinct }
  scope :published_between, lambda { |from, to|
    where("published_at >= ? AND published_at < ?", from.beginning_of_day, to.end_of_day)
  }

  def self.sorted(key)
    order(SORTS.fetch(key.to_s, SORTS["newest"]))
  end

  def self.filter_for(publication, params)
    scope = publication.articles.kept
    scope = scope.where(status: params[:status]) if STATUSES.include?(params[:status])
    scope = scope.by_author(params[:author_id].to_i) if params[:author_id].present?
    scope = scope.tagged(params[:tags]) if params[:tags].present?
    scope.sorted(params[:sort])
  end

  def publish!(at: Time.current)
    update!(status: "published", published_at: at)
  end

  def reading_minutes
    (body.to_s.split.size / 230.0).ceil
  end

  def to_param
    slug
  end

  private

  def assign_slug
    return if slug.present? || title.blank?

    base = title.parameterize.first(80)
    candidate = base
    n = 1
    while publication&.articles&.exists?(slug: candidate)
      n += 1
      candidate = "#{base}-#{n}"
    end
    self.slug = candidate
  end
end
