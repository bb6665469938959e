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

        // Reports now produce several artefacts (summary.pdf, data.csv, charts/...).
        let requested = (try? req.query.get(String.self, at: "name")) ?? report.storedFilename
        let base = URL(fileURLWithPath: reportsDirectory, isDirectory: true)
            .appendingPathComponent(try report.requireID().uuidString, isDirectory: true)
            .resolvingSymlinksInPath()
        let target = base.appendingPathComponent(requested).standardizedFileURL.resolvingSymlinksInPath()

        guard target.path.hasPrefix(base.path + "/"),
              FileManager.default.fileExists(atPath: target.path) else {
            throw Abort(.notFound)
        }
        return try await req.fileio.asyncStreamFile(at: target.path)
    }
}
