/// A route berth owns: requests for `host` under `pathPrefix` go to `upstreams`.
///
/// In Caddy it is the route with `@id` `berth-<deployment>` in berth's server. A container deployment has one
/// upstream; a deployment on a swarm has one per running task, which the router balances across.
package struct RouterRoute: Sendable, Hashable, Codable {
    package var deployment: String
    package var host: String
    /// `/` = every path; `/api` matches `/api` and everything under `/api/`.
    package var pathPrefix: String
    /// `host:port`s the router dials, e.g. `127.0.0.1:20001`; sorted, so that two routes to the same tasks are equal.
    package var upstreams: [String]

    package init(deployment: String, host: String, pathPrefix: String, upstreams: [String]) {
        self.deployment = deployment
        self.host = host
        self.pathPrefix = pathPrefix
        self.upstreams = upstreams.sorted()
    }

    /// A route to one upstream.
    package init(deployment: String, host: String, pathPrefix: String, upstream: String) {
        self.init(deployment: deployment, host: host, pathPrefix: pathPrefix, upstreams: [upstream])
    }

    /// The upstreams in words: `127.0.0.1:20001`, or several joined by `, `.
    package var upstream: String { upstreams.joined(separator: ", ") }
}
