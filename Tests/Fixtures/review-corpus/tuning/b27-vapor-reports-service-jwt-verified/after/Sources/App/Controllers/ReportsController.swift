import Fluent
import JWT
import Vapor

/// Short-lived tokens minted by the platform's auth service for BI connectors.
struct ServiceToken: JWTPayload {
    enum CodingKeys: String, CodingKey {
        case subject = "sub"
        case audience = "aud"
        case expiration = "exp"
        case organizationID = "org"
        case scopes = "scp"
    }

    var subject: SubjectClaim
    var audience: AudienceClaim
    var expiration: ExpirationClaim
    var organizationID: UUID
    var scopes: [String]

    func verify(using signer: JWTSigner) throws {
        try expiration.verifyNotExpired()
        try audience.verifyIntendedAudience(includes: "reports-api")
    }
}

struct ReportsController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let reports = routes.grouped("reports")
            .grouped(User.sessionAuthenticator(), User.guardMiddleware())

        reports.get(use: index)
        reports.get(":reportID", use: show)
        reports.get(":reportID", "csv", use: csv)

        // Connectors (Looker, Metabase) call this with a bearer token instead of a browser session.
        routes.grouped("api", "v1", "reports").get(":reportID", "csv", use: serviceCSV)
    }

    func serviceCSV(req: Request) async throws -> Response {
        let token = try req.jwt.verify(as: ServiceToken.self)
        guard token.scopes.contains("reports:read") else {
            throw Abort(.forbidden, reason: "token lacks reports:read")
        }
        let report = try await findReport(req, organizationID: token.organizationID)
        req.logger.info("service \(token.subject.value) exported report \(report.id!)")
        return try await renderCSV(report, on: req)
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
