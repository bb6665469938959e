import Fluent
import SQLKit
import Vapor

struct ProductSearchController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("products", "search", use: search)
    }

    struct SearchQuery: Content {
        var q: String
        var limit: Int?
    }

    func search(req: Request) async throws -> [ProductHit] {
        let query = try req.query.decode(SearchQuery.self)
        let limit = min(max(query.limit ?? 20, 1), 100)
        let term = query.q.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !term.isEmpty else { return [] }

        guard let sql = req.db as? SQLDatabase else {
            throw Abort(.internalServerError, reason: "product search needs a SQL database")
        }

        // Fuzzy match with pg_trgm, best matches first. SQLQueryString sends every
        // \(bind:) value as a query parameter.
        return try await sql.raw("""
            SELECT id, name, similarity(name, \(bind: term)) AS score
            FROM products
            WHERE is_listed AND name % \(bind: term)
            ORDER BY score DESC
            LIMIT \(bind: limit)
            """)
            .all(decoding: ProductHit.self)
    }
}
