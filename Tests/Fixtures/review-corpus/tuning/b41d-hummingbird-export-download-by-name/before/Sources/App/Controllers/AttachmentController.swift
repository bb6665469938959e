import Foundation
import Hummingbird
import Logging
import NIOCore

struct AttachmentController<Context: AuthenticatedRequestContext> {
    let repository: AttachmentRepository
    let storageRoot: URL
    let fileIO: FileIO

    func addRoutes(to group: RouterGroup<Context>) {
        group
            .get(":id", use: download)
            .delete(":id", use: delete)
    }

    @Sendable func download(_ request: Request, context: Context) async throws -> Response {
        let id = try context.parameters.require("id", as: UUID.self)
        guard let attachment = try await repository.find(id: id, ownerID: context.user.id) else {
            throw HTTPError(.notFound)
        }
        let fileURL = storageRoot.appendingPathComponent(attachment.storageKey)
        let body = try await fileIO.loadFile(path: fileURL.path, context: context)
        var headers = HTTPFields()
        headers[.contentType] = attachment.contentType
        headers[.contentDisposition] = "attachment; filename=\"\(attachment.displayName)\""
        return Response(status: .ok, headers: headers, body: body)
    }

    @Sendable func delete(_ request: Request, context: Context) async throws -> HTTPResponse.Status {
        let id = try context.parameters.require("id", as: UUID.self)
        guard try await repository.delete(id: id, ownerID: context.user.id) else {
            throw HTTPError(.notFound)
        }
        context.logger.info("attachment deleted", metadata: ["id": "\(id)"])
        return .noContent
    }
}
