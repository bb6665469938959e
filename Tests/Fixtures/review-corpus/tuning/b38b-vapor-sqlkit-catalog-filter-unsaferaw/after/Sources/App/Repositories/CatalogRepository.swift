import Fluent
import SQLKit
import Vapor

struct CatalogFilter: Decodable {
    var q: String?
    var brands: [String]?
    var inStockOnly: Bool?
    var page: Int?
}

struct CatalogRepository {
    let db: Database
    static let pageSize = 40

    /// Ranked search: Fluent can't express ts_rank, so this goes through SQLKit.
    func search(_ filter: CatalogFilter) async throws -> [Product] {
        guard let sql = db as? SQLDatabase else {
            throw Abort(.internalServerError, reason: "catalog search needs a SQL database")
        }
        let term = filter.q?.trimmingCharacters(in: .whitespaces) ?? ""
        let whereClause = conditions(for: filter, term: term).joined(separator: " AND ")
        let rank = term.isEmpty
            ? "0"
            : "ts_rank(p.search_vector, plainto_tsquery('simple', '\(term)'))"

        let page = max(filter.page ?? 1, 1)
        return try await sql.raw("""
            SELECT p.* FROM products p
            WHERE \(unsafeRaw: whereClause)
            ORDER BY \(unsafeRaw: rank) DESC, p.name
            LIMIT \(bind: Self.pageSize) OFFSET \(bind: (page - 1) * Self.pageSize)
            """)
            .all(decodingFluent: Product.self)
    }

    private func conditions(for filter: CatalogFilter, term: String) -> [String] {
        var parts = ["p.is_published = true"]
        if !term.isEmpty {
            parts.append("(p.search_vector @@ plainto_tsquery('simple', '\(term)') OR p.sku ILIKE '%\(term)%')")
        }
        if let brands = filter.brands, !brands.isEmpty {
            let list = brands.map { "'\($0)'" }.joined(separator: ", ")
            parts.append("p.brand IN (\(list))")
        }
        if filter.inStockOnly == true {
            parts.append("p.stock_count > 0")
        }
        return parts
    }

    func bySKU(_ sku: String) async throws -> Product? {
        try await Product.query(on: db)
            .filter(\.$sku == sku)
            .first()
    }
}
