import Foundation
import Hummingbird

struct ExportController<Context: AuthenticatedRequestContext> {
    let exportsRoot: URL
    let jobs: ExportJobStore

    func addRoutes(to group: RouterGroup<Context>) {
        group.post("exports", use: create)
        group.get("exports/:id", use: status)
    }

    @Sendable func create(_ request: Request, context: Context) async throws -> ExportJob {
        let params = try await request.decode(as: ExportRequest.self, context: context)
        return try await jobs.enqueue(params, owner: context.user.id)
    }

    @Sendable func status(_ request: Request, context: Context) async throws -> ExportJob {
        let id = try context.parameters.require("id", as: UUID.self)
        guard let job = try await jobs.find(id, owner: context.user.id) else {
            throw HTTPError(.notFound)
        }
        return job
    }
}
