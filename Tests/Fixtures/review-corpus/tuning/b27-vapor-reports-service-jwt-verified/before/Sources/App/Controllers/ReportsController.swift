import Fluent
import Vapor

struct ReportsController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let reports = routes.grouped("reports")
            .grouped(User.sessionAuthenticator(), User.guardMiddleware())

        reports.get(use: index)
        reports.get(":reportID", use: show)
        reports.get(":reportID", "csv", use: csv)
    }

    func index(req: Request) async throws -> [ReportDTO] {
        let user = try req.auth.require(User.self)
        return try await Report.query(on: req.db)
            .filter(\.$organization.$id == user.$organization.id)
            .sort(\.$createdAt, .descending)
            .limit(100)
            .all()
            .map(ReportDTO.init)
    }

    func show(req: Request) async throws -> ReportDTO {
        let user = try req.auth.require(User.self)
        let report = try await findReport(req, organizationID: user.$organization.id)
        return ReportDTO(report)
    }

    func csv(req: Request) async throws -> Response {
        let user = try req.auth.require(User.self)
        let report = try await findReport(req, organizationID: user.$organization.id)
        return try await renderCSV(report, on: req)
    }

    private func findReport(_ req: Request, organizationID: UUID) async throws -> Report {
        guard let id = req.parameters.get("reportID", as: UUID.self),
              let report = try await Report.query(on: req.db)
                .filter(\.$id == id)
                .filter(\.$organization.$id == organizationID)
                .first()
        else {
            throw Abort(.notFound)
        }
        return report
    }

    private func renderCSV(_ report: Report, on req: Request) async throws -> Response {
        let rows = try await report.$rows.query(on: req.db).sort(\.$position).all()
        var body = "date,metric,value\n"
        for row in rows {
            body += "\(row.date),\(row.metric.csvEscaped),\(row.value)\n"
        }
        let response = Response(status: .ok, body: .init(string: body))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv")
        response.headers.contentDisposition = .init(.attachment, filename: "report-\(report.id!).csv")
        return response
    }
}
