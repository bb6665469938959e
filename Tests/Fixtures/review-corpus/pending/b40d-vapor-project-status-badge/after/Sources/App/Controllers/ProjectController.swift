import Fluent
import Vapor

struct ProjectController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        // No guardMiddleware on the group any more: badge.svg is fetched anonymously by
        // GitHub's image proxy. Every other handler still calls req.auth.require(User.self).
        let projects = routes.grouped("projects")
            .grouped(User.sessionAuthenticator())
        projects.get(use: index)
        projects.post(use: create)
        projects.get(":projectID", use: show)
        projects.get(":projectID", "badge.svg", use: badge)
    }

    @Sendable
    func index(req: Request) async throws -> [ProjectDTO] {
        let user = try req.auth.require(User.self)
        return try await user.$projects.query(on: req.db).all().map(ProjectDTO.init)
    }

    @Sendable
    func create(req: Request) async throws -> ProjectDTO {
        let user = try req.auth.require(User.self)
        let input = try req.content.decode(CreateProject.self)
        let project = Project(name: input.name, ownerID: try user.requireID())
        try await project.save(on: req.db)
        return ProjectDTO(project)
    }

    @Sendable
    func show(req: Request) async throws -> ProjectDTO {
        let user = try req.auth.require(User.self)
        guard let project = try await user.$projects.query(on: req.db)
            .filter(\.$id == req.parameters.require("projectID", as: UUID.self))
            .first()
        else { throw Abort(.notFound) }
        return ProjectDTO(project)
    }

    /// Public: only projects the owner marked public, and only their build status.
    @Sendable
    func badge(req: Request) async throws -> Response {
        guard let project = try await Project.query(on: req.db)
            .filter(\.$id == req.parameters.require("projectID", as: UUID.self))
            .filter(\.$isPublic == true)
            .first()
        else { throw Abort(.notFound) }
        let svg = BadgeRenderer.svg(label: "build", status: project.lastBuildStatus)
        return Response(status: .ok, headers: ["Content-Type": "image/svg+xml"], body: .init(string: svg))
    }
}
