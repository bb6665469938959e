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
}
