/// `router`: what sends requests for each deployment's `spec.route` to its active generation (DESIGN §13).
///
/// ```yaml
/// router: {type: caddy, tls: {mode: acme, email: ops@example.com}}
/// ```
package enum RouterConfig: Sendable, Hashable {
    /// No router (the default): `spec.route` is accepted and recorded, and nothing is routed.
    case none
    /// Caddy, driven through its admin API; berth owns only `apps.http.servers.berth`.
    case caddy(CaddySettings)
}
