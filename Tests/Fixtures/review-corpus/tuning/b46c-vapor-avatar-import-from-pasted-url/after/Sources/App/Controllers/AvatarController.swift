import Fluent
import Vapor

struct AvatarController: RouteCollection {
    let storage: AvatarStorage

    func boot(routes: RoutesBuilder) throws {
        let avatars = routes.grouped(User.sessionAuthenticator(), User.guardMiddleware())
        avatars.on(.POST, "me", "avatar", body: .collect(maxSize: "5mb"), use: upload)
        avatars.post("me", "avatar", "import", use: importFromURL)
    }

    func upload(req: Request) async throws -> HTTPStatus {
        let user = try req.auth.require(User.self)
        let file = try req.content.decode(AvatarUpload.self).file

        guard let contentType = file.contentType, contentType.type == "image" else {
            throw Abort(.unsupportedMediaType)
        }

        let key = try await storage.put(Data(buffer: file.data), for: user.requireID(), contentType: contentType)
        user.avatarKey = key
        try await user.save(on: req.db)
        return .noContent
    }

    /// Lets users paste a link to an existing profile picture (Gravatar, GitHub, Slack...).
    func importFromURL(req: Request) async throws -> HTTPStatus {
        let user = try req.auth.require(User.self)
        let source = try req.content.decode(AvatarImport.self).url

        let response = try await req.client.get(URI(string: source))
        guard response.status == .ok, var body = response.body else {
            throw Abort(.badRequest, reason: "Could not fetch image")
        }
        let contentType = response.headers.contentType ?? .binary
        let data = body.readData(length: body.readableBytes) ?? Data()

        user.avatarKey = try await storage.put(data, for: user.requireID(), contentType: contentType)
        try await user.save(on: req.db)
        return .noContent
    }
}

struct AvatarUpload: Content {
    var file: File
}

struct AvatarImport: Content {
    var url: String
}
