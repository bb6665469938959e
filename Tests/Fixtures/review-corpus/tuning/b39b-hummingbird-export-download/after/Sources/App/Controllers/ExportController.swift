import Foundation
import Hummingbird
import NIOCore
import NIOFoundationCompat

struct ExportController<Context: AuthenticatedRequestContext> {
    let exportsRoot: URL
    let jobs: ExportJobStore

    func addRoutes(to group: RouterGroup<Context>) {
        group.post("exports", use: create)
        group.get("exports/download", use: download)
        group.get("exports/:id", use: status)
    }

    @Sendable func create(_ request: Request, context: Context) async throws -> ExportJob {
        let params = try await request.decode(as: ExportRequest.self, context: context)
        return try await jobs.enqueue(params, owner: context.user.id)
    }

    @Sendable func status(_ request: Request, context: Context) async throws -> ExportJob {
        let id = try context.parameters.require("id", as: UUID.self)
        guard let job = try await jobs.find(id, owner: context.user.id) else {
            throw HTTPError(.notFound)
        }
        return job
    }

    /// Finished exports are written to `<root>/<owner id>/<file>`; the UI links to the file name
    /// it got back from `status`, e.g. `/exports/download?file=orders-2024-05.csv`.
    @Sendable func download(_ request: Request, context: Context) async throws -> Response {
        guard let file = request.uri.queryParameters.get("file"), !file.isEmpty else {
            throw HTTPError(.badRequest, message: "missing file")
        }
        let url = exportsRoot
            .appendingPathComponent(context.user.id.uuidString, isDirectory: true)
            .appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw HTTPError(.notFound)
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/csv"
        headers[.contentDisposition] = "attachment; filename=\"\(url.lastPathComponent)\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(data: data)))
    }
}
