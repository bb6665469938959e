import Fluent
import Vapor

struct ProjectController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let projects = routes.grouped("projects")
            .grouped(User.sessionAuthenticator(), User.guardMiddleware())
        projects.get(use: index)
        projects.post(use: create)
        projects.get(":projectID", use: show)
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
}
