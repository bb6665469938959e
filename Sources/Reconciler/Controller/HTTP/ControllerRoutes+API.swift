import Foundation
import Hummingbird
import Logging

/// `/api/v1`: the read API (deployments, history, runs, drift, router, notification deliveries) and the mutating
/// calls (sync, rollback, unpin, suspend, resume, cancel), which need the bearer token.
extension ControllerRoutes {
    /// Who history records as asking for what a bearer-token call does.
    static let apiActor = "api"

    /// How many rollouts `history` returns when `limit` is not given, and the most it returns.
    static let historyLimits = (default: 20, maximum: 1000)

    /// Adds the `/api/v1` routes to `api`.
    func addAPI(to api: RouterGroup<BasicRequestContext>) {
        api.get("deployments") { _, _ in
            await answer { try .json(await actions.deployments()) }
        }
        api.get("deployments/{name}") { _, context in
            await answer {
                let name = try context.parameters.require("name")
                guard let status = try await actions.deployments().first(where: { $0.name == name }) else {
                    throw APIError.unknownDeployment(name)
                }
                return try .json(status)
            }
        }
        api.get("deployments/{name}/history") { request, context in
            await answer {
                let name = try context.parameters.require("name")
                return try .json(await actions.history(of: name, limit: try Self.historyLimit(request)))
            }
        }
        api.post("deployments/{name}/sync") { request, context in
            await answer {
                try authorize(request)
                let name = try context.parameters.require("name")
                guard await actions.sync(name, by: Self.apiActor) else { throw APIError.unknownDeployment(name) }
                return try .json(["deployment": name, "status": "queued"], status: 202)
            }
        }
        addSwitch(to: api, "unpin", done: "unpinned", otherwise: "not pinned") { try await actions.unpin($0, by: $1) }
        addSwitch(to: api, "suspend", done: "suspended", otherwise: nil) { try await actions.suspend($0, by: $1) }
        addSwitch(to: api, "resume", done: "resumed", otherwise: "not suspended") {
            try await actions.resume($0, by: $1)
        }
        addSwitch(to: api, "cancel", done: "cancelled", otherwise: "not running") { await actions.cancel($0, by: $1) }
        api.post("deployments/{name}/rollback") { request, context in
            await answer {
                try authorize(request)
                let name = try context.parameters.require("name")
                let generation = try await Self.rollbackGeneration(request)
                do {
                    return try .json(await actions.rollback(name, to: generation, by: Self.apiActor))
                } catch let error as RollbackError {
                    throw APIError(status: 409, error.description)
                }
            }
        }
        api.get("drift") { _, _ in
            await answer { try .json(await actions.drift()) }
        }
        api.get("notifications") { request, _ in
            await answer {
                try .json(await actions.history.notificationDeliveries(limit: try Self.historyLimit(request)))
            }
        }
        api.get("router") { _, _ in
            await answer { try .json(await actions.routerStatus()) }
        }
        api.get("runs/{id}") { _, context in
            await answer { try .json(await run(context).rollout) }
        }
        api.get("runs/{id}/logs") { _, context in
            await answer {
                let logs = try await actions.logs(of: try await run(context).id)
                return try .json(RunLogs(transitions: logs.transitions, lines: logs.lines))
            }
        }
    }

    /// `POST deployments/{name}/<action>` for an action that answers whether it changed anything: with the token,
    /// `{"deployment": name, "status": done}` when it did, `otherwise` when it had nothing to do, or 404 when
    /// `otherwise` is nil (the deployment is unknown).
    private func addSwitch(
        to api: RouterGroup<BasicRequestContext>, _ action: String, done: String, otherwise: String?,
        _ perform: @escaping @Sendable (String, String) async throws -> Bool
    ) {
        api.post("deployments/{name}/\(action)") { request, context in
            await answer {
                try authorize(request)
                let name = try context.parameters.require("name")
                let changed = try await perform(name, Self.apiActor)
                guard changed || otherwise != nil else { throw APIError.unknownDeployment(name) }
                return try .json(["deployment": name, "status": changed ? done : otherwise!])
            }
        }
    }

    /// `{"transitions": [...], "lines": [...]}` for `GET /api/v1/runs/{id}/logs`.
    private struct RunLogs: Encodable {
        let transitions: [StageTransition]
        let lines: [RolloutLogLine]
    }

    /// The optional body of `POST .../rollback`.
    private struct RollbackRequest: Decodable {
        let generation: Int?
    }

    /// The result of `handle`, or its error as `{"error": "..."}`: an ``APIError`` with its own status, anything
    /// else as 500.
    private func answer(_ handle: () async throws -> Response) async -> Response {
        do {
            return try await handle()
        } catch let error as APIError {
            return .json(error)
        } catch {
            logger.info("api request failed", metadata: ["error": "\(error)"])
            return .json(APIError(status: 500, "\(error)"))
        }
    }

    /// - Throws: ``APIError`` 401 or 403 unless the request carries the configured bearer token.
    private func authorize(_ request: Request) throws {
        if let refusal = token.refusal(authorization: request.headers[.authorization]) { throw refusal }
    }

    /// The run `{id}` names, with that id.
    /// - Throws: ``APIError`` 400 for an id that is not a number, 404 for one that names no run.
    private func run(_ context: BasicRequestContext) async throws -> (id: Int64, rollout: Rollout) {
        let text = try context.parameters.require("id")
        guard let id = Int64(text) else { throw APIError(status: 400, "run id \"\(text)\" is not a number") }
        guard let rollout = try await actions.run(id) else { throw APIError(status: 404, "no run with id \(id)") }
        return (id, rollout)
    }

    /// `?limit=N`, 1 up to ``historyLimits``' maximum.
    private static func historyLimit(_ request: Request) throws -> Int {
        guard let text = request.uri.queryParameters["limit"] else { return historyLimits.default }
        guard let limit = Int(text), (1...historyLimits.maximum).contains(limit) else {
            throw APIError(status: 400, "limit must be a number from 1 to \(historyLimits.maximum)")
        }
        return limit
    }

    /// The generation an optional `{"generation": N}` body asks for; nil for an empty body or none given.
    private static func rollbackGeneration(_ request: Request) async throws -> Int? {
        guard let body = try await body(of: request, upTo: maximumAPIBody) else {
            throw APIError(status: 413, "the request body is larger than \(maximumAPIBody) bytes")
        }
        guard !String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return nil
        }
        do {
            return try JSONDecoder().decode(RollbackRequest.self, from: Data(body)).generation
        } catch {
            throw APIError(status: 400, "the body must be {\"generation\": N} or empty")
        }
    }
}
