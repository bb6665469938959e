import Fluent
import SQLKit
import Vapor

struct ArticleController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let articles = routes.grouped("articles")
        articles.get(use: index)
        articles.get("tagged", use: tagged)
        articles.get(":slug", use: show)
    }

    @Sendable
    func index(req: Request) async throws -> Page<ArticleSummary> {
        try await Article.query(on: req.db)
            .filter(\.$status == .published)
            .sort(\.$publishedAt, .descending)
            .paginate(for: req)
            .map(ArticleSummary.init)
    }

    /// GET /articles/tagged?tags=swift,server
    /// `tags` is a Postgres text[] column and Fluent has no overlap operator, so drop to SQL.
    @Sendable
    func tagged(req: Request) async throws -> [ArticleSummary] {
        let tags = (try? req.query.get(String.self, at: "tags"))?
            .split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? []
        guard !tags.isEmpty, let sql = req.db as? any SQLDatabase else { return [] }

        return try await sql.raw("""
            SELECT id, slug, title, published_at FROM articles
            WHERE status = 'published' AND tags && \(unsafeRaw: arrayLiteral(tags))
            ORDER BY published_at DESC LIMIT 50
            """)
            .all(decoding: ArticleSummary.self)
    }

    private func arrayLiteral(_ values: [String]) -> String {
        "ARRAY[" + values.map { "'\($0)'" }.joined(separator: ",") + "]::text[]"
    }

    @Sendable
    func show(req: Request) async throws -> ArticleDTO {
        guard let slug = req.parameters.get("slug"),
              let article = try await Article.query(on: req.db)
                  .filter(\.$slug == slug)
                  .filter(\.$status == .published)
                  .first()
        else {
            throw Abort(.notFound)
        }
        return ArticleDTO(article)
    }
}
