import Fluent
import SQLKit
import Vapor

struct ArticleRepository {
    let db: Database

    func latest(limit: Int = 20) async throws -> [Article] {
        try await Article.query(on: db)
            .filter(\.$publishedAt != nil)
            .sort(\.$publishedAt, .descending)
            .limit(limit)
            .all()
    }

    func search(_ text: String, limit: Int = 20) async throws -> [Article] {
        guard let sql = db as? SQLDatabase else {
            throw Abort(.internalServerError, reason: "full-text search requires an SQL database")
        }
        let cappedLimit = min(max(limit, 1), 100)
        let query: SQLQueryString = """
            SELECT * FROM articles
            WHERE published_at IS NOT NULL
              AND search_tsv @@ websearch_to_tsquery('english', \(bind: text))
            ORDER BY ts_rank(search_tsv, websearch_to_tsquery('english', \(bind: text))) DESC
            LIMIT \(bind: cappedLimit)
            """
        return try await sql.raw(query).all(decodingFluent: Article.self)
    }
}
