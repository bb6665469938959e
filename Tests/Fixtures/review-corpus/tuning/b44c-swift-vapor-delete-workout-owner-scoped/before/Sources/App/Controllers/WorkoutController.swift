import Fluent
import Vapor

struct WorkoutController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let workouts = routes
            .grouped(UserToken.authenticator(), User.guardMiddleware())
            .grouped("workouts")
        workouts.get(use: index)
        workouts.post(use: create)
        workouts.get(":workoutID", use: show)
    }

    func index(req: Request) async throws -> [WorkoutDTO] {
        let user = try req.auth.require(User.self)
        return try await WorkoutRepository(db: req.db)
            .recent(for: user.requireID())
            .map(WorkoutDTO.init)
    }

    func create(req: Request) async throws -> WorkoutDTO {
        let user = try req.auth.require(User.self)
        let input = try req.content.decode(CreateWorkoutDTO.self)
        let workout = Workout(userID: try user.requireID(), input: input)
        try await workout.save(on: req.db)
        return WorkoutDTO(workout)
    }

    func show(req: Request) async throws -> WorkoutDTO {
        let user = try req.auth.require(User.self)
        guard let id = req.parameters.get("workoutID", as: UUID.self),
              let workout = try await WorkoutRepository(db: req.db).find(id, for: user.requireID())
        else { throw Abort(.notFound) }
        return WorkoutDTO(workout)
    }
}
