import Drivers
import Manifest

extension RouterRoute {
    /// The route `route` declares for `deployment`, sending to the generation that serves on `127.0.0.1:port`
    /// (probes and the router always reach an app there, DESIGN §2).
    init(_ route: Route, of deployment: String, port: Int) {
        self.init(deployment: deployment, host: route.host, pathPrefix: route.path, upstream: "127.0.0.1:\(port)")
    }

    /// The route `route` declares for a deployment on a swarm, sending to its running tasks at `upstreams`.
    init(_ route: Route, of deployment: String, upstreams: [String]) {
        self.init(deployment: deployment, host: route.host, pathPrefix: route.path, upstreams: upstreams)
    }
}

extension Router {
    /// Makes the router send `route` where it says, and confirms it by reading the route back. An existing route
    /// for the same host and path only has its upstream switched (one change the router applies at once);
    /// otherwise the route is written whole.
    /// - Throws: the router's error, or ``RouterReadBackMismatch`` when it reads back something else.
    func point(_ route: RouterRoute) async throws {
        let current = try await routes().first { $0.deployment == route.deployment }
        if let current, current.host == route.host, current.pathPrefix == route.pathPrefix {
            try await switchUpstreams(of: route.deployment, to: route.upstreams)
            return
        }
        try await setRoute(route)
        guard try await routes().contains(route) else {
            throw RouterReadBackMismatch(router: description, route: route)
        }
    }
}

/// The router answered a route change but reads back something else.
struct RouterReadBackMismatch: Error, CustomStringConvertible {
    let router: String
    let route: RouterRoute

    var description: String {
        "\(router) does not show the route \(route.host)\(route.pathPrefix) → \(route.upstream) after berth set it"
    }
}
