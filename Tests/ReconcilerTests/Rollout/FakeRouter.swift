import Drivers
import Reconciler
import Synchronization
import TestSupport

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

    /// One berth process's connection to this router, its calls counted apart from other processes'.
    func connection(of process: FakeContainerEngine) -> FakeRouterConnection {
        FakeRouterConnection(router: self, process: process)
    }

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

    func switchUpstreams(of deployment: String, to upstreams: [String]) async throws {
        try change { routes in
            guard let index = routes.firstIndex(where: { $0.deployment == deployment }) else {
                throw FakeRouterError("no route berth-\(deployment)")
            }
            routes[index].upstreams = upstreams.sorted()
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

/// One berth process's connection to a ``FakeRouter``: records its calls and can "kill" the process at call N, as
/// ``FakeContainerEngine/kill(atCall:effect:)`` does at an engine call. The process is its engine handle: a kill here
/// kills that handle (``FakeContainerEngine/die()``), so its death handlers run and its engine calls hang; once the
/// handle is dead every call here hangs too, until its task is cancelled. The router itself lives on for the
/// restarted process.
final class FakeRouterConnection: Router, Sendable {
    private struct Control {
        var calls: [String] = []
        var kill: (index: Int, effect: FakeContainerEngine.KillEffect)?
    }

    private enum Decision {
        case proceed
        case die(FakeContainerEngine.KillEffect)
        case hang
    }

    let router: FakeRouter
    let process: FakeContainerEngine
    private let control = Mutex(Control())

    init(router: FakeRouter, process: FakeContainerEngine) {
        self.router = router
        self.process = process
    }

    var description: String { router.description }

    /// The calls this process made so far (a dead process records no more).
    var calls: [String] { control.withLock { $0.calls } }

    /// The process dies in call `index`; `effect` says whether the router carried the call out.
    func kill(atCall index: Int, effect: FakeContainerEngine.KillEffect) {
        control.withLock { $0.kill = (index, effect) }
    }

    func ensureServer() async throws { try await call("ensureServer") { try await self.router.ensureServer() } }

    func routes() async throws -> [RouterRoute] { try await call("routes") { try await self.router.routes() } }

    func setRoute(_ route: RouterRoute) async throws {
        try await call("setRoute \(route.upstream)") { try await self.router.setRoute(route) }
    }

    func switchUpstreams(of deployment: String, to upstreams: [String]) async throws {
        try await call("switchUpstream \(upstreams.joined(separator: ", "))") {
            try await self.router.switchUpstreams(of: deployment, to: upstreams)
        }
    }

    func removeRoute(of deployment: String) async throws {
        try await call("removeRoute \(deployment)") { try await self.router.removeRoute(of: deployment) }
    }

    private func call<Value: Sendable>(_ name: String, _ body: @Sendable () async throws -> Value) async throws
        -> Value
    {
        let decision = control.withLock { control -> Decision in
            guard !process.isDead else { return .hang }
            let index = control.calls.count
            control.calls.append(name)
            if let kill = control.kill, kill.index == index { return .die(kill.effect) }
            return .proceed
        }
        switch decision {
        case .proceed:
            return try await body()
        case .die(let effect):
            if effect == .happened { _ = try? await body() }
            process.die()
            try await process.hang()
        case .hang:
            try await process.hang()
        }
    }
}

struct FakeRouterError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
