import Fluent
import Vapor

struct AvatarController: RouteCollection {
    let storage: AvatarStorage

    func boot(routes: RoutesBuilder) throws {
        let avatars = routes.grouped(User.sessionAuthenticator(), User.guardMiddleware())
        avatars.on(.POST, "me", "avatar", body: .collect(maxSize: "5mb"), use: upload)
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
}

struct AvatarUpload: Content {
    var file: File
}
