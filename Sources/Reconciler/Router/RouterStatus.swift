package import Drivers
package import Manifest

/// The routes berth owns in its router and whether they send traffic where berth's deployments run: what
/// `berth router status` and `GET /api/v1/router` show. What runs is read from the engine (the active generation
/// of each deployment, by label) and the route it declared from that generation's record in history, so the answer
/// needs neither the config repository nor a running controller.
package struct RouterStatus: Sendable, Hashable, Encodable {
    /// One deployment with a route in the router or declared by the generation that runs.
    package struct Entry: Sendable, Hashable, Encodable {
        package let deployment: String
        package let host: String
        package let path: String
        /// Where the router sends the route; nil when the router has no route for it.
        package let upstream: String?
        /// Where the active generation serves (`127.0.0.1:PORT`); nil when nothing of it runs.
        package let active: String?
        package let matches: Bool
        /// Why it does not match, in words; nil when it does.
        package let problem: String?

        package init(
            deployment: String, host: String, path: String, upstream: String?, active: String?, matches: Bool,
            problem: String?
        ) {
            self.deployment = deployment
            self.host = host
            self.path = path
            self.upstream = upstream
            self.active = active
            self.matches = matches
            self.problem = problem
        }
    }

    /// `Caddy at http://127.0.0.1:2019`, or `none` when the controller config names no router.
    package let router: String
    package let reachable: Bool
    /// Why the router could not be read.
    package let error: String?
    package let routes: [Entry]

    package init(router: String, reachable: Bool, error: String?, routes: [Entry]) {
        self.router = router
        self.reachable = reachable
        self.error = error
        self.routes = routes
    }

    /// Whether the router answers and every route matches what runs.
    package var inSync: Bool { reachable && routes.allSatisfy(\.matches) }

    private enum CodingKeys: String, CodingKey {
        case router, reachable, error, routes, inSync
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(router, forKey: .router)
        try container.encode(reachable, forKey: .reachable)
        try container.encodeIfPresent(error, forKey: .error)
        try container.encode(routes, forKey: .routes)
        try container.encode(inSync, forKey: .inSync)
    }

    /// Reads the router's routes (one call), the controller's containers (one list; on the swarm runtime its services
    /// and where their running tasks answer) and the record of each active generation, and compares them.
    package static func current(
        router: (any Router)?, engine: any ContainerEngine, history: History, controller: ControllerConfig,
        swarm: SwarmRuntime? = nil
    ) async throws -> RouterStatus {
        guard let router else { return RouterStatus(router: "none", reachable: false, error: nil, routes: []) }
        let labels = BerthLabel.owned(by: controller.stateDir)
        let containers =
            if let swarm {
                try await swarm.services(labels: labels, endpoints: true)
            } else {
                try await engine.listContainers(labels: labels).compactMap(ActualContainer.init)
            }
        var declared: [String: Route] = [:]
        for name in Set(containers.map(\.deployment)) {
            guard let active = ActualContainer.active(of: name, in: containers),
                let record = try await history.record(of: name, generation: active.generation),
                let deployment = try? CanonicalManifest.deployment(from: record.manifest, controller: controller),
                let route = deployment.spec.route
            else { continue }
            declared[name] = route
        }
        let routes: [RouterRoute]
        do {
            routes = try await router.routes()
        } catch {
            return RouterStatus(router: router.description, reachable: false, error: "\(error)", routes: [])
        }
        let held = Dictionary(routes.map { ($0.deployment, $0) }) { first, _ in first }
        let names = Set(held.keys).union(declared.keys).sorted()
        let entries = names.map { name in
            entry(name, held: held[name], declared: declared[name], active: ActualContainer.active(of: name, in: containers))
        }
        return RouterStatus(router: router.description, reachable: true, error: nil, routes: entries)
    }

    private static func entry(_ name: String, held: RouterRoute?, declared: Route?, active: ActualContainer?) -> Entry {
        let serving: String? =
            if let tasks = active?.upstreams {
                tasks.isEmpty ? nil : tasks.joined(separator: ", ")
            } else {
                active.flatMap { $0.state == .running ? $0.port : nil }.map { "127.0.0.1:\($0)" }
            }
        let host = declared?.host ?? held?.host ?? ""
        let path = declared?.path ?? held?.pathPrefix ?? "/"
        let problem: String? =
            if held == nil {
                "missing from the router; the next pass puts it back"
            } else if serving == nil {
                "nothing of \(name) runs"
            } else if held?.upstream != serving {
                "sends to \(held?.upstream ?? "?"), but generation \(active?.generation ?? 0) serves on \(serving ?? "?")"
            } else if let declared, declared.host != held?.host || declared.path != held?.pathPrefix {
                "routes \(held?.host ?? "")\(held?.pathPrefix ?? ""), but the generation that runs declares "
                    + "\(declared.host)\(declared.path)"
            } else {
                nil
            }
        return Entry(
            deployment: name, host: host, path: path, upstream: held?.upstream, active: serving, matches: problem == nil,
            problem: problem)
    }
}
