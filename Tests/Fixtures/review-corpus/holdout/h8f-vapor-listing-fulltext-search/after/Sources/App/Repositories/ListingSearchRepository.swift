import Fluent
import SQLKit
import Vapor

struct ListingSearchRepository {
    let db: any Database

    private var sql: any SQLDatabase {
        guard let sql = db as? any SQLDatabase else {
            fatalError("ListingSearchRepository requires an SQL database")
        }
        return sql
    }

    struct Row: Decodable {
        let id: UUID
        let title: String
        let priceCents: Int
        let city: String
    }

    enum Sort: String, Decodable {
        case newest, cheapest

        var orderBy: String {
            switch self {
            case .newest: return "created_at DESC"
            case .cheapest: return "price_cents ASC"
            }
        }
    }

    func nearby(city: String, limit: Int = 50) async throws -> [Row] {
        try await sql.raw("""
            SELECT id, title, price_cents, city
            FROM listings
            WHERE city = \(bind: city) AND archived_at IS NULL
            ORDER BY created_at DESC
            LIMIT \(bind: limit)
            """)
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
    }

    func search(text: String, maxPriceCents: Int?, sort: Sort, limit: Int = 50) async throws -> [Row] {
        var query: SQLQueryString = """
            SELECT id, title, price_cents, city
            FROM listings
            WHERE archived_at IS NULL
              AND search_vector @@ plainto_tsquery('english', \(bind: text))
            """
        if let maxPriceCents {
            query += " AND price_cents <= \(bind: maxPriceCents)"
        }
        query += " ORDER BY \(unsafeRaw: sort.orderBy) LIMIT \(bind: min(limit, 100))"
        return try await sql.raw(query)
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
    }
}
