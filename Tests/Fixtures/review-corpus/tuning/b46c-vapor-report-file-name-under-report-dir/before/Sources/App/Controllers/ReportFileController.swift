import Fluent
import Vapor

struct ReportFileController: RouteCollection {
    let reportsDirectory: String

    func boot(routes: RoutesBuilder) throws {
        let protected = routes.grouped(UserToken.authenticator(), User.guardMiddleware())
        protected.get("reports", ":reportID", "file", use: download)
    }

    func download(req: Request) async throws -> Response {
        let user = try req.auth.require(User.self)
        guard let reportID = req.parameters.get("reportID", as: UUID.self),
              let report = try await Report.query(on: req.db)
                .filter(\.$id == reportID)
                .filter(\.$owner.$id == user.requireID())
                .first()
        else {
            throw Abort(.notFound)
        }

        let path = reportsDirectory + "/" + report.storedFilename
        return try await req.fileio.asyncStreamFile(at: path)
    }
}
