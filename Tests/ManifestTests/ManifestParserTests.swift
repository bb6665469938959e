import Foundation
import ManifestSamples
import Testing

@testable import Manifest

@Suite struct ManifestParserTests {
    static let design = """
        apiVersion: berth/v1
        kind: Deployment
        metadata:
          name: web
          labels: {team: storefront}
        spec:
          source:
            repo: https://git.example.com/acme/web.git
            ref: main
            path: .
            dockerfile: Dockerfile
          build: {args: {NODE_ENV: production}, target: runtime, timeout: 10m}
          review: {policy: block-high, reviewers: [static]}
          env: {LOG_LEVEL: info}
          secretEnv: {DB_PASSWORD: "\(DeploymentCorpus.sealed)"}
          network: bridge
          ports: [{container: 8080}]
          volumes: [{name: data, mountPath: /data}]
          resources: {cpus: 0.5, memory: 256Mi}
          command: [/app/server]
          restartPolicy: unless-stopped
          stopGracePeriod: 10s
          privileged: false
          capAdd: []
          devices: []
          health:
            http: {path: /healthz, expectStatus: 200}
            interval: 2s
            timeout: 1s
            startPeriod: 60s
            healthyThreshold: 2
          strategy: start-first
          route: {host: web.example.com}
          drift: heal
          suspend: false
        ---
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: cache}
        spec:
          image: registry.example.com/redis:7.2
          ports: [{container: 6379, host: 6379, hostIP: 127.0.0.1}]
        """

    private func parse(_ text: String, controller: ControllerConfig = .default) -> DesiredState {
        ManifestParser.parse(
            [SourceFile(path: "deployments/all.yaml", contents: Data(text.utf8))], controller: controller)
    }

    @Test func designExampleValidatesWithDefaultsApplied() throws {
        let state = parse(Self.design)
        #expect(state.diagnostics.isEmpty)
        #expect(state.documentCount == 2)
        #expect(state.deployments.map(\.name) == ["cache", "web"])
        let cache = state.deployments[0].spec
        #expect(cache.artifact == .image(ImageSpec(reference: "registry.example.com/redis:7.2", pull: .ifNotPresent)))
        #expect(cache.strategy == .stopFirst)
        #expect(cache.ports == [PortMapping(container: 6379, host: 6379, hostIP: "127.0.0.1")])
        #expect(cache.restartPolicy == .unlessStopped && cache.stopGracePeriod == .seconds(10))
        #expect(cache.network == .bridge && cache.drift == .heal && !cache.suspend && cache.health == nil)
        let web = state.deployments[1]
        #expect(web.labels == ["team": "storefront"] && web.line == 1 && web.file == "deployments/all.yaml")
        #expect(web.spec.ports == [PortMapping(container: 8080, host: nil, hostIP: "127.0.0.1")])
        #expect(web.spec.resources == Resources(nanoCPUs: 500_000_000, memoryBytes: 256 << 20))
        #expect(web.spec.secretEnv["DB_PASSWORD"]?.text == DeploymentCorpus.sealed)
        #expect(web.spec.route == Route(host: "web.example.com", path: "/", drain: .seconds(10)))
        #expect(web.spec.rollout == .default && web.spec.rollout.watch == nil && web.spec.rollout.failureThreshold == 3)
        guard case .source(let source, let build, let review) = web.spec.artifact else {
            Issue.record("expected a source build")
            return
        }
        #expect(source.path == "." && source.ref == "main" && source.credentials == nil)
        #expect(build.timeout == .seconds(600) && build.target == "runtime")
        #expect(review.policy == .blockHigh && review.reviewers == ["static"])
        #expect(web.spec.health?.probe == .http(path: "/healthz", port: nil, expectStatus: 200))
    }

    @Test func defaultsFillAMinimalManifest() throws {
        let state = parse(
            web(
                "  source: {repo: \"git@git.example.com:acme/web.git\"}\n  ports: [{container: 80}]\n"
                    + "  health: {tcp: {}}\n"))
        let spec = try #require(state.deployments.first).spec
        guard case .source(let source, let build, let review) = spec.artifact else {
            Issue.record("expected a source build")
            return
        }
        #expect(source.ref == "main" && source.path == "." && source.dockerfile == "Dockerfile")
        #expect(build == BuildSpec(args: [:], target: nil, timeout: .seconds(1800)))
        #expect(review == ReviewSpec(policy: .blockHigh, reviewers: nil, waive: []), "no reviewers named: the controller's default set")
        #expect(spec.strategy == .startFirst)
        #expect(
            spec.health
                == HealthCheck(
                    probe: .tcp(port: nil), interval: .seconds(2), timeout: .seconds(1),
                    startPeriod: .seconds(60), healthyThreshold: 2))
    }

    @Test func settleAndInitDefaultAndDecode() throws {
        let plain = try #require(parse(web("  image: nginx\n")).deployments.first).spec
        #expect(plain.settle == .seconds(1) && plain.health == nil && !plain.runsInit)
        let set = try #require(parse(web("  image: nginx\n  init: true\n  health: {settle: 250ms}\n")).deployments.first)
        #expect(set.spec.settle == .milliseconds(250) && set.spec.health == nil && set.spec.runsInit)
    }

    @Test func hostNetworkFixesThePortAndDefaultsToStopFirst() throws {
        let fixed = parse(web("  image: nginx\n  network: host\n  ports: [{container: 8080, host: 8080}]\n"))
        let spec = try #require(fixed.deployments.first).spec
        #expect(spec.strategy == .stopFirst && spec.fixesHostPort)
        let allocated = parse(web("  image: nginx\n  network: host\n  health: {http: {}}\n"))
        #expect(try #require(allocated.deployments.first).spec.strategy == .startFirst)
    }

    @Test func valuesAreNormalised() throws {
        let state = parse(
            web(
                """
                  image: nginx
                  resources: {cpus: "1.50", memory: 1G}
                  stopGracePeriod: 1m30s
                  capAdd: [cap_net_admin, NET_ADMIN]
                  volumes: [{name: b, mountPath: /b/}, {name: a, mountPath: /a}]

                """),
            controller: {
                var config = ControllerConfig.default
                config.policy.allowCapabilities = ["NET_ADMIN"]
                return config
            }())
        let spec = try #require(state.deployments.first).spec
        #expect(spec.resources == Resources(nanoCPUs: 1_500_000_000, memoryBytes: 1_000_000_000))
        #expect(spec.stopGracePeriod == .seconds(90))
        #expect(spec.capAdd == ["NET_ADMIN"])
        #expect(spec.volumes.map(\.mountPath) == ["/a", "/b"])
    }

    @Test func oneBrokenDocumentNeverHidesTheOthers() {
        let text =
            web("  image: nginx\n") + "---\n" + web("  image: [\n").replacingOccurrences(of: "web", with: "bad")
            + "---\n" + web("  image: redis\n").replacingOccurrences(of: "web", with: "cache")
        let state = parse(text)
        #expect(state.deployments.map(\.name) == ["cache", "web"])
        #expect(state.invalid.count == 1 && state.documentCount == 3)
    }

    @Test func invalidDocumentKeepsItsNameSoItIsNeverPruned() {
        let state = parse(web("  image: nginx\n  ports: 1\n"))
        #expect(state.invalid.map(\.name) == ["web"])
        #expect(state.declaredNames == ["web"])
    }

    @Test func emptyFilesAndDocumentsAreNotDocuments() {
        let state = ManifestParser.parse([
            SourceFile(path: "a.yaml", contents: Data()),
            SourceFile(path: "b.yaml", contents: Data("# only a comment\n---\n---\n".utf8)),
        ])
        #expect(state.documentCount == 0 && state.diagnostics.isEmpty)
    }
}

extension ManifestParserTests {
    /// Directives and comments before `---` stay with their document, also when aliases force one pass per document.
    @Test func directivesAndAliasesAcrossDocuments() {
        let first =
            "%YAML 1.1\n# web\n---\n" + web("  image: nginx\n  env: &common {LOG_LEVEL: info}\n  command: [*x]\n")
        let text =
            first.replacingOccurrences(of: "[*x]", with: "[/app]\n  labels: *common")
            + "---\n" + web("  image: redis\n  env: *common\n").replacingOccurrences(of: "name: web", with: "name: api")
        let state = ManifestParser.parse([SourceFile(path: "d.yaml", contents: Data(text.utf8))])
        #expect(state.deployments.isEmpty)
        #expect(
            state.diagnostics.map(\.description) == [
                "d.yaml:11:3: spec.labels: unknown field \"labels\" (valid: source, image, pull, build, review, env, "
                    + "secretEnv, network, ports, volumes, resources, command, restartPolicy, stopGracePeriod, privileged, "
                    + "capAdd, devices, health, strategy, route, rollout, drift, suspend, init, replicas, placement, user)",
                "d.yaml:18:8: <yaml>: found undefined alias",
            ])
    }
}

extension ManifestParserTests {
    /// A large set is decoded concurrently; the result is the same as file by file.
    @Test func largeSetsDecodeConcurrentlyWithTheSameResult() {
        var files = SampleManifestSet.files(count: 1_500, perFile: 100, seed: 9)
        files.append(SourceFile(path: "deployments/broken.yaml", contents: Data(web("  image: [\n").utf8)))
        #expect(files.reduce(0) { $0 + $1.contents.count } >= ManifestParser.parallelThreshold)
        let together = ManifestParser.parse(files)
        let oneByOne = files.map { ManifestParser.parse([$0]) }
        #expect(
            together.deployments.map(\.specHash)
                == oneByOne.flatMap(\.deployments).sorted { $0.name < $1.name }.map(\.specHash))
        #expect(together.diagnostics == oneByOne.flatMap(\.diagnostics))
        #expect(together.documentCount == 1_501 && together.deployments.count == 1_500)
    }
}

extension ManifestParserTests {
    /// A document YAML cannot read still names its deployment when the text shows it, so it is reported (and kept)
    /// under that name, and a second declaration of the name elsewhere is still a clash.
    @Test func unreadableDocumentKeepsTheNameItsTextShows() {
        let broken = web("  image: [\n")
        let block = "apiVersion: berth/v1\nkind: Deployment\nmetadata:\n  labels: {name: x}\n  name: \"api\"\nspec: [\n"
        let state = ManifestParser.parse([
            SourceFile(path: "a.yaml", contents: Data(broken.utf8)),
            SourceFile(path: "b.yaml", contents: Data(block.utf8)),
            SourceFile(path: "c.yaml", contents: Data(web("  image: nginx\n").utf8)),
        ])
        #expect(state.invalid.map(\.name) == ["web", "api", "web"])
        #expect(state.deployments.isEmpty)
        #expect(
            state.diagnostics.map(\.description).filter { $0.contains("metadata.name") } == [
                "a.yaml:1:1: metadata.name: \"web\" is also declared at c.yaml:3:18; names must be unique across the "
                    + "repository",
                "c.yaml:3:18: metadata.name: \"web\" is also declared at a.yaml:1:1; names must be unique across the "
                    + "repository",
            ])
    }
}
