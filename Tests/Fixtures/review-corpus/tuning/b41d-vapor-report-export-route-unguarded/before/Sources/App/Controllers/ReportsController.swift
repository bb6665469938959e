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

    private func loadReport(_ req: Request) async throws -> Report {
        let user = try req.auth.require(User.self)
        guard let id = req.parameters.get("reportID", as: UUID.self),
              let report = try await Report.find(id, on: req.db),
              report.$organization.id == user.$organization.id
        else { throw Abort(.notFound) }
        return report
    }
}
