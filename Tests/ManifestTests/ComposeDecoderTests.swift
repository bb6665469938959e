import Foundation
import Testing

@testable import Manifest

/// Compose files as desired state (DESIGN §14): one deployment per service, named `<project>-<service>`, decoded into
/// the same spec (and spec hash) as the manifest that says the same thing; what berth cannot honour is a located
/// error naming the compose key.
@Suite struct ComposeDecoderTests {
    static let origin = ConfigOrigin(repo: "https://git.example.com/acme/config.git", ref: "main")

    private func parse(
        _ text: String, path: String = "shop/compose.yaml", controller: ControllerConfig = .default,
        origin: ConfigOrigin? = Self.origin
    ) -> DesiredState {
        ManifestParser.parse(
            [SourceFile(path: path, contents: Data(text.utf8))], controller: controller, origin: origin)
    }

    private func only(_ text: String, controller: ControllerConfig = .default) throws -> Deployment {
        let state = parse(text, controller: controller)
        #expect(state.diagnostics.isEmpty, "\(state.diagnostics)")
        return try #require(state.deployments.first)
    }

    /// The one diagnostic of `text`, printed as `file:line:column: path: message`.
    private func problem(_ text: String, controller: ControllerConfig = .default, origin: ConfigOrigin? = Self.origin)
        -> String
    {
        let diagnostics = parse(text, controller: controller, origin: origin).diagnostics
        #expect(diagnostics.count == 1, "\(diagnostics)")
        return diagnostics.first?.description ?? "no diagnostic"
    }

    // MARK: Same spec, same hash

    static let manifest = """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: shop-web, labels: {team: storefront}}
        spec:
          source: {repo: "https://git.example.com/acme/config.git", ref: main, path: shop/app, dockerfile: web.Dockerfile}
          build: {args: {NODE_ENV: production}, target: runtime}
          review: {policy: block-high}
          env: {LOG_LEVEL: info, WORKERS: "4"}
          ports: [{container: 8080, host: 8080, hostIP: 127.0.0.1}]
          volumes: [{name: data, mountPath: /data}]
          resources: {cpus: 0.5, memory: 268435456}
          command: [/app/server, --verbose]
          restartPolicy: always
          init: true
          user: app
          health:
            exec: [/bin/sh, -c, "wget -q -O- http://127.0.0.1:8080/healthz"]
            interval: 5s
            timeout: 2s
            startPeriod: 30s
          route: {host: shop.example.com}
          rollout: {watch: 30s, failureThreshold: 5}
          drift: report
        ---
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: shop-cache, labels: {team: storefront}}
        spec:
          image: registry.example.com/redis:7.2
          pull: always
        """

    static let compose = """
        name: shop
        x-berth:
          labels: {team: storefront}
        services:
          web:
            build:
              context: ./app
              dockerfile: web.Dockerfile
              args: [NODE_ENV=production]
              target: runtime
            environment:
              - LOG_LEVEL=info
              - WORKERS=4
            ports: ["127.0.0.1:8080:8080"]
            volumes: [data:/data]
            deploy: {resources: {limits: {cpus: "0.5", memory: 256m}}}
            command: /app/server --verbose
            restart: always
            init: true
            user: app
            healthcheck:
              test: [CMD-SHELL, "wget -q -O- http://127.0.0.1:8080/healthz"]
              interval: 5s
              timeout: 2s
              retries: 5
              start_period: 30s
            x-berth:
              review: {policy: block-high}
              route: {host: shop.example.com}
              rollout: {watch: 30s}
              drift: report
          cache:
            image: registry.example.com/redis:7.2
            pull_policy: always
        volumes:
          data: {}
        """

    @Test func aComposeServiceAndItsManifestGiveTheSameSpecAndSpecHash() throws {
        let manifests = ManifestParser.parse([SourceFile(path: "shop.yaml", contents: Data(Self.manifest.utf8))])
        let compose = parse(Self.compose)
        #expect(manifests.diagnostics.isEmpty, "\(manifests.diagnostics)")
        #expect(compose.diagnostics.isEmpty, "\(compose.diagnostics)")
        #expect(compose.deployments.map(\.name) == ["shop-cache", "shop-web"])
        for deployment in compose.deployments {
            let twin = try #require(manifests.deployments.first { $0.name == deployment.name })
            #expect(deployment.spec == twin.spec, "\(deployment.name)")
            #expect(deployment.labels == twin.labels)
            #expect(deployment.specHash == twin.specHash, "\(deployment.name)")
        }
        // The cache is reviewed at the controller's minimum: x-berth.review was set on web only.
        let cache = try #require(compose.deployments.first { $0.name == "shop-cache" })
        #expect(cache.file == "shop/compose.yaml" && cache.line == 32)
    }

    @Test func aChangedEnvironmentValueChangesOnlyThatServicesHash() throws {
        let before = parse(Self.compose).deployments
        let after = parse(Self.compose.replacingOccurrences(of: "LOG_LEVEL=info", with: "LOG_LEVEL=debug")).deployments
        #expect(before.map(\.name) == after.map(\.name))
        #expect(zip(before, after).map { $0.specHash != $1.specHash } == [false, true], "only shop-web changed")
    }

    // MARK: Mapping

    @Test func environmentInListAndMappingForm() throws {
        let listed = try only("services: {a: {image: x, environment: [A=1, B=two=2, C=]}}")
        #expect(listed.spec.env == ["A": "1", "B": "two=2", "C": ""])
        let mapped = try only("services: {a: {image: x, environment: {A: 1, B: \"two\", D: true}}}")
        #expect(mapped.spec.env == ["A": "1", "B": "two", "D": "true"])
        #expect(listed.name == "shop-a", "the project is the folder's name")
    }

    @Test func portsInShortAndLongForm() throws {
        let deployment = try only(
            """
            services:
              a:
                image: x
                ports:
                  - "127.0.0.1:8080:80"
                  - "9090:90/tcp"
                  - "3000"
                  - "[::1]:7070:70"
                  - {target: 60, published: 6060, host_ip: 0.0.0.0, protocol: tcp}
            """)
        #expect(
            deployment.spec.ports == [
                PortMapping(container: 80, host: 8080, hostIP: "127.0.0.1"),
                PortMapping(container: 90, host: 9090, hostIP: "0.0.0.0"),
                PortMapping(container: 3000, host: nil, hostIP: "127.0.0.1"),
                PortMapping(container: 70, host: 7070, hostIP: "::1"),
                PortMapping(container: 60, host: 6060, hostIP: "0.0.0.0"),
            ])
        #expect(deployment.spec.strategy == .stopFirst, "a fixed host port means stop-first, as in a manifest")
    }

    @Test func namedVolumesAndHostPathsWhereThePolicyAllowsThem() throws {
        var controller = ControllerConfig.default
        controller.policy = Policy(allowHostPaths: ["/srv/shop"])
        let deployment = try only(
            """
            services:
              a:
                image: x
                volumes:
                  - data:/data:ro
                  - /srv/shop/uploads:/uploads
                  - {type: volume, source: cache, target: /cache}
                  - {type: bind, source: /srv/shop/logs, target: /logs, read_only: true}
            volumes: {data: , cache: {}}
            """, controller: controller)
        #expect(
            deployment.spec.volumes == [
                VolumeMount(source: .named("cache"), mountPath: "/cache", readOnly: false),
                VolumeMount(source: .named("data"), mountPath: "/data", readOnly: true),
                VolumeMount(source: .hostPath("/srv/shop/logs"), mountPath: "/logs", readOnly: true),
                VolumeMount(source: .hostPath("/srv/shop/uploads"), mountPath: "/uploads", readOnly: false),
            ])
    }

    @Test(arguments: [
        ("[CMD, cat, /tmp/ready]", ["cat", "/tmp/ready"]),
        ("[CMD-SHELL, test -f /tmp/ready]", ["/bin/sh", "-c", "test -f /tmp/ready"]),
        ("test -f /tmp/ready", ["/bin/sh", "-c", "test -f /tmp/ready"]),
    ])
    func healthcheckTestBecomesAnExecProbe(test: String, command: [String]) throws {
        let deployment = try only(
            "services: {a: {image: x, healthcheck: {test: \(test), interval: 1s, timeout: 500ms, retries: 4}}}")
        let health = try #require(deployment.spec.health)
        #expect(health.probe == .exec(command))
        #expect(health.interval == .seconds(1) && health.timeout == .milliseconds(500))
        #expect(health.startPeriod == HealthCheck.defaultStartPeriod, "berth's default when start_period is left out")
        #expect(deployment.spec.rollout.failureThreshold == 4, "retries: failed checks in a row that count")
    }

    @Test func disabledHealthcheckHasNoProbe() throws {
        #expect(try only("services: {a: {image: x, healthcheck: {disable: true}}}").spec.health == nil)
        #expect(try only("services: {a: {image: x, healthcheck: {test: [NONE]}}}").spec.health == nil)
    }

    @Test(arguments: [
        ("256m", 256 << 20), ("1g", 1 << 30), ("1.5GB", 3 << 29), ("64m", 64 << 20), ("10485760", 10_485_760),
    ])
    func memoryLimitsInComposeUnits(memory: String, bytes: Int) throws {
        let deployment = try only("services: {a: {image: x, deploy: {resources: {limits: {memory: \(memory)}}}}}")
        #expect(deployment.spec.resources == Resources(nanoCPUs: nil, memoryBytes: bytes))
    }

    @Test func runtimeKeys() throws {
        let deployment = try only(
            """
            services:
              a:
                image: x
                command: sh -c 'echo "hello world"' --flag\\ with\\ spaces
                restart: "no"
                init: true
                network_mode: host
                stop_grace_period: 1m30s
                user: "1000:1000"
            """)
        #expect(deployment.spec.command == ["sh", "-c", "echo \"hello world\"", "--flag with spaces"])
        #expect(deployment.spec.restartPolicy == .no && deployment.spec.runsInit)
        #expect(deployment.spec.network == .host && deployment.spec.stopGracePeriod == .seconds(90))
        #expect(deployment.spec.user == "1000:1000")
    }

    @Test func buildContextIsResolvedInsideTheConfigRepository() throws {
        let origin = ConfigOrigin(
            repo: "file:///srv/config", ref: "prod", credentials: nil, displayPrefix: "checkout/deployments",
            repositoryPrefix: "deployments")
        let state = parse(
            "services: {a: {build: ../images/a}, b: {build: {dockerfile: b.Dockerfile}}}",
            path: "checkout/deployments/shop/compose.yaml", origin: origin)
        #expect(state.diagnostics.isEmpty, "\(state.diagnostics)")
        let sources = state.deployments.map { deployment -> SourceSpec? in
            guard case .source(let source, _, _) = deployment.spec.artifact else { return nil }
            return source
        }
        #expect(sources.map { $0?.path } == ["deployments/images/a", "deployments/shop"])
        #expect(sources.map { $0?.dockerfile } == ["Dockerfile", "b.Dockerfile"])
        #expect(sources.allSatisfy { $0?.repo == "file:///srv/config" && $0?.ref == "prod" })
    }

    @Test func xBerthSourceBuildsFromAnotherRepository() throws {
        let deployment = try only(
            """
            services:
              a:
                build: {args: {VERSION: "2"}}
                x-berth:
                  source: {repo: "https://git.example.com/acme/a.git", ref: v2, path: server}
            """)
        guard case .source(let source, let build, _) = deployment.spec.artifact else {
            Issue.record("not a source deployment: \(deployment.spec.artifact)")
            return
        }
        #expect(source.repo == "https://git.example.com/acme/a.git" && source.ref == "v2" && source.path == "server")
        #expect(build.args == ["VERSION": "2"])
    }

    @Test func topLevelXBerthIsEachServicesDefaultAndAServiceOverridesIt() throws {
        let state = parse(
            """
            x-berth: {drift: report, suspend: true, review: {policy: block-high}}
            services:
              a: {image: x}
              b: {image: x, x-berth: {drift: heal}}
              c: {build: .}
            """)
        #expect(state.diagnostics.isEmpty, "\(state.diagnostics)")
        #expect(state.deployments.map(\.spec.drift) == [.report, .heal, .report])
        #expect(state.deployments.allSatisfy { $0.spec.suspend })
        guard case .source(_, _, let review) = state.deployments.last?.spec.artifact else {
            Issue.record("c builds from the config repository")
            return
        }
        #expect(review.policy == .blockHigh, "the default review applies to the services that build, only")
    }

    // MARK: Start order

    @Test func dependenciesStartFirst() throws {
        let state = parse(
            """
            name: app
            services:
              web: {image: x, depends_on: [api, cache]}
              api: {image: x, depends_on: {db: {condition: service_healthy}}}
              cache: {image: x}
              db: {image: x}
            """)
        #expect(state.diagnostics.isEmpty, "\(state.diagnostics)")
        let byName = Dictionary(uniqueKeysWithValues: state.deployments.map { ($0.name, $0.dependsOn) })
        #expect(byName["app-web"] == ["app-api", "app-cache"])
        #expect(byName["app-api"] == ["app-db"])
        #expect(byName["app-db"] == [] && byName["app-cache"] == [])
        #expect(ComposeStartOrder(edges: [[1, 2], [3], [], []]).order == [2, 3, 1, 0])
    }

    @Test func aCycleIsReportedAtEachOfItsDependsOnEntries() throws {
        let state = parse(
            """
            services:
              a: {image: x, depends_on: [b]}
              b: {image: x, depends_on: [c]}
              c: {image: x, depends_on: [a]}
              d: {image: x, depends_on: [a]}
            """)
        #expect(
            state.diagnostics.map(\.description) == [
                "shop/compose.yaml:2:30: services.a.depends_on: a → b → c → a is a cycle: none of these services "
                    + "could start first; remove one of the dependencies",
                "shop/compose.yaml:3:30: services.b.depends_on: a → b → c → a is a cycle: none of these services "
                    + "could start first; remove one of the dependencies",
                "shop/compose.yaml:4:30: services.c.depends_on: a → b → c → a is a cycle: none of these services "
                    + "could start first; remove one of the dependencies",
            ])
        #expect(state.deployments.map(\.name) == ["shop-d"])
        #expect(state.invalid.compactMap(\.name) == ["shop-a", "shop-b", "shop-c"], "kept: never pruned")
        #expect(ComposeStartOrder(edges: [[0]]).cycles == [[0]])
    }

    @Test func anUnknownDependencyIsLocated() {
        #expect(
            problem("services:\n  a: {image: x, depends_on: [b]}\n")
                == "shop/compose.yaml:2:30: services.a.depends_on: \"b\" is not a service of this file (services: a)")
    }

    // MARK: Located errors

    @Test func networkModeOfAnotherServiceIsALocatedErrorNamingTheKey() {
        #expect(
            problem(
                """
                services:
                  db: {image: x}
                  web:
                    image: x
                    network_mode: service:db
                """)
                == "shop/compose.yaml:5:19: services.web.network_mode: \"service:db\" is not supported: berth "
                + "replaces a service's container on every rollout, so it cannot share another service's or "
                + "container's network; use bridge (the default) or host")
    }

    @Test(arguments: [
        ("links: [db]", "services.a.links: berth cannot honour compose key \"links\": berth does not link containers"),
        ("extends: {service: b}", "services.a.extends: berth cannot honour compose key \"extends\""),
        ("entrypoint: [sh]", "services.a.entrypoint: berth cannot honour compose key \"entrypoint\""),
        ("imagee: y", "services.a.imagee: unknown compose key \"imagee\"; did you mean \"image\"?"),
        ("tty: true", "services.a.tty: berth cannot honour compose key \"tty\" (supported: image, build,"),
    ])
    func keysBerthCannotHonourAreNamedAtTheirPlace(line: String, message: String) {
        let found = problem("services:\n  a:\n    image: x\n    \(line)\n")
        #expect(found.hasPrefix("shop/compose.yaml:4:5: \(message)"), "\(found)")
    }

    @Test func privilegedIsRefusedByThePolicyAsInAManifest() {
        #expect(
            problem("services:\n  a: {image: x, privileged: true}\n")
                == "shop/compose.yaml:2:29: services.a.privileged: privileged containers are not allowed by the "
                + "controller policy (policy.allowPrivileged: false)")
    }

    @Test func hostPathsFollowTheManifestsPolicy() {
        #expect(
            problem("services:\n  a: {image: x, volumes: [\"/etc:/host-etc\"]}\nvolumes: {}\n")
                == "shop/compose.yaml:2:27: services.a.volumes[0].hostPath: /etc is not allowed by the controller "
                + "policy (policy.allowHostPaths: none); use a named volume")
    }

    @Test(arguments: [
        (
            "volumes: [/data]", "2:27: services.a.volumes[0]: \"/data\" is not a mount berth makes"
        ),
        (
            "volumes: [\"./x:/x\"]", "2:27: services.a.volumes[0]: \"./x\" is a relative host path"
        ),
        (
            "volumes: [\"other:/x\"]",
            "2:27: services.a.volumes[0]: volume \"other\" is not declared under the top-level volumes"
        ),
        ("ports: [\"8000-8001:80\"]", "2:25: services.a.ports[0]: \"8000-8001:80\": port ranges are not supported"),
        ("ports: [\"53:53/udp\"]", "2:25: services.a.ports[0]: \"53:53/udp\": berth publishes TCP ports only"),
        ("ports: [\"70000\"]", "2:25: services.a.ports[0].container: 70000 is not a port (1-65535)"),
        (
            "environment: [TOKEN]",
            "2:31: services.a.environment[0]: has no value, which compose would take from the shell"
        ),
        ("environment: {lower: x}", "2:31: services.a.environment.lower: \"lower\" is not UPPER_SNAKE_CASE"),
        (
            "user: \"a b\"",
            "2:23: services.a.user: \"a b\" is not a user (a name or uid, optionally with :group or :gid"
        ),
        ("restart: on-failure:3", "2:26: services.a.restart: \"on-failure:3\": berth's on-failure restarts without"),
        ("command: \"sh -c 'x\"", "2:26: services.a.command: \"sh -c 'x\" has an unclosed quote"),
        (
            "deploy: {resources: {limits: {memory: lots}}}",
            "2:55: services.a.deploy.resources.limits.memory: \"lots\" is not a compose memory size"
        ),
        (
            "healthcheck: {test: [CMD, x], interval: soon}",
            "2:57: services.a.healthcheck.interval: \"soon\" is not a duration"
        ),
    ])
    func locatedErrorsInServiceKeys(line: String, expected: String) {
        let found = problem("services:\n  a: {image: x, \(line)}\nvolumes: {data: {}}\n")
        #expect(found.hasPrefix("shop/compose.yaml:\(expected)"), "\(found)")
    }

    @Test func aVolumeMountedByTwoServicesIsRefused() {
        #expect(
            problem(
                "services:\n  a: {image: x, volumes: [data:/d]}\n  b: {image: x, volumes: [data:/d]}\nvolumes: {data: }\n"
            )
                == "shop/compose.yaml:3:27: services.b.volumes: volume \"data\" is also mounted by service a; a berth "
                + "volume belongs to one deployment (berth-<deployment>-<name>), so services cannot share one")
    }

    @Test func buildNeedsTheConfigRepositoryAndStaysInsideIt() {
        #expect(
            problem("services:\n  a: {build: .}\n", origin: nil).hasPrefix(
                "shop/compose.yaml:2:14: services.a.build: builds from the config repository, and this directory is "
                    + "not in a git repository"))
        #expect(
            problem("services:\n  a: {build: ../../..}\n").hasPrefix(
                "shop/compose.yaml:2:14: services.a.build: \"../../..\" leaves the config repository"))
        #expect(
            problem("services:\n  a: {build: {context: \"https://git.example.com/a.git\"}}\n").hasPrefix(
                "shop/compose.yaml:2:24: services.a.build.context: \"https://git.example.com/a.git\" is a remote "
                    + "build context; name that repository in x-berth.source"))
    }

    @Test func settingOneFieldTwiceIsRefused() {
        #expect(
            problem(
                "services:\n  a:\n    image: x\n    pull_policy: always\n    x-berth: {pull: never}\n")
                == "shop/compose.yaml:5:21: services.a.x-berth.pull: sets what services.a.pull_policy already sets "
                + "(spec.pull); keep one of them")
    }

    @Test func topLevelKeysBerthCannotHonourAndTheProjectName() {
        #expect(
            problem("networks: {back: {}}\nservices: {a: {image: x}}\n")
                == "shop/compose.yaml:1:1: networks: berth cannot honour compose key \"networks\": a service runs on "
                + "the default bridge or with network_mode: host")
        let state = parse("name: Shop_1\nservices: {a: {image: x}}\n")
        #expect(
            state.diagnostics.map(\.description) == [
                "shop/compose.yaml:2:12: services.a: \"Shop_1-a\" is not a DNS label (1-63 of a-z, 0-9 and '-', not "
                    + "starting or ending with '-'); a compose service is deployed as <project>-<service>, the "
                    + "project being the file's name: or its folder's name"
            ])
        let rootFile = parse("services: {a: {image: x}, b: {image: x}}\n", path: "compose.yaml")
        #expect(rootFile.diagnostics.count == 1, "reported once, not for every service: \(rootFile.diagnostics)")
        #expect(rootFile.diagnostics.first?.description.hasPrefix("compose.yaml:1:1: name: is required here") == true)
        #expect(!rootFile.incompleteReasons.isEmpty, "nothing is pruned while the services have no names")
    }

    @Test func composeFilesAreRecognisedByNameAnywhere() {
        for path in ["compose.yaml", "a/b/compose.yml", "docker-compose.yaml", "x/docker-compose.yml"] {
            #expect(ComposeFile.isComposeFile(path), "\(path)")
        }
        for path in ["composer.yaml", "compose.yaml.bak", "web.yaml", "my-compose.yaml"] {
            #expect(!ComposeFile.isComposeFile(path), "\(path)")
        }
        let state = ManifestParser.parse(
            [
                SourceFile(path: "shop/compose.yaml", contents: Data("services: {web: {image: x}}".utf8)),
                SourceFile(path: "shop/web.yaml", contents: Data(Self.manifest.utf8)),
            ], origin: Self.origin)
        #expect(
            state.diagnostics.map(\.description) == [
                "shop/compose.yaml:1:12: services.web: \"shop-web\" is also declared at shop/web.yaml:3:18; names must "
                    + "be unique across the repository",
                "shop/web.yaml:3:18: metadata.name: \"shop-web\" is also declared at shop/compose.yaml:1:12; names "
                    + "must be unique across the repository",
            ], "a compose service and a manifest share one name space")
    }
}
