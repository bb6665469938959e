// TEMPORARY: stands in for the manifest and driver branches until they land. Delete when merging.
import Foundation
package import Drivers
package import Manifest
package import Logging

package struct Route: Sendable, Hashable {
    package var host: String
    package var path: String
    package var drain: Duration
}
package struct RolloutPolicy: Sendable, Hashable {
    package var watch: Duration?
    package var failureThreshold: Int
    package static let `default` = RolloutPolicy(watch: nil, failureThreshold: 3)
}
extension DeploymentSpec {
    package var route: Route? { routeHost.map { Route(host: $0, path: "/", drain: .seconds(10)) } }
    package var rollout: RolloutPolicy { .default }
}
package struct CaddySettings: Sendable, Hashable {
    package var admin: String = "http://127.0.0.1:2019"
    package var manage: Bool = true
    package var image: String = "caddy:2"
}
extension RouterConfig {
    package var shimSettings: CaddySettings? { if case .caddy(let url) = self { CaddySettings(admin: url) } else { nil } }
}
package struct RouterRoute: Sendable, Hashable, Codable {
    package var deployment: String
    package var host: String
    package var pathPrefix: String
    package var upstream: String
    package init(deployment: String, host: String, pathPrefix: String, upstream: String) {
        self.deployment = deployment
        self.host = host
        self.pathPrefix = pathPrefix
        self.upstream = upstream
    }
}
package protocol Router: Sendable {
    var description: String { get }
    func ensureServer() async throws
    func routes() async throws -> [RouterRoute]
    func setRoute(_ route: RouterRoute) async throws
    func switchUpstream(of deployment: String, to upstream: String) async throws
    func removeRoute(of deployment: String) async throws
}
package final class CaddyRouter: Router {
    package init(settings: CaddySettings, logger: Logger) {}
    package var description: String { "" }
    package func ensureServer() async throws {}
    package func routes() async throws -> [RouterRoute] { [] }
    package func setRoute(_ route: RouterRoute) async throws {}
    package func switchUpstream(of deployment: String, to upstream: String) async throws {}
    package func removeRoute(of deployment: String) async throws {}
}
extension ContainerEngine {
    func copyFiles(_ files: [String: Data], into directory: String, of container: String) async throws {}
}
