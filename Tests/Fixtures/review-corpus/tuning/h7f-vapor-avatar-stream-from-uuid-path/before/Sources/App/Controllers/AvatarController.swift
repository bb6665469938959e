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

    func show(req: Request) async throws -> Response {
        guard let user = try await User.find(req.parameters.get("userID"), on: req.db) else {
            throw Abort(.notFound)
        }
        guard let data = user.avatarData else {
            return req.redirect(to: "/img/default-avatar.png")
        }
        var headers = HTTPHeaders()
        headers.contentType = .png
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=600")
        return Response(status: .ok, headers: headers, body: .init(data: data))
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

        current.avatarData = Data(buffer: png)
        current.avatarUpdatedAt = Date()
        try await current.save(on: req.db)
        return .noContent
    }
}
