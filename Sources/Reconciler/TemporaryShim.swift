// TEMPORARY: stands in for the manifest and driver branches until they land. Delete when merging.
import Foundation
package import Drivers
package import Manifest
package import Logging

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
