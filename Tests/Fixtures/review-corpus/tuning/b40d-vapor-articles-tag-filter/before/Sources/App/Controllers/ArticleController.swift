import Fluent
import Vapor

struct ArticleController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let articles = routes.grouped("articles")
        articles.get(use: index)
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
