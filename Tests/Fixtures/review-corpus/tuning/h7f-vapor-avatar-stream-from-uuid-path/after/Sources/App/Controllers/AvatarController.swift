import Fluent
import Vapor

struct AvatarController: RouteCollection {
    let storageDirectory: String
    let maxUploadBytes = 2 * 1024 * 1024

    func boot(routes: RoutesBuilder) throws {
        let users = routes.grouped("users", ":userID")
        users.get("avatar", use: show)

        let protected = users.grouped(UserSessionAuthenticator(), User.guardMiddleware())
        protected.on(.PUT, "avatar", body: .collect(maxSize: "2mb"), use: update)
    }

    struct AvatarUpload: Content {
        var image: File
    }

    /// Avatars moved out of the users table onto the shared volume; the file
    /// name is always the user's UUID, so the path is built from the parsed
    /// UUID rather than from the raw route string.
    private func avatarPath(for userID: UUID) -> String {
        storageDirectory + "/" + userID.uuidString.lowercased() + ".png"
    }

    func show(req: Request) async throws -> Response {
        guard let userID = req.parameters.get("userID", as: UUID.self) else {
            throw Abort(.notFound)
        }
        let path = avatarPath(for: userID)
        guard FileManager.default.fileExists(atPath: path) else {
            return req.redirect(to: "/img/default-avatar.png")
        }
        let response = try await req.fileio.asyncStreamFile(at: path, mediaType: .png)
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=600")
        return response
    }

    func update(req: Request) async throws -> HTTPStatus {
        let current = try req.auth.require(User.self)
        guard let userID = req.parameters.get("userID", as: UUID.self), userID == current.id else {
            throw Abort(.forbidden)
        }
        let upload = try req.content.decode(AvatarUpload.self)
        guard upload.image.contentType == .png || upload.image.contentType == .jpeg else {
            throw Abort(.unsupportedMediaType)
        }
        let png = try await ImageNormalizer.squarePNG(from: upload.image.data, side: 256, on: req)

        try await req.fileio.writeFile(png, at: avatarPath(for: userID))
        current.avatarUpdatedAt = Date()
        try await current.save(on: req.db)
        return .noContent
    }
}
