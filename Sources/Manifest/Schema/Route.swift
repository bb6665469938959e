/// `spec.route`: where the router sends requests for this deployment.
///
/// A request goes to this deployment when its host is ``host`` and its path starts with ``path`` (segment-wise:
/// `/api` matches `/api` and `/api/users`, not `/apix`). Two deployments may share a host with different paths;
/// the same host and path twice is a located error on the later document.
package struct Route: Sendable, Hashable {
    /// A DNS host name (lower-case labels separated by `.`).
    package var host: String
    /// The path prefix: starts with `/`, no `..`, `*`, `?` or `#`, no trailing `/` except `/` itself. Default: `/`
    /// (everything).
    package var path: String
    /// How long the old generation keeps serving in-flight requests after the route moved, before it is stopped.
    /// Between 0 s and 10 min. Default: 10 s.
    package var drain: Duration

    /// `spec.route.path` when the manifest leaves it out.
    package static let defaultPath = "/"
    /// `spec.route.drain` when the manifest leaves it out.
    package static let defaultDrain = Duration.seconds(10)
    /// The longest `spec.route.drain` accepted.
    package static let maximumDrain = Duration.seconds(600)

    package init(host: String, path: String = Route.defaultPath, drain: Duration = Route.defaultDrain) {
        self.host = host
        self.path = path
        self.drain = drain
    }
}
