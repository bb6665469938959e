import Fluent
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

        let products = try await Product.query(on: req.db)
            .filter(\.$name ~~ query.q)
            .filter(\.$isListed == true)
            .limit(limit)
            .all()

        return try products.map { try ProductHit(id: $0.requireID(), name: $0.name, score: 1) }
    }
}
