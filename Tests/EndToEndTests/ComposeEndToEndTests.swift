import Drivers
import Foundation
import Reconciler
import TestSupport
import Testing

/// A compose file in the config repository plans and applies like the manifests it stands for, against the real
/// engine and a real git config repository (DESIGN §14).
@Suite(
    .serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct ComposeEndToEndTests {
    /// Three services: `web` built from the config repository itself, `cache` from a prebuilt image, `db` with a
    /// healthcheck and a named volume. `greeting` is cache's environment. db becomes healthy only after 2 s, later
    /// than cache's rollout ends, so web (which depends on db) would start before db is done without the start order.
    private static func compose(_ scenario: Scenario, greeting: String) -> String {
        """
        name: e\(scenario.id)
        services:
          web:
            build: ./web
            network_mode: host
            depends_on: [db]
            stop_grace_period: 2s
            x-berth:
              health: {http: {path: /healthz}, interval: 200ms, timeout: 1s, startPeriod: 8s}
          cache:
            image: \(DockerTestEnvironment.baseImage)
            pull_policy: never
            command: sleep 3600
            user: "1000:1000"
            environment:
              GREETING: \(greeting)
            stop_grace_period: 1s
          db:
            image: \(DockerTestEnvironment.baseImage)
            pull_policy: never
            command: [sh, -c, "sleep 2 && touch /data/ready && exec sleep 3600"]
            volumes: [data:/data]
            stop_grace_period: 1s
            healthcheck:
              test: [CMD, cat, /data/ready]
              interval: 200ms
              timeout: 1s
              start_period: 10s
        volumes:
          data: {}
        """
    }

    /// The config repository's `deployments/`: the compose file and, beside it, the web service's build context.
    private static func files(_ scenario: Scenario, greeting: String) -> [String: String] {
        [
            "compose.yaml": compose(scenario, greeting: greeting),
            "web/Dockerfile": """
            FROM \(DockerTestEnvironment.baseImage)
            COPY site/ /www/
            CMD ["sh", "-c", "exec httpd -f -p \\"$PORT\\" -h /www"]
            """,
            "web/site/index.html": "served from the config repository",
            "web/site/healthz": "ok\n",
        ]
    }

    @Test func threeServicesPlanAndApplyLikeManifestsAndAnEnvironmentEditRollsOutOnlyThatService() async throws {
        try await Scenario.run { scenario in
            scenario.volumes.append("berth-\(scenario.name("db"))-data")
            let configCommit = try scenario.commitConfig(Self.files(scenario, greeting: "hello"))

            let plan = try scenario.berth("plan")
            #expect(plan.status == 0, "\(plan)")
            for short in ["web", "cache", "db"] {
                #expect(plan.stdout.contains("+ \(scenario.name(short))"), "\(short) is planned: \(plan)")
            }

            let applied = try scenario.berth("apply")
            #expect(applied.status == 0, "\(applied)")
            var first: [String: ActualContainer] = [:]
            for short in ["web", "cache", "db"] {
                let container = try #require(await scenario.onlyContainer(short), "one container for \(short)")
                #expect(container.name == scenario.name(short) + "-1")
                #expect(container.state == .running && container.generation == 1)
                #expect(container.configCommit == configCommit && container.specHash.count == 64)
                first[short] = container
            }
            let web = try #require(first["web"])
            #expect(web.commit == configCommit, "web is built from the config repository at the config commit")
            #expect(scenario.page(at: web.port) == "served from the config repository")
            let db = try await scenario.docker.inspectContainer(try #require(first["db"]).id)
            #expect(
                db.mounts.contains {
                    $0.type == "volume" && $0.source == "berth-\(scenario.name("db"))-data" && $0.target == "/data"
                }, "\(db.mounts)")
            #expect(db.health == .healthy, "the compose healthcheck is the container's Docker health check")
            let cache = try await scenario.docker.inspectContainer(try #require(first["cache"]).id)
            #expect(cache.environment.contains("GREETING=hello"), "\(cache.environment)")
            #expect(cache.user == "1000:1000", "compose user is the manifest's spec.user")

            let dbRollout = try #require(try await scenario.history("db").first)
            let webRollout = try #require(try await scenario.history("web").first)
            let dbFinished = try #require(dbRollout.finishedAt)
            #expect(webRollout.startedAt >= dbFinished, "web depends_on db: it starts once db's rollout finished")

            let settled = try scenario.berth("plan", "--detailed-exitcode")
            #expect(settled.status == 0, "nothing pending after the apply: \(settled)")

            try scenario.commitConfig(Self.files(scenario, greeting: "bonjour"))
            let edited = try scenario.berth("plan")
            #expect(edited.stdout.contains("~ spec.env.GREETING: hello → bonjour"), "\(edited)")
            let rolled = try scenario.berth("apply")
            #expect(rolled.status == 0, "\(rolled)")
            let newCache = try #require(await scenario.onlyContainer("cache"))
            #expect(newCache.generation == 2 && newCache.id != first["cache"]?.id)
            let details = try await scenario.docker.inspectContainer(newCache.id)
            #expect(details.environment.contains("GREETING=bonjour"), "\(details.environment)")
            for short in ["web", "db"] {
                #expect(
                    try await scenario.onlyContainer(short)?.id == first[short]?.id,
                    "\(short) is untouched by an edit of another service")
                #expect(try await scenario.history(short).count == 1, "\(short) was not rolled out again")
            }
            #expect(try await scenario.history("cache").count == 2)

            // A key berth cannot honour makes that service invalid in the plan, located in the compose file; the
            // running container is kept, never pruned.
            var broken = Self.files(scenario, greeting: "bonjour")
            broken["compose.yaml"] = try #require(broken["compose.yaml"]).replacingOccurrences(
                of: "    pull_policy: never\n    command: sleep 3600",
                with: "    pull_policy: never\n    links: [db]\n    command: sleep 3600")
            try scenario.commitConfig(broken)
            let invalid = try scenario.berth("plan", "--detailed-exitcode")
            #expect(invalid.status == 4, "\(invalid)")
            #expect(invalid.stdout.contains("x \(scenario.name("cache"))"), "\(invalid)")
            #expect(
                invalid.stdout.contains("compose.yaml:13:5: services.cache.links: berth cannot honour compose key"),
                "\(invalid)")
        }
    }

    @Test func berthRunStartsAServiceAfterTheOneItDependsOn() async throws {
        try await Scenario.run(controllerExtra: "interval: 10m") { scenario in
            try scenario.commitConfig([
                "compose.yaml": """
                name: e\(scenario.id)
                services:
                  web:
                    image: \(DockerTestEnvironment.baseImage)
                    pull_policy: never
                    command: sleep 3600
                    stop_grace_period: 1s
                    depends_on: [db]
                  db:
                    image: \(DockerTestEnvironment.baseImage)
                    pull_policy: never
                    command: [sh, -c, "sleep 2 && touch /tmp/ready && exec sleep 3600"]
                    stop_grace_period: 1s
                    healthcheck: {test: [CMD, cat, /tmp/ready], interval: 200ms, start_period: 10s}
                """
            ])
            let run = try scenario.startRun()
            defer { run.killHard() }
            #expect(try await run.waitForLine(containing: "pass at"), "\(run.printed)")
            let finished = try await scenario.eventually(within: .seconds(30)) {
                let rollouts = try await scenario.history("web") + scenario.history("db")
                return rollouts.count == 2 && rollouts.allSatisfy { $0.finishedAt != nil }
            }
            #expect(finished, "\(run.printed)")
            let web = try #require(try await scenario.history("web").first)
            let db = try #require(try await scenario.history("db").first)
            #expect(web.result == .succeeded && db.result == .succeeded, "\(run.printed)")
            let dbFinished = try #require(db.finishedAt)
            #expect(web.startedAt >= dbFinished, "web waits for db, which is healthy after 2 s: \(run.printed)")
        }
    }

    @Test func anUnsupportedKeyIsALocatedErrorFromValidate() throws {
        let config = try GitFixture()
        try config.write(
            """
            name: shop
            services:
              db:
                image: \(DockerTestEnvironment.baseImage)
              web:
                image: \(DockerTestEnvironment.baseImage)
                network_mode: service:db
            """, to: "deployments/compose.yaml")
        try config.commitAndPush("compose")
        let run = try BerthBinary.run(["validate", config.work.appendingPathComponent("deployments").path])
        #expect(run.status != 0, "\(run)")
        #expect(
            run.output.contains(
                "deployments/compose.yaml:7:19: services.web.network_mode: \"service:db\" is not supported"),
            "\(run)")
    }
}
