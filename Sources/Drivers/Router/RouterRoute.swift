/// A route berth owns: requests for `host` under `pathPrefix` go to `upstream`.
///
/// In Caddy it is the route with `@id` `berth-<deployment>` in berth's server.
package struct RouterRoute: Sendable, Hashable, Codable {
    package var deployment: String
    package var host: String
    /// `/` = every path; `/api` matches `/api` and everything under `/api/`.
    package var pathPrefix: String
    /// `host:port` the router dials, e.g. `127.0.0.1:20001`.
    package var upstream: String

    package init(deployment: String, host: String, pathPrefix: String, upstream: String) {
        self.deployment = deployment
        self.host = host
        self.pathPrefix = pathPrefix
        self.upstream = upstream
    }
}
