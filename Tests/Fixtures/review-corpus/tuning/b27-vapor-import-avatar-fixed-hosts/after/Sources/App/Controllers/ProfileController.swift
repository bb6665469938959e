import Fluent
import Vapor

struct ProfileController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let profile = routes.grouped("profile")
            .grouped(User.sessionAuthenticator(), User.guardMiddleware())

        profile.get(use: show)
        profile.patch(use: update)
        profile.on(.POST, "avatar", body: .collect(maxSize: "2mb"), use: uploadAvatar)
        profile.post("avatar", "import", use: importAvatar)
    }

    /// Where each supported provider serves a public avatar for a handle.
    private static let avatarSources: [String: (host: String, path: (String) -> String)] = [
        "github": ("github.com", { "/\($0).png" }),
    ]

    struct ImportAvatar: Content {
        var provider: String
        var handle: String
    }

    struct UpdateProfile: Content, Validatable {
        var displayName: String?
        var bio: String?

        static func validations(_ validations: inout Validations) {
            validations.add("displayName", as: String?.self, is: .nil || .count(1...60), required: false)
            validations.add("bio", as: String?.self, is: .nil || .count(0...280), required: false)
        }
    }

    func show(req: Request) async throws -> ProfileDTO {
        let user = try req.auth.require(User.self)
        return ProfileDTO(user)
    }

    func update(req: Request) async throws -> ProfileDTO {
        let user = try req.auth.require(User.self)
        try UpdateProfile.validate(content: req)
        let input = try req.content.decode(UpdateProfile.self)
        if let name = input.displayName { user.displayName = name }
        if let bio = input.bio { user.bio = bio }
        try await user.save(on: req.db)
        return ProfileDTO(user)
    }

    func uploadAvatar(req: Request) async throws -> ProfileDTO {
        let user = try req.auth.require(User.self)
        guard let data = req.body.data, data.readableBytes > 0 else {
            throw Abort(.badRequest, reason: "empty upload")
        }
        try await storeAvatar(Data(buffer: data), for: user, on: req)
        return ProfileDTO(user)
    }

    func importAvatar(req: Request) async throws -> ProfileDTO {
        let user = try req.auth.require(User.self)
        let input = try req.content.decode(ImportAvatar.self)

        guard let source = Self.avatarSources[input.provider] else {
            throw Abort(.badRequest, reason: "unsupported provider")
        }
        guard input.handle.range(of: #"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"#, options: .regularExpression) != nil else {
            throw Abort(.badRequest, reason: "invalid handle")
        }

        let uri = URI(scheme: .https, host: source.host, path: source.path(input.handle))
        let response = try await req.client.get(uri)
        guard response.status == .ok, var body = response.body,
              let bytes = body.readData(length: min(body.readableBytes, 2 * 1024 * 1024))
        else {
            throw Abort(.badGateway, reason: "could not fetch avatar from \(input.provider)")
        }
        try await storeAvatar(bytes, for: user, on: req)
        return ProfileDTO(user)
    }

    private func storeAvatar(_ bytes: Data, for user: User, on req: Request) async throws {
        guard let image = AvatarImage(bytes), image.width <= 2048, image.height <= 2048 else {
            throw Abort(.unsupportedMediaType, reason: "avatar must be a PNG or JPEG up to 2048px")
        }
        let key = "avatars/\(try user.requireID()).png"
        try await req.application.objectStore.put(key: key, data: image.normalizedPNG())
        user.avatarKey = key
        try await user.save(on: req.db)
    }
}
