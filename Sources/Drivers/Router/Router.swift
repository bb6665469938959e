/// The reverse proxy in front of berth's deployments: the stable entry point whose upstream berth swaps at cutover.
///
/// Implementations own only what they create (a server of their own and routes with ids they name) and leave
/// every other part of the proxy's config as it was. ``CaddyRouter`` is the one implementation.
/// ```swift
/// let router: any Router = CaddyRouter(settings: settings.router, logger: logger)
/// try await router.setRoute(RouterRoute(deployment: "web", host: "web.example.com", pathPrefix: "/",
///                                       upstream: "127.0.0.1:20001"))
/// try await router.switchUpstreams(of: "web", to: ["127.0.0.1:20002"])
/// ```
package protocol Router: Sendable {
    /// Where the router is reached, for messages: "Caddy at http://127.0.0.1:2019".
    var description: String { get }
    /// Makes berth's server (`apps.http.servers.berth`) exist with the configured listen addresses and TLS mode,
    /// creating `apps`/`apps.http` when absent; keeps its routes; touches nothing it does not own.
    func ensureServer() async throws
    /// The routes berth owns, in Caddy's order (empty when berth's server is absent).
    func routes() async throws -> [RouterRoute]
    /// Creates or replaces the route of `route.deployment` (`@id` `berth-<deployment>`), placed so that for one
    /// host a longer path prefix matches first; with TLS on, makes sure the host is among the subjects of berth's
    /// TLS automation policy (`@id` `berth-tls`). Creates the server first when absent.
    func setRoute(_ route: RouterRoute) async throws
    /// Points the route of `deployment` at `upstreams` (the router balances across several) and reads it back;
    /// throws when the route is missing or the read-back differs.
    func switchUpstreams(of deployment: String, to upstreams: [String]) async throws
    /// Removes the route of `deployment` (and its host from berth's TLS subjects when no other route uses it); a
    /// missing one counts as removed.
    func removeRoute(of deployment: String) async throws
}
