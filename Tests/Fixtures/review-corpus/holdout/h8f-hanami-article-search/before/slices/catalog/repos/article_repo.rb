# frozen_string_literal: true

module Catalog
  module Repos
    class ArticleRepo < Catalog::DB::Repo
      PER_PAGE = 25

      def published(page: 1)
        articles
          .where(status: "published")
          .order { published_at.desc }
          .limit(PER_PAGE)
          .offset((page.to_i - 1) * PER_PAGE)
          .to_a
      end

      def find_by_slug(slug)
        articles.where(slug: slug).one
      end

      def by_author(author_id)
        articles.where(author_id: author_id).order { published_at.desc }.to_a
      end
    end
  end
end
