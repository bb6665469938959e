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
        try await Article.query(on: db)
            .filter(\.$publishedAt != nil)
            .group(.or) { group in
                group.filter(\.$title, .custom("ILIKE"), "%\(text)%")
                group.filter(\.$summary, .custom("ILIKE"), "%\(text)%")
            }
            .sort(\.$publishedAt, .descending)
            .limit(limit)
            .all()
    }
}
