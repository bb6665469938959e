import Fluent
import Vapor

struct AvatarImportRequest: Content {
    let imageURL: String
}

/// Lets users pull their avatar from Gravatar, GitHub, a CDN link, etc.
struct AvatarImportController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let me = routes
            .grouped(UserToken.authenticator(), User.guardMiddleware())
            .grouped("me", "avatar")
        me.post("import", use: importAvatar)
    }

    func importAvatar(req: Request) async throws -> HTTPStatus {
        let user = try req.auth.require(User.self)
        let body = try req.content.decode(AvatarImportRequest.self)

        let response = try await req.client.get(URI(string: body.imageURL)) { outgoing in
            outgoing.headers.replaceOrAdd(name: .userAgent, value: "TidepoolAvatarFetcher/1.0")
        }
        guard response.status == .ok, var buffer = response.body, buffer.readableBytes <= 5_000_000 else {
            throw Abort(.badRequest, reason: "Could not fetch image (status \(response.status.code))")
        }

        let data = buffer.readData(length: buffer.readableBytes) ?? Data()
        let contentType = response.headers.contentType?.serialize() ?? "application/octet-stream"
        let key = "avatars/\(try user.requireID()).img"

        try await req.application.avatarStore.put(key: key, data: data, contentType: contentType)
        user.avatarKey = key
        try await user.save(on: req.db)
        return .noContent
    }
}
