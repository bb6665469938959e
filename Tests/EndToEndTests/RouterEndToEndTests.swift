import Drivers
import Foundation
import Logging
import Reconciler
import Testing
import TestSupport

/// Zero downtime through a real Caddy (Debian's, driven through its admin API) in front of real containers: load
/// loops across rollouts, a Caddy restarted under berth, a release taken back by the watch after cutover, and TLS
/// from Caddy's own CA (issue 14's must-shows).
@Suite(
    .serialized,
    .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)),
    .enabled(if: CaddyProcess.isAvailable || ProcessInfo.processInfo.environment["CI"] == "true",
             Comment(rawValue: CaddyProcess.skipReason)))
struct RouterEndToEndTests {
    static let logger = Logger(label: "berth.test.load")

    /// The router block of a controller config driving `caddy` (an external Caddy: `manage: false`).
    static func router(_ caddy: CaddyProcess, tls: Bool = false) -> String {
        let listen =
            tls ? "{http: null, https: \"127.0.0.1:\(caddy.httpsPort)\"}" : "{http: \"127.0.0.1:\(caddy.httpPort)\"}"
        return "router: {type: caddy, manage: false, admin: \"\(caddy.adminURL)\", listen: \(listen), "
            + "tls: {mode: \(tls ? "internal" : "off")}}"
    }

    /// An app that serves `$GREETING` at `/` and `ok` at `/healthz`; with `BREAK_AFTER` set it stops answering
    /// `/healthz` that many seconds after it starts (it passes its health check, then fails).
    static func commitGreetingApp(_ scenario: Scenario, _ short: String) throws {
        try scenario.commitApp(
            short, page: "unused",
            command: #"mkdir -p /tmp/w; echo "$GREETING" > /tmp/w/index.html; echo ok > /tmp/w/healthz; "#
                + #"(if [ -n "$BREAK_AFTER" ]; then sleep "$BREAK_AFTER"; rm /tmp/w/healthz; fi) & "#
                + #"exec httpd -f -p "$PORT" -h /tmp/w"#)
    }

    /// `short`'s manifest: the greeting app on a port berth allocates (or `fixedPort`), routed at `host`.
    static func manifest(
        _ scenario: Scenario, _ short: String, greeting: String, host: String = "web.test", fixedPort: Int? = nil,
        breakAfter: Int? = nil, extra: String = ""
    ) throws -> String {
        try scenario.manifest(
            short,
            extra: """
                  init: true
                  env: {GREETING: \(greeting)\(breakAfter.map { ", BREAK_AFTER: \"\($0)\"" } ?? "")}
                  route: {host: \(host), drain: 300ms}
                \(fixedPort.map { "  ports: [{container: \($0)}]" } ?? "")
                \(extra)
                """)
    }

    static func loop(_ port: Int, host: String = "web.test", rate: Int = 210) -> LoadLoop {
        LoadLoop(url: "http://127.0.0.1:\(port)/", host: host, rate: rate, connections: 4, limit: .seconds(600), logger: logger)
    }

    /// `curl --resolve HOST:PORT:127.0.0.1 http(s)://HOST:PORT/` with `arguments`; the body, or nil.
    static func fetch(_ url: String, resolve: String, _ arguments: [String] = []) -> String? {
        let run = try? GitCommand.runAllowingFailure(
            "/usr/bin/curl", ["-sS", "--max-time", "5", "--resolve", resolve] + arguments + [url],
            environment: ProcessInfo.processInfo.environment)
        guard let run, run.status == 0 else { return nil }
        return String(decoding: run.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func twentyStartFirstRolloutsFailNoRequestAndAStopFirstOneReportsItsGap() async throws {
        let caddy = try CaddyProcess()
        defer { caddy.stop() }
        try await Scenario.run(controllerExtra: Self.router(caddy)) { scenario in
            try Self.commitGreetingApp(scenario, "a")
            try scenario.commitConfig(["a.yaml": try Self.manifest(scenario, "a", greeting: "v0")])
            let first = try scenario.berth("apply")
            try #require(first.status == 0, "\(first)\n\(caddy.log)")

            let loop = Self.loop(caddy.httpPort)
            loop.start()
            for version in 1...20 {
                try scenario.commitConfig(["a.yaml": try Self.manifest(scenario, "a", greeting: "v\(version)")])
                let applied = try scenario.berth("apply")
                #expect(applied.status == 0, "v\(version): \(applied)")
            }
            let report = await loop.stop()
            print(
                "router start-first: \(report.sent) requests in \(report.seconds) s "
                    + "(\(report.requestsPerSecond)/s) across 20 rollouts, \(report.failed) failed")
            #expect(report.failed == 0, "\(report.firstFailures)")
            #expect(report.requestsPerSecond >= 200, "\(report)")
            #expect(report.bodyTransitions == (0...20).map { "v\($0)" }, "each version in turn: \(report.bodyTransitions)")
            #expect(try await scenario.history("a").prefix(20).allSatisfy { $0.result == .succeeded })

            // The same loop against stop-first: the fixed port is stopped before the new generation starts.
            let port = try GitLoopbackPort.free()
            try scenario.commitConfig(["a.yaml": try Self.manifest(scenario, "a", greeting: "s0", fixedPort: port)])
            #expect(try scenario.berth("apply").status == 0)
            let gapLoop = Self.loop(caddy.httpPort)
            gapLoop.start()
            for version in 1...3 {
                try scenario.commitConfig([
                    "a.yaml": try Self.manifest(scenario, "a", greeting: "s\(version)", fixedPort: port)
                ])
                #expect(try scenario.berth("apply").status == 0)
            }
            let gap = await gapLoop.stop()
            print(
                "router stop-first: \(gap.sent) requests, \(gap.failed) failed across 3 rollouts, longest gap "
                    + "\(gap.longestFailureWindowMilliseconds) ms")
            #expect(gap.longestFailureWindowMilliseconds > 0, "stop-first has a gap: \(gap)")
            #expect(gap.bodyTransitions.filter { !$0.isEmpty }.last == "s3")
        }
    }

    @Test func aRestartedCaddyGetsEveryRouteBackAndAServerBerthDoesNotOwnIsUntouched() async throws {
        let caddy = try CaddyProcess()
        defer { caddy.stop() }
        let otherPort = try GitLoopbackPort.free()
        // Someone else's server, put in before berth's and again after the restart (`apps.http` does not exist yet).
        let other =
            #"{"servers":{"other":{"listen":["127.0.0.1:\#(otherPort)"],"automatic_https":{"disable":true},"#
            + #""routes":[{"@id":"hand-made","handle":[{"handler":"static_response","body":"by hand"}]}]}}}"#
        try await Scenario.run(controllerExtra: Self.router(caddy)) { scenario in
            for short in ["a", "b"] { try Self.commitGreetingApp(scenario, short) }
            try scenario.commitConfig([
                "a.yaml": try Self.manifest(scenario, "a", greeting: "page a", host: "a.test"),
                "b.yaml": try Self.manifest(scenario, "b", greeting: "page b", host: "b.test"),
            ])
            try caddy.send("PUT", "/config/apps/http", json: other)
            let handMade = try caddy.get("/config/apps/http/servers/other")
            #expect(try scenario.berth("apply").status == 0)
            #expect(try caddy.get("/config/apps/http/servers/other") == handMade, "berth never touches `other`")
            let url = { (host: String) in "http://\(host):\(caddy.httpPort)/" }
            #expect(Self.fetch(url("a.test"), resolve: "a.test:\(caddy.httpPort):127.0.0.1") == "page a")

            try caddy.restart()
            try caddy.send("PUT", "/config/apps/http", json: other)  // the operator's own config
            let missing = try BerthBinary.run(["router", "status", "--config", scenario.controllerFile])
            #expect(missing.status == 1, "routes are missing after the restart: \(missing)")
            #expect(missing.stdout.contains("missing from the router"), "\(missing)")

            let healed = try scenario.berth("apply")
            #expect(healed.status == 0, "\(healed)")
            #expect(healed.stdout.contains("put back"), "\(healed)")
            #expect(try await scenario.history("a").count == 1, "no rollout: only the route")
            let status = try BerthBinary.run(["router", "status", "--config", scenario.controllerFile, "--output", "json"])
            #expect(status.status == 0, "\(status)")
            #expect(Self.fetch(url("a.test"), resolve: "a.test:\(caddy.httpPort):127.0.0.1") == "page a")
            #expect(Self.fetch(url("b.test"), resolve: "b.test:\(caddy.httpPort):127.0.0.1") == "page b")
            #expect(try caddy.get("/config/apps/http/servers/other") == handMade)
            #expect(Self.fetch("http://127.0.0.1:\(otherPort)/", resolve: "x:1:127.0.0.1") == "by hand")

            // b leaves the repository: its route goes with its container.
            try scenario.commitConfig(["a.yaml": try Self.manifest(scenario, "a", greeting: "page a", host: "a.test")])
            #expect(try scenario.berth("apply", "--prune").status == 0)
            let routes = try JSONSerialization.jsonObject(with: caddy.get("/config/apps/http/servers/berth/routes"))
            #expect((routes as? [[String: Any]])?.compactMap { $0["@id"] as? String } == ["berth-\(scenario.name("a"))"])
        }
    }

    @Test func theManagedRouterRunsAsAContainerAndIsHealedWhenRemoved() async throws {
        let admin = try GitLoopbackPort.free()
        let http = try GitLoopbackPort.free()
        let docker = DockerTestEnvironment.client()
        let extra =
            "router: {type: caddy, manage: true, image: berth-test/caddy:latest, admin: \"http://127.0.0.1:\(admin)\", "
            + "listen: {http: \"127.0.0.1:\(http)\"}, tls: {mode: off}}"
        defer {
            _ = try? GitCommand.runAllowingFailure(
                "/usr/bin/docker", ["rm", "-f", ManagedRouter.containerName],
                environment: ProcessInfo.processInfo.environment)
        }
        try await Scenario.run(controllerExtra: extra) { scenario in
            try Self.commitGreetingApp(scenario, "a")
            try scenario.commitConfig(["a.yaml": try Self.manifest(scenario, "a", greeting: "managed")])
            let applied = try scenario.berth("apply")
            #expect(applied.status == 0, "\(applied)")
            let router = try await docker.inspectContainer(ManagedRouter.containerName)
            #expect(router.isRunning)
            let resolve = "web.test:\(http):127.0.0.1"
            #expect(Self.fetch("http://web.test:\(http)/", resolve: resolve) == "managed")

            try await docker.removeContainer(ManagedRouter.containerName, force: true, removeVolumes: false)
            #expect(Self.fetch("http://web.test:\(http)/", resolve: resolve) == nil, "the router is gone")
            let healed = try scenario.berth("apply")
            #expect(healed.status == 0, "\(healed)")
            #expect(try await docker.inspectContainer(ManagedRouter.containerName).isRunning)
            #expect(Self.fetch("http://web.test:\(http)/", resolve: resolve) == "managed", "\(healed)")
            #expect(try await scenario.history("a").count == 1)
        }
    }

    @Test func aReleaseThatFailsAfterCutoverIsRolledBackPinnedAndAFixDeploys() async throws {
        let caddy = try CaddyProcess()
        defer { caddy.stop() }
        let watch = "  rollout: {watch: 8s, failureThreshold: 2}"
        try await Scenario.runListening(forge: "github", interval: "3s", controllerExtra: Self.router(caddy)) {
            scenario, _, forge in
            let forge = try #require(forge)
            try Self.commitGreetingApp(scenario, "a")
            try scenario.commitConfig(["a.yaml": try Self.manifest(scenario, "a", greeting: "good", extra: watch)])
            let run = try scenario.startRun()
            defer { run.killHard() }
            #expect(try await run.waitForLine(containing: "a: succeeded"), "\(run.printed)")

            let loop = Self.loop(caddy.httpPort)
            loop.start()
            // It passes its health check at cutover and stops answering /healthz 5 s after it started.
            try scenario.commitConfig(["a.yaml": try Self.manifest(scenario, "a", greeting: "bad", breakAfter: 5, extra: watch)])
            let rolledBack = try await scenario.eventually(within: .seconds(60)) {
                try await scenario.history("a").first?.result == .rolledBack
            }
            try await Task.sleep(for: .seconds(2))
            let report = await loop.stop()
            #expect(rolledBack, "\(run.printed)")
            print("router watch: \(report.sent) requests, \(report.failed) failed, bodies \(report.bodyTransitions)")
            #expect(report.failed == 0, "\(report.firstFailures)")
            #expect(report.bodyTransitions.last == "good", "traffic is back on the previous version: \(report)")
            let rollout = try #require(try await scenario.history("a").first)
            #expect(rollout.failingStage == "watch", "\(rollout)")
            let context = "berth/\(scenario.name("a"))"
            let failure = try await scenario.eventually(within: .seconds(10)) {
                try forge.received().contains {
                    $0.fields["context"] == context && $0.fields["state"] == "failure"
                        && ($0.fields["description"] ?? "").contains("watch")
                }
            }
            #expect(failure, "\((try? forge.received().map(\.fields)) ?? [])")
            let status = try #require(try scenario.status("a"))
            #expect(status["pinnedGeneration"] as? Int == 1, "\(status)")
            #expect((status["pinReason"] as? String)?.contains("watch") == true, "\(status)")

            try await Task.sleep(for: .seconds(8))  // timer passes every 3 s
            #expect(try await scenario.history("a").count == 2, "the pin holds: the bad release is not deployed again")

            try scenario.commitConfig(["a.yaml": try Self.manifest(scenario, "a", greeting: "fixed", extra: watch)])
            let fixed = try await scenario.eventually(within: .seconds(60)) {
                try await scenario.history("a").first.map { $0.generation == 3 && $0.result == .succeeded } == true
            }
            #expect(fixed, "\(run.printed)")
            #expect(
                Self.fetch("http://web.test:\(caddy.httpPort)/", resolve: "web.test:\(caddy.httpPort):127.0.0.1")
                    == "fixed")
        }
    }

    @Test func internalTLSAnswersFromTheActiveGenerationWithCaddysOwnRoot() async throws {
        let caddy = try CaddyProcess()
        defer { caddy.stop() }
        try await Scenario.run(controllerExtra: Self.router(caddy, tls: true)) { scenario in
            try Self.commitGreetingApp(scenario, "a")
            try scenario.commitConfig(["a.yaml": try Self.manifest(scenario, "a", greeting: "over tls")])
            let applied = try scenario.berth("apply")
            try #require(applied.status == 0, "\(applied)\n\(caddy.log)")
            let root = try JSONSerialization.jsonObject(with: caddy.get("/pki/ca/local")) as? [String: Any]
            let pem = try #require(root?["root_certificate"] as? String)
            let file = try scenario.directory.write(pem, to: "caddy-root.pem")
            let port = caddy.httpsPort
            let answer = Self.fetch(
                "https://web.test:\(port)/", resolve: "web.test:\(port):127.0.0.1", ["--cacert", file.path])
            #expect(answer == "over tls", "\(caddy.log)")
            let unverified = Self.fetch("https://web.test:\(port)/", resolve: "web.test:\(port):127.0.0.1")
            #expect(unverified == nil, "without Caddy's root the certificate is not trusted")
        }
    }
}
