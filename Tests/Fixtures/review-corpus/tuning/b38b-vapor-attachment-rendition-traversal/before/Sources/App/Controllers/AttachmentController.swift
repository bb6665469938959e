import Fluent
import Vapor

struct AttachmentController: RouteCollection {
    let storageRoot: String

    func boot(routes: RoutesBuilder) throws {
        let attachments = routes.grouped("attachments")
        attachments.on(.POST, body: .collect(maxSize: "25mb"), use: upload)
        attachments.get(":attachmentID", use: download)
        attachments.delete(":attachmentID", use: delete)
    }

    func upload(req: Request) async throws -> AttachmentDTO {
        let user = try req.auth.require(User.self)
        let file = try req.content.decode(UploadPayload.self).file
        guard let contentType = file.contentType, Attachment.allowedTypes.contains(contentType) else {
            throw Abort(.unsupportedMediaType)
        }

        let attachment = Attachment(tenantID: user.tenantID, originalName: file.filename, contentType: contentType)
        try await attachment.save(on: req.db)
        let id = try attachment.requireID()

        let directory = storageRoot + "/\(user.tenantID)/\(id)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try await req.fileio.writeFile(file.data, at: directory + "/original")
        try await req.queue.dispatch(RenditionJob.self, .init(attachmentID: id))
        return AttachmentDTO(attachment)
    }

    func download(req: Request) async throws -> Response {
        let user = try req.auth.require(User.self)
        guard let attachment = try await Attachment.find(req.parameters.get("attachmentID"), on: req.db),
              attachment.tenantID == user.tenantID else {
            throw Abort(.notFound)
        }

        let path = storageRoot + "/\(attachment.tenantID)/\(try attachment.requireID())/original"
        let response = req.fileio.streamFile(at: path)
        response.headers.contentDisposition = .init(.attachment, filename: attachment.originalName)
        response.headers.contentType = HTTPMediaType.fileExtension(attachment.fileExtension) ?? .binary
        return response
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let user = try req.auth.require(User.self)
        guard let attachment = try await Attachment.find(req.parameters.get("attachmentID"), on: req.db),
              attachment.tenantID == user.tenantID else {
            throw Abort(.notFound)
        }
        try await attachment.delete(on: req.db)
        try? FileManager.default.removeItem(atPath: storageRoot + "/\(attachment.tenantID)/\(try attachment.requireID())")
        return .noContent
    }
}

private struct UploadPayload: Content {
    var file: File
}
