import Fluent
import SQLKit
import Vapor

struct DailyTotal: Content {
    var day: Date
    var currency: String
    var totalCents: Int64
    var count: Int
}

struct SettlementReportController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let reports = routes.grouped("merchants", ":merchantID", "reports")
            .grouped(MerchantAccessMiddleware())
        reports.get("daily", use: daily)
    }

    @Sendable
    func daily(req: Request) async throws -> [DailyTotal] {
        let merchantID = try req.parameters.require("merchantID", as: UUID.self)
        let days = min(max((try? req.query.get(Int.self, at: "days")) ?? 30, 1), 366)
        let currency = try? req.query.get(String.self, at: "currency")

        guard let sql = req.db as? any SQLDatabase else {
            throw Abort(.internalServerError, reason: "reports need a SQL database")
        }

        // Aggregate in Postgres instead of loading every payout (big merchants were timing out).
        let query: SQLQueryString = """
            SELECT date_trunc('day', settled_at) AS "day", currency,
                   SUM(amount_cents)::bigint AS "totalCents", COUNT(*)::int AS "count"
            FROM payouts
            WHERE merchant_id = \(bind: merchantID)
              AND settled_at >= now() - make_interval(days => \(bind: days))
              AND (\(bind: currency)::text IS NULL OR currency = \(bind: currency))
            GROUP BY 1, 2
            ORDER BY 1, 2
            """

        return try await sql.raw(query).all(decoding: DailyTotal.self)
    }
}
