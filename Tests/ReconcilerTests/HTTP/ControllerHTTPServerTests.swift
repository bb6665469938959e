import Drivers
import Foundation
import Reconciler
import Testing

/// `berth run`'s HTTP server over real HTTP on loopback, with a fake controller behind it.
@Suite struct ControllerHTTPServerTests {
    static let bearer = [(name: "Authorization", value: "Bearer s3cret")]

    @Test(arguments: WebhookProvider.allCases)
    func hookAnswersWithTheOutcome(provider: WebhookProvider) async throws {
        let actions = FakeControllerActions(outcome: .unauthorized("bad signature"))
        try await ControllerServerHarness.with(actions: actions) { server in
            let answer = try await server.send(
                "POST", "/hooks/\(provider.rawValue)", headers: [("X-GitHub-Event", "push")],
                body: .bytes(Array(#"{"ref": "refs/heads/main"}"#.utf8)))
            #expect(answer.status == 401)
            #expect(answer.text == "unauthorized: bad signature")
            #expect(answer.contentType?.hasPrefix("text/plain") == true)
        }
        let hooks = await actions.hooks
        #expect(hooks.map(\.provider) == [provider])
        #expect(hooks.first?.event == "push")
        #expect(hooks.first?.body == Array(#"{"ref": "refs/heads/main"}"#.utf8))
    }

    @Test func unknownProviderIs404NamingTheProviders() async throws {
        let actions = FakeControllerActions()
        try await ControllerServerHarness.with(actions: actions) { server in
            let answer = try await server.send("POST", "/hooks/bitbucket", body: .bytes(Array("{}".utf8)))
            #expect(answer.status == 404)
            #expect(answer.text.contains("github, gitlab, gitea, generic"))
        }
        #expect(await actions.hooks.isEmpty)
    }

    @Test func hookBodyOfOneMebibyteIsHandedOver() async throws {
        let actions = FakeControllerActions()
        try await ControllerServerHarness.with(actions: actions) { server in
            let answer = try await server.send(
                "POST", "/hooks/generic", body: .bytes(Array(repeating: 0x20, count: 1 << 20)))
            #expect(answer.status == 200)
        }
        #expect(await actions.hooks.first?.body.count == 1 << 20)
    }

    @Test func hookBodyOverOneMebibyteIs413Unread() async throws {
        let actions = FakeControllerActions()
        let metrics = ControllerMetrics()
        try await ControllerServerHarness.with(actions: actions, metrics: metrics) { server in
            let sized = try await server.send(
                "POST", "/hooks/github", body: .bytes(Array(repeating: 0x20, count: (1 << 20) + 1)))
            #expect(sized.status == 413)
            #expect(sized.text == "payload larger than 1048576 bytes")
            // Chunked, so no Content-Length announces the size: the server stops reading past the limit.
            let chunks = AsyncThrowingStream<[UInt8], any Error> { continuation in
                for _ in 0..<17 { continuation.yield(Array(repeating: 0x20, count: 64 << 10)) }
                continuation.finish()
            }
            let chunked = try await server.send("POST", "/hooks/gitea", body: .stream(chunks))
            #expect(chunked.status == 413)
        }
        #expect(await actions.hooks.isEmpty)
        #expect(metrics.emit().contains(#"berth_webhook_requests_total{provider="gitea",result="too_large"} 1"#))
    }

    @Test func deploymentsAreListedAndLookedUp() async throws {
        try await ControllerServerHarness.with { server in
            let all = try await server.send("GET", "/api/v1/deployments")
            #expect(all.status == 200)
            #expect(all.contentType == "application/json")
            let list = try #require(try JSONSerialization.jsonObject(with: Data(all.text.utf8)) as? [[String: Any]])
            #expect(list.compactMap { $0["name"] as? String } == ["api", "web"])

            let web = try await server.send("GET", "/api/v1/deployments/web")
            #expect(web.status == 200)
            #expect(try web.object["pinnedGeneration"] as? Int == 2)
            #expect(try web.object["pinReason"] as? String == "berth rollback")
            #expect(web.text.contains(#""lastTransitionTime":"2026-09-21T14:13:20Z""#))

            let missing = try await server.send("GET", "/api/v1/deployments/nope")
            #expect(missing.status == 404)
            #expect(try missing.object["error"] as? String == #"no deployment named "nope""#)
        }
    }

    @Test func driftAnswersTheNewestReport() async throws {
        try await ControllerServerHarness.with { server in
            let answer = try await server.send("GET", "/api/v1/drift")
            #expect(answer.status == 200)
            let object = try answer.object
            #expect(object["host"] as? String == "web-host")
            let findings = try #require(object["findings"] as? [[String: Any]])
            #expect(findings.first?["field"] as? String == "spec.resources.memory")
            #expect(findings.first?["live"] as? String == "128Mi")
            #expect(answer.text.contains(#""firstSeen":"2026-"#), "dates in ISO 8601: \(answer.text)")
        }
    }

    @Test func routerStatusSaysWhetherEveryRouteMatchesWhatRuns() async throws {
        try await ControllerServerHarness.with { server in
            let answer = try await server.send("GET", "/api/v1/router")
            #expect(answer.status == 200)
            let object = try answer.object
            #expect(object["inSync"] as? Bool == true)
            #expect(object["router"] as? String == "Caddy at http://127.0.0.1:2019")
            let routes = try #require(object["routes"] as? [[String: Any]])
            #expect(routes.first?["upstream"] as? String == "127.0.0.1:20002")
            #expect(routes.first?["matches"] as? Bool == true)
        }
    }

    @Test func historyPassesTheLimit() async throws {
        let actions = FakeControllerActions()
        try await ControllerServerHarness.with(actions: actions) { server in
            let limited = try await server.send("GET", "/api/v1/deployments/web/history?limit=5")
            #expect(limited.status == 200)
            #expect(limited.text.hasPrefix(#"[{"appCommit":"abc123","configCommit":"c0ffee""#))
            #expect(try await server.send("GET", "/api/v1/deployments/web/history").status == 200)
            let bad = try await server.send("GET", "/api/v1/deployments/web/history?limit=lots")
            #expect(bad.status == 400)
            #expect(try bad.object["error"] as? String == "limit must be a number from 1 to 1000")
        }
        #expect(await actions.historyLimits == [5, 20])
    }

    @Test func runsAndTheirLogs() async throws {
        try await ControllerServerHarness.with { server in
            let run = try await server.send("GET", "/api/v1/runs/1")
            #expect(run.status == 200)
            #expect(try run.object["result"] as? String == "succeeded")
            #expect(try run.object["startedAt"] as? String == "2026-09-21T14:13:20Z")
            #expect(try await server.send("GET", "/api/v1/runs/2").status == 404)
            #expect(try await server.send("GET", "/api/v1/runs/two").status == 400)

            let logs = try await server.send("GET", "/api/v1/runs/1/logs")
            #expect(logs.status == 200)
            let transitions = try #require(try logs.object["transitions"] as? [[String: Any]])
            let lines = try #require(try logs.object["lines"] as? [[String: Any]])
            #expect(transitions.first?["stage"] as? String == "build")
            #expect(lines.first?["text"] as? String == "Step 1/2 : FROM busybox")
            #expect(try await server.send("GET", "/api/v1/runs/2/logs").status == 404)
        }
    }

    static let mutatingPaths = ["/api/v1/deployments/web/sync", "/api/v1/deployments/web/rollback"]

    @Test(arguments: mutatingPaths)
    func mutatingCallsAre401WithoutTheRightToken(path: String) async throws {
        let actions = FakeControllerActions()
        try await ControllerServerHarness.with(actions: actions) { server in
            for authorization in [[], [("Authorization", "Bearer s3cre")], [("Authorization", "Basic s3cret")]] {
                let answer = try await server.send("POST", path, headers: authorization)
                #expect(answer.status == 401)
                #expect(try answer.object["error"] is String)
            }
        }
        #expect(await actions.synced.isEmpty)
        #expect(await actions.rollbacks.isEmpty)
    }

    @Test(arguments: mutatingPaths)
    func mutatingCallsAre403WithoutAConfiguredToken(path: String) async throws {
        let actions = FakeControllerActions()
        try await ControllerServerHarness.with(actions: actions, apiToken: nil) { server in
            let answer = try await server.send("POST", path, headers: Self.bearer)
            #expect(answer.status == 403)
            #expect(try answer.object["error"] as? String == "no api.tokenFile configured")
        }
        #expect(await actions.synced.isEmpty)
        #expect(await actions.rollbacks.isEmpty)
    }

    @Test func syncWithTheTokenIsQueued() async throws {
        let actions = FakeControllerActions()
        try await ControllerServerHarness.with(actions: actions) { server in
            let known = try await server.send("POST", "/api/v1/deployments/web/sync", headers: Self.bearer)
            #expect(known.status == 202)
            #expect(try known.object["status"] as? String == "queued")
            let unknown = try await server.send("POST", "/api/v1/deployments/nope/sync", headers: Self.bearer)
            #expect(unknown.status == 404)
        }
        #expect(await actions.synced == ["web"])
    }

    @Test func rollbackAnswersTheRolloutOr409() async throws {
        let actions = FakeControllerActions()
        try await ControllerServerHarness.with(actions: actions) { server in
            let to = try await server.send(
                "POST", "/api/v1/deployments/web/rollback", headers: Self.bearer,
                body: .bytes(Array(#"{"generation": 1}"#.utf8)))
            #expect(to.status == 200)
            #expect(try to.object["generation"] as? Int == 2)
            let previous = try await server.send("POST", "/api/v1/deployments/web/rollback", headers: Self.bearer)
            #expect(previous.status == 200)

            let nothing = try await server.send("POST", "/api/v1/deployments/api/rollback", headers: Self.bearer)
            #expect(nothing.status == 409)
            #expect(try nothing.object["error"] as? String == "api has no earlier generation to roll back to")
            let malformed = try await server.send(
                "POST", "/api/v1/deployments/web/rollback", headers: Self.bearer, body: .bytes(Array("1".utf8)))
            #expect(malformed.status == 400)
        }
        let rollbacks = await actions.rollbacks
        #expect(rollbacks.map(\.deployment) == ["web", "web"])
        #expect(rollbacks.map(\.generation) == [1, nil])
    }

    @Test func probesAnswer() async throws {
        let actions = FakeControllerActions()
        try await ControllerServerHarness.with(actions: actions) { server in
            let health = try await server.send("GET", "/healthz")
            #expect(health.status == 200)
            #expect(health.text == "ok")
            #expect(try await server.send("GET", "/readyz").status == 503)
            actions.becomeReady()
            #expect(try await server.send("GET", "/readyz").status == 200)
        }
    }

    @Test func metricsServesEveryMetricAfterRecording() async throws {
        let metrics = ControllerMetrics()
        metrics.recordPass(seconds: 0.4)
        metrics.recordRollout(result: "succeeded")
        metrics.setDeployments(byCondition: ["Ready": 3])
        metrics.setQueueDepth(2)
        metrics.recordGitFetch(seconds: 0.2)
        metrics.recordDockerError()
        try await ControllerServerHarness.with(metrics: metrics) { server in
            _ = try await server.send("POST", "/hooks/github", body: .bytes(Array("{}".utf8)))
            let answer = try await server.send("GET", "/metrics")
            #expect(answer.status == 200)
            #expect(answer.contentType?.hasPrefix("text/plain; version=0.0.4") == true)
            for line in [
                "berth_reconcile_pass_seconds_count 1", #"berth_rollouts_total{result="succeeded"} 1"#,
                #"berth_deployments{condition="Ready"} 3"#, "berth_queue_depth 2", "berth_git_fetch_seconds_count 1",
                "berth_docker_api_errors_total 1",
                #"berth_webhook_requests_total{provider="github",result="ignored"} 1"#,
            ] {
                #expect(answer.text.contains(line), "no \(line) in /metrics")
            }
        }
    }
}
