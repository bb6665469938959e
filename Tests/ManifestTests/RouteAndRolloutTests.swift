import Foundation
import Manifest
import Testing

/// `spec.route` (host and path prefix, drain) and `spec.rollout` (the watch after cutover): defaults, values, and
/// routes claimed once across documents. Broken values are in ``DeploymentCorpus/routing``.
@Suite struct RouteAndRolloutTests {
    private func parse(_ files: [(String, String)]) -> DesiredState {
        ManifestParser.parse(files.map { SourceFile(path: $0.0, contents: Data($0.1.utf8)) })
    }

    private func spec(_ text: String) throws -> DeploymentSpec {
        let state = parse([("deployments/web.yaml", web(text))])
        #expect(state.diagnostics.isEmpty, "\(state.diagnostics)")
        return try #require(state.deployments.first).spec
    }

    private func named(_ name: String, _ spec: String) -> String {
        web(spec).replacingOccurrences(of: "name: web", with: "name: \(name)")
    }

    @Test func aRouteTakesThePathAndDrainDefaults() throws {
        let spec = try spec("  image: nginx\n  ports: [{container: 80}]\n  route: {host: web.example.com}\n")
        #expect(spec.route == Route(host: "web.example.com", path: "/", drain: .seconds(10)))
        #expect(Route.defaultPath == "/" && Route.defaultDrain == .seconds(10))
    }

    @Test func aRouteKeepsItsPathAndDrain() throws {
        let spec = try spec(
            "  image: nginx\n  ports: [{container: 80}]\n  route: {host: web.example.com, path: /api/v1, drain: 0s}\n")
        #expect(spec.route == Route(host: "web.example.com", path: "/api/v1", drain: .zero))
        let longest = try self.spec(
            "  image: nginx\n  ports: [{container: 80}]\n  route: {host: web.example.com, drain: 10m}\n")
        #expect(longest.route?.drain == .seconds(600))
    }

    @Test(arguments: ["/", "/api", "/api/v1", "/a-b_c.d~e", "/%41"])
    func validPathPrefixes(path: String) throws {
        let spec = try spec(
            "  image: nginx\n  ports: [{container: 80}]\n  route: {host: web.example.com, path: \"\(path)\"}\n")
        #expect(spec.route?.path == path)
    }

    @Test(arguments: ["", "api", "/api/", "//", "/a//b", "/a/./b", "/..", "/a*", "/a?x", "/a#x", "/a b", "/a\\tb"])
    func invalidPathPrefixes(path: String) {
        let text = web(
            "  image: nginx\n  ports: [{container: 80}]\n  route: {host: web.example.com, path: \"\(path)\"}\n")
        let state = parse([("deployments/web.yaml", text)])
        #expect(state.deployments.isEmpty)
        #expect(state.diagnostics.map(\.path) == ["spec.route.path"])
        #expect(state.diagnostics.first?.message.contains("e.g. /api") == true, "says what would be valid")
    }

    @Test func noRolloutMeansNoWatch() throws {
        let spec = try spec("  image: nginx\n")
        #expect(spec.rollout == .default && spec.rollout.watch == nil && spec.rollout.failureThreshold == 3)
        #expect(spec.route == nil)
    }

    @Test func rolloutWatchAndThresholdDecode() throws {
        let watched = try spec("  image: nginx\n  rollout: {watch: 30s, failureThreshold: 5}\n")
        #expect(watched.rollout == RolloutPolicy(watch: .seconds(30), failureThreshold: 5))
        let onlyWatch = try spec("  image: nginx\n  rollout: {watch: 1h}\n")
        #expect(onlyWatch.rollout == RolloutPolicy(watch: .seconds(3600), failureThreshold: 3))
        let onlyThreshold = try spec("  image: nginx\n  rollout: {failureThreshold: 2}\n")
        #expect(onlyThreshold.rollout == RolloutPolicy(watch: nil, failureThreshold: 2), "allowed, and harmless")
        #expect(try spec("  image: nginx\n  rollout: {}\n").rollout == .default)
    }

    @Test func routeAndRolloutDoNotChangeTheSpecHash() throws {
        let base = "  image: nginx\n  ports: [{container: 80}]\n"
        let variants = [
            base,
            base + "  route: {host: web.example.com}\n",
            base + "  route: {host: shop.example.com, path: /web, drain: 0s}\n",
            base + "  rollout: {watch: 30s}\n",
            base + "  route: {host: web.example.com, drain: 5m}\n  rollout: {watch: 10m, failureThreshold: 1}\n",
        ]
        let hashes = try variants.map { text in
            let state = parse([("deployments/web.yaml", web(text))])
            return try #require(state.deployments.first).specHash
        }
        #expect(Set(hashes).count == 1, "route and rollout steer the router and the watch, not the container")
    }

    @Test func theSameHostAndPathTwiceInvalidatesOnlyTheLaterDocument() throws {
        let state = parse([
            (
                "deployments/a.yaml",
                named(
                    "web", "  image: nginx\n  ports: [{container: 80}]\n  route: {host: shop.example.com, path: /api}\n"
                )
            ),
            (
                "deployments/b.yaml",
                named(
                    "api", "  image: nginx\n  ports: [{container: 80}]\n  route: {host: shop.example.com, path: /api}\n"
                )
            ),
        ])
        #expect(state.deployments.map(\.name) == ["web"], "the first claim keeps its route")
        #expect(state.invalid.map(\.name) == ["api"], "named, so the later one is kept running, never pruned")
        #expect(
            state.diagnostics.map(\.description) == [
                "deployments/b.yaml:7:10: spec.route: host shop.example.com with path /api is already routed to "
                    + "deployment \"web\" at deployments/a.yaml:7:10; a host and path prefix route to one deployment "
                    + "(use another spec.route.path or host)"
            ])
    }

    @Test func oneHostMayRouteDifferentPathsToDifferentDeployments() {
        let state = parse([
            (
                "deployments/a.yaml",
                named("web", "  image: nginx\n  ports: [{container: 80}]\n  route: {host: shop.example.com}\n")
            ),
            (
                "deployments/b.yaml",
                named(
                    "api", "  image: nginx\n  ports: [{container: 80}]\n  route: {host: shop.example.com, path: /api}\n"
                )
            ),
            (
                "deployments/c.yaml",
                named(
                    "docs",
                    "  image: nginx\n  ports: [{container: 80}]\n  route: {host: docs.example.com, path: /api}\n")
            ),
        ])
        #expect(state.diagnostics.isEmpty)
        #expect(state.deployments.map(\.name) == ["api", "docs", "web"])
    }

    @Test func aDocumentInvalidElsewhereStillClaimsItsRoute() {
        let state = parse([
            (
                "deployments/a.yaml",
                named(
                    "web",
                    "  image: nginx\n  ports: [{container: 80}]\n  route: {host: shop.example.com}\n"
                        + "  drift: sometimes\n"
                )
            ),
            (
                "deployments/b.yaml",
                named("api", "  image: nginx\n  ports: [{container: 80}]\n  route: {host: shop.example.com}\n")
            ),
        ])
        #expect(state.deployments.isEmpty, "web may still run with that route, so api cannot take it")
        #expect(state.invalid.map(\.name) == ["web", "api"])
        #expect(state.diagnostics.map(\.path) == ["spec.drift", "spec.route"])
    }
}
