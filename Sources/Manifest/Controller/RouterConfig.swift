/// `router`: what routes `route.host` to the active generation.
package enum RouterConfig: Sendable, Hashable {
    case none
    /// Caddy's admin API, e.g. `http://127.0.0.1:2019`.
    case caddy(adminURL: String)
}
