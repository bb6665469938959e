import Drivers
import Reconciler
import Synchronization

/// A router in memory that checks what Caddy checks: a route switched or read must exist, ids are unique. It can
/// lose every route (a restart), refuse calls, and tell a test each time a route changes.
final class FakeRouter: Router, Sendable {
    private struct State {
        var routes: [RouterRoute] = []
        var unreachable = false
        var onChange: (@Sendable ([RouterRoute]) -> Void)?
    }

    private let state = Mutex(State())

    var description: String { "fake router" }

    /// The routes it holds now.
    var current: [RouterRoute] { state.withLock { $0.routes } }

    /// Loses every route, as Caddy does when it restarts without its config.
    func restart() { state.withLock { $0.routes = [] } }

    /// Makes every call fail (or answer again).
    func setUnreachable(_ unreachable: Bool) { state.withLock { $0.unreachable = unreachable } }

    /// Calls `body` with the routes after each change.
    func onChange(_ body: @escaping @Sendable ([RouterRoute]) -> Void) { state.withLock { $0.onChange = body } }

    /// Adds a route as if someone else had (a route of a deployment berth no longer declares).
    func add(_ route: RouterRoute) { state.withLock { $0.routes.append(route) } }

    func ensureServer() async throws { try check() }

    func routes() async throws -> [RouterRoute] {
        try check()
        return current
    }

    func setRoute(_ route: RouterRoute) async throws {
        try change { routes in
            routes.removeAll { $0.deployment == route.deployment }
            routes.append(route)
        }
    }

    func switchUpstream(of deployment: String, to upstream: String) async throws {
        try change { routes in
            guard let index = routes.firstIndex(where: { $0.deployment == deployment }) else {
                throw FakeRouterError("no route berth-\(deployment)")
            }
            routes[index].upstream = upstream
        }
    }

    func removeRoute(of deployment: String) async throws {
        try change { routes in routes.removeAll { $0.deployment == deployment } }
    }

    private func check() throws {
        if state.withLock({ $0.unreachable }) { throw FakeRouterError("connection refused") }
    }

    private func change(_ body: (inout [RouterRoute]) throws -> Void) throws {
        let (routes, onChange) = try state.withLock { state in
            if state.unreachable { throw FakeRouterError("connection refused") }
            try body(&state.routes)
            return (state.routes, state.onChange)
        }
        onChange?(routes)
    }
}

struct FakeRouterError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
