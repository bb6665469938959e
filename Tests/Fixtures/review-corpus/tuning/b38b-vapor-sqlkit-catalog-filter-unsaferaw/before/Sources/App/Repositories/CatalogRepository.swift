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

    func search(_ filter: CatalogFilter) async throws -> [Product] {
        var query = Product.query(on: db)
            .filter(\.$isPublished == true)

        if let term = filter.q?.trimmingCharacters(in: .whitespaces), !term.isEmpty {
            query = query.group(.or) { group in
                group.filter(\.$name, .custom("ILIKE"), "%\(term)%")
                group.filter(\.$sku, .custom("ILIKE"), "%\(term)%")
            }
        }
        if let brands = filter.brands, !brands.isEmpty {
            query = query.filter(\.$brand ~~ brands)
        }
        if filter.inStockOnly == true {
            query = query.filter(\.$stockCount > 0)
        }

        let page = max(filter.page ?? 1, 1)
        return try await query
            .sort(\.$name)
            .range(((page - 1) * Self.pageSize)..<(page * Self.pageSize))
            .all()
    }

    func bySKU(_ sku: String) async throws -> Product? {
        try await Product.query(on: db)
            .filter(\.$sku == sku)
            .first()
    }
}
