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
    private struct DayKey: Hashable {
        var day: Date
        var currency: String
    }

    func boot(routes: RoutesBuilder) throws {
        let reports = routes.grouped("merchants", ":merchantID", "reports")
            .grouped(MerchantAccessMiddleware())
        reports.get("daily", use: daily)
    }

    @Sendable
    func daily(req: Request) async throws -> [DailyTotal] {
        let merchantID = try req.parameters.require("merchantID", as: UUID.self)
        let since = Calendar.current.date(byAdding: .day, value: -30, to: Date())!

        let payouts = try await Payout.query(on: req.db)
            .filter(\.$merchant.$id == merchantID)
            .filter(\.$settledAt >= since)
            .all()

        return Dictionary(grouping: payouts) { DayKey(day: $0.settledAt.startOfDay, currency: $0.currency) }
            .map { key, rows in
                DailyTotal(day: key.day, currency: key.currency,
                           totalCents: rows.reduce(0) { $0 + $1.amountCents },
                           count: rows.count)
            }
            .sorted { $0.day < $1.day }
    }
}
