import Foundation
import Manifest
import Testing

/// The swarm runtime's fields (DESIGN §13): `runtime` and `registry` in the controller config, and `spec.replicas`,
/// `spec.placement` and Swarm's `spec.rollout` settings in a manifest, each refused with a located error on the runtime
/// that cannot honour it.
@Suite struct SwarmFieldsTests {
    private static let head =
        "apiVersion: berth/v1\nkind: Controller\nconfigRepo: {url: https://git.example.com/a/b.git}\n"

    private static func controller(_ runtime: ContainerRuntime) -> ControllerConfig {
        var config = ControllerConfig.default
        config.runtime = runtime
        return config
    }

    private static func parse(_ spec: String, on runtime: ContainerRuntime) -> DesiredState {
        ManifestParser.parse(
            [SourceFile(path: "deployments/web.yaml", contents: Data(web(spec).utf8))], controller: controller(runtime))
    }

    private static func spec(_ spec: String, on runtime: ContainerRuntime = .swarm) throws -> DeploymentSpec {
        let state = parse(spec, on: runtime)
        #expect(state.diagnostics.isEmpty, "\(state.diagnostics)")
        return try #require(state.deployments.first).spec
    }

    private static func problems(_ spec: String, on runtime: ContainerRuntime) -> [String] {
        parse(spec, on: runtime).diagnostics.map(\.description)
    }

    private static func configProblems(_ text: String) -> [String] {
        do {
            _ = try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data((head + text).utf8)))
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func theRuntimeIsDockerUnlessTheConfigSaysSwarm() throws {
        #expect(ControllerConfig.default.runtime == .docker && ControllerConfig.default.registry == nil)
        let config = try ControllerConfig.parse(
            SourceFile(
                path: "berth.yaml",
                contents: Data((Self.head + "runtime: swarm\nregistry: {url: 127.0.0.1:5000/berth/}\n").utf8)))
        #expect(config.runtime == .swarm)
        #expect(config.registry == ImageRegistry(url: "127.0.0.1:5000/berth"), "a trailing slash is dropped")
        #expect(config.registry?.host == "127.0.0.1:5000")
        #expect(config.registry?.repository(for: "web") == "127.0.0.1:5000/berth/web")
    }

    @Test func aBadRuntimeOrRegistryIsLocated() {
        #expect(
            Self.configProblems("runtime: swarn\n") == [
                "berth.yaml:4:10: runtime: \"swarn\" is not a runtime (docker or swarm); did you mean \"swarm\"?"
            ])
        #expect(
            Self.configProblems("runtime: swarm\nregistry: {url: \"https://registry.example.com/acme\"}\n") == [
                "berth.yaml:5:17: registry.url: \"https://registry.example.com/acme\" is not a registry to push to "
                    + "(host[:port]/path without a scheme, e.g. 127.0.0.1:5000/berth or registry.example.com/acme)"
            ])
        #expect(
            Self.configProblems("registry: {url: 127.0.0.1:5000/berth}\n") == [
                "berth.yaml:4:11: registry: applies only to runtime: swarm (images built on one host stay on it)"
            ])
    }

    @Test func swarmFieldsTakeTheirDefaults() throws {
        let spec = try Self.spec("  image: nginx\n")
        #expect(spec.replicas == 1 && spec.placement == .anywhere)
        #expect(
            spec.rollout == RolloutPolicy(parallelism: 1, delay: .zero, failureAction: .rollback, monitor: .seconds(5)))
    }

    @Test func swarmFieldsDecode() throws {
        let spec = try Self.spec(
            """
              image: nginx
              replicas: 4
              placement: {constraints: ["node.role == worker", "node.labels.zone!=b"], maxPerNode: 2}
              rollout: {parallelism: 2, delay: 3s, failureAction: pause, monitor: 10s}

            """)
        #expect(spec.replicas == 4)
        #expect(
            spec.placement == Placement(constraints: ["node.role == worker", "node.labels.zone!=b"], maxPerNode: 2))
        #expect(
            spec.rollout
                == RolloutPolicy(
                    parallelism: 2, delay: .seconds(3), failureAction: .pause,
                    monitor: .seconds(10)))
    }

    @Test func onDockerEverySwarmOnlyFieldIsRefusedAtItsKey() {
        let problems = Self.problems(
            """
              image: nginx
              replicas: 2
              placement: {maxPerNode: 1}
              rollout: {watch: 30s, parallelism: 2, failureAction: pause}

            """, on: .docker)
        let tail =
            ": applies only to runtime: swarm (this controller's runtime is docker; set runtime: swarm in the "
            + "controller config to run deployments as Swarm services)"
        #expect(
            problems == [
                "deployments/web.yaml:6:3: spec.replicas" + tail,
                "deployments/web.yaml:7:3: spec.placement" + tail,
                "deployments/web.yaml:8:25: spec.rollout.parallelism" + tail,
                "deployments/web.yaml:8:41: spec.rollout.failureAction" + tail,
            ])
        #expect(Self.parse("  image: nginx\n  rollout: {watch: 30s}\n", on: .docker).diagnostics.isEmpty)
    }

    @Test func onSwarmDockerOnlyFieldsAreRefused() {
        #expect(
            Self.problems("  image: nginx\n  devices: [/dev/fuse]\n", on: .swarm).first
                == "deployments/web.yaml:6:3: spec.devices: Swarm services cannot map host devices (runtime: swarm)",
            "named before the policy's own refusal")
        #expect(
            Self.problems("  image: nginx\n  network: bridge\n", on: .swarm) == [
                "deployments/web.yaml:6:12: spec.network: runtime: swarm has no bridge network for services; leave "
                    + "network out to join berth's overlay network \"berth\", or use host or an attachable overlay "
                    + "network's name"
            ])
    }

    @Test func onSwarmTheWatchAfterCutoverIsRefusedForSwarmsMonitor() {
        let problems = Self.problems("  image: nginx\n  rollout: {watch: 30s, failureThreshold: 2}\n", on: .swarm)
        #expect(problems.count == 2)
        #expect(
            problems.first
                == "deployments/web.yaml:6:13: spec.rollout.watch: applies only to runtime: docker (the watch after "
                + "cutover); on a swarm, Swarm watches each updated task for spec.rollout.monitor and rolls back "
                + "with failureAction: rollback")
        #expect(problems.last?.hasPrefix("deployments/web.yaml:6:25: spec.rollout.failureThreshold: ") == true)
        #expect(Self.problems("  image: nginx\n  rollout: {watch: 30s}\n", on: .docker).isEmpty)
    }

    @Test func aFixedHostPortNeedsOneTaskPerNode() throws {
        let problems = Self.problems(
            "  image: nginx\n  ports: [{container: 80, host: 8080}]\n  replicas: 3\n", on: .swarm)
        #expect(problems.count == 1)
        #expect(
            problems.first?.hasPrefix("deployments/web.yaml:6:33: spec.ports[0].host: a fixed host port") == true,
            "\(problems)")
        let spread = try Self.spec(
            "  image: nginx\n  ports: [{container: 80, host: 8080}]\n  replicas: 3\n  placement: {maxPerNode: 1}\n")
        #expect(spread.replicas == 3)
    }

    @Test(arguments: [
        ("replicas: -1", "spec.replicas"), ("replicas: 1001", "spec.replicas"),
        ("placement: {constraints: [\"node.role\"]}", "spec.placement.constraints[0]"),
        ("placement: {constraints: [\"node.colour == red\"]}", "spec.placement.constraints[0]"),
        ("placement: {maxPerNode: -2}", "spec.placement.maxPerNode"),
        ("placement: {spread: zone}", "spec.placement.spread"),
        ("rollout: {parallelism: -1}", "spec.rollout.parallelism"),
        ("rollout: {delay: 2h}", "spec.rollout.delay"), ("rollout: {monitor: soon}", "spec.rollout.monitor"),
        ("rollout: {failureAction: continue}", "spec.rollout.failureAction"),
    ])
    func badSwarmValuesAreLocated(field: String, path: String) {
        let state = Self.parse("  image: nginx\n  \(field)\n", on: .swarm)
        #expect(state.deployments.isEmpty)
        #expect(state.diagnostics.map(\.path) == [path], "\(state.diagnostics)")
    }

    @Test func replicasAndSwarmRolloutSettingsKeepTheSpecHashButPlacementChangesIt() throws {
        func hash(_ spec: String) throws -> String {
            let state = Self.parse(spec, on: .swarm)
            #expect(state.diagnostics.isEmpty, "\(state.diagnostics)")
            return try #require(state.deployments.first).specHash
        }
        let plain = try hash("  image: nginx\n")
        #expect(try hash("  image: nginx\n  replicas: 5\n") == plain, "scaling restarts nothing")
        #expect(try hash("  image: nginx\n  rollout: {parallelism: 3, delay: 1s}\n") == plain)
        #expect(try hash("  image: nginx\n  placement: {}\n") == plain, "the default placement is no placement")
        #expect(try hash("  image: nginx\n  placement: {maxPerNode: 1}\n") != plain, "placement moves tasks")
        let onDocker = try #require(Self.parse("  image: nginx\n", on: .docker).deployments.first).specHash
        #expect(onDocker == plain, "existing deployments keep their hash")
    }
}
