import Fluent
import Vapor

struct ReportsController: RouteCollection {
    let exporter: ReportExporter

    func boot(routes: RoutesBuilder) throws {
        let reports = routes.grouped("api", "reports")
        let protected = reports.grouped(
            UserSessionToken.authenticator(),
            User.guardMiddleware()
        )

        protected.get(use: index)
        protected.get(":reportID", use: show)
        protected.post(":reportID", "refresh", use: refresh)
        reports.get(":reportID", "export.csv", use: exportCSV)
    }

    func index(req: Request) async throws -> [ReportDTO] {
        let user = try req.auth.require(User.self)
        return try await Report.query(on: req.db)
            .filter(\.$organization.$id == user.$organization.id)
            .sort(\.$updatedAt, .descending)
            .all()
            .map(ReportDTO.init)
    }

    func show(req: Request) async throws -> ReportDTO {
        let report = try await loadReport(req)
        return ReportDTO(report)
    }

    func refresh(req: Request) async throws -> HTTPStatus {
        let report = try await loadReport(req)
        try await req.queue.dispatch(RefreshReportJob.self, .init(reportID: report.requireID()))
        return .accepted
    }

    func exportCSV(req: Request) async throws -> Response {
        let reportID = try req.parameters.require("reportID", as: UUID.self)
        guard let report = try await Report.find(reportID, on: req.db) else {
            throw Abort(.notFound)
        }
        let csv = try await exporter.csv(for: report, on: req.db)
        req.logger.info("exported report", metadata: ["report": .string(reportID.uuidString)])

        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "\(report.slug).csv")
        return Response(status: .ok, headers: headers, body: .init(string: csv))
    }

    private func loadReport(_ req: Request) async throws -> Report {
        let user = try req.auth.require(User.self)
        guard let id = req.parameters.get("reportID", as: UUID.self),
              let report = try await Report.find(id, on: req.db),
              report.$organization.id == user.$organization.id
        else { throw Abort(.notFound) }
        return report
    }
}
