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

      # Backs Actions::Articles::Search; `term` is the ?q= value from the search box.
      def search(term, page: 1)
        articles
          .where(status: "published")
          .where(Sequel.lit("title ILIKE '%#{term}%' OR summary ILIKE '%#{term}%'"))
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
