import Fluent
import Vapor

struct ProfileController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let me = routes.grouped(UserToken.authenticator(), User.guardMiddleware()).grouped("me")
        me.get(use: show)
        me.patch(use: update)
    }

    struct UpdateProfile: Content, Validatable {
        var displayName: String?
        var bio: String?

        static func validations(_ validations: inout Validations) {
            validations.add("displayName", as: String.self, is: .count(1...60), required: false)
            validations.add("bio", as: String.self, is: .count(...500), required: false)
        }
    }

    func show(req: Request) async throws -> User.Public {
        try req.auth.require(User.self).asPublic()
    }

    func update(req: Request) async throws -> User.Public {
        let user = try req.auth.require(User.self)
        try UpdateProfile.validate(content: req)
        let patch = try req.content.decode(UpdateProfile.self)

        if let displayName = patch.displayName { user.displayName = displayName }
        if let bio = patch.bio { user.bio = bio }

        try await user.save(on: req.db)
        return try user.asPublic()
    }
}
