import Fluent
import Foundation
import Vapor

struct AttachmentController: RouteCollection {
    let storageRoot: String

    func boot(routes: RoutesBuilder) throws {
        let attachments = routes
            .grouped(UserToken.authenticator(), User.guardMiddleware())
            .grouped("tickets", ":ticketID", "attachments")

        attachments.get(use: index)
        attachments.get("files", "**", use: download)
        attachments.on(.POST, body: .collect(maxSize: "20mb"), use: upload)
        attachments.delete(":attachmentID", use: delete)
    }

    private func ticket(_ req: Request) async throws -> Ticket {
        let user = try req.auth.require(User.self)
        guard let id = req.parameters.get("ticketID", as: UUID.self),
              let ticket = try await Ticket.query(on: req.db)
                  .filter(\.$id == id)
                  .filter(\.$organization.$id == user.$organization.id)
                  .first()
        else {
            throw Abort(.notFound)
        }
        return ticket
    }

    private func directory(for ticket: Ticket) throws -> String {
        storageRoot + "tickets/" + (try ticket.requireID().uuidString) + "/"
    }

    func index(req: Request) async throws -> [Attachment.Public] {
        let ticket = try await ticket(req)
        return try await ticket.$attachments.get(on: req.db).map(\.public)
    }

    /// Serves a stored file, including thumbnails under `thumbs/`, e.g. GET .../attachments/files/thumbs/abc.png
    func download(req: Request) async throws -> Response {
        let ticket = try await ticket(req)
        let relative = req.parameters.getCatchall().joined(separator: "/")

        let root = URL(fileURLWithPath: try directory(for: ticket), isDirectory: true)
            .standardizedFileURL
            .resolvingSymlinksInPath()
        let target = root.appendingPathComponent(relative)
            .standardizedFileURL
            .resolvingSymlinksInPath()

        // Reject anything that normalises to a path outside this ticket's directory.
        guard target.path.hasPrefix(root.path + "/"),
              FileManager.default.fileExists(atPath: target.path)
        else {
            throw Abort(.notFound)
        }
        return req.fileio.streamFile(at: target.path)
    }

    func upload(req: Request) async throws -> Attachment.Public {
        struct Input: Content { var file: File }
        let ticket = try await ticket(req)
        let input = try req.content.decode(Input.self)

        let storedName = UUID().uuidString + "." + (input.file.extension ?? "bin")
        let dir = try directory(for: ticket)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try await req.fileio.writeFile(input.file.data, at: dir + storedName)

        let attachment = Attachment(
            ticketID: try ticket.requireID(),
            originalName: input.file.filename,
            storedName: storedName,
            size: input.file.data.readableBytes
        )
        try await attachment.save(on: req.db)
        return attachment.public
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let ticket = try await ticket(req)
        guard let id = req.parameters.get("attachmentID", as: UUID.self),
              let attachment = try await ticket.$attachments.query(on: req.db).filter(\.$id == id).first()
        else {
            throw Abort(.notFound)
        }
        try? FileManager.default.removeItem(atPath: try directory(for: ticket) + attachment.storedName)
        try await attachment.delete(on: req.db)
        return .noContent
    }
}
