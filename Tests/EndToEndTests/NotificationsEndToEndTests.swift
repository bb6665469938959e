import Drivers
import Foundation
import Logging
import Reconciler
import TestSupport
import Testing

/// Issue 21 item 4: `berth run` tells its `notify` targets about a failed rollout — a signed JSON webhook, a
/// Slack-shaped message and a mail over STARTTLS, each to a real receiver on 127.0.0.1 — while a target that is down
/// gets retries (visible in `/api/v1/notifications`) and holds back no rollout.
@Suite(
    .serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct NotificationsEndToEndTests {
    private static let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    @Test func aFailedRolloutIsToldToEveryTargetAndADownOneIsRetried() async throws {
        let receiver = try NotificationReceiver()
        let smtp = try SMTPTestServer()
        let closed = try #require(LoopbackListener())
        let downPort = closed.port
        closed.close()
        let secrets = try TemporaryDirectory(prefix: "berth-e2e-notify")
        let slackPath = "/services/T0BERTH/B0BERTH/s3cr3t-slack-token"
        let slackURL = try secrets.write(receiver.url(slackPath) + "\n", to: "slack-url")
        let hookSecret = try secrets.write(receiver.secret + "\n", to: "hook-secret")
        let smtpPassword = try secrets.write(smtp.password + "\n", to: "smtp-password")
        let notify = """
            notify:
              - {name: ops-hook, type: webhook, url: "\(receiver.url("/hook"))", secretFile: \(hookSecret.path)}
              - {name: chat, type: slack, urlFile: \(slackURL.path), on: [failure]}
              - name: mail
                type: email
                smtp: {host: 127.0.0.1, port: \(smtp.port), username: \(smtp.username), passwordFile: \(smtpPassword.path), caFile: \(smtp.caFile)}
                from: berth@example.com
                to: [ops@example.com]
              - {name: down, type: webhook, url: "http://127.0.0.1:\(downPort)/hook", on: [failure, success]}
            """
        try await Scenario.runListening(controllerExtra: notify) { scenario, port, _ in
            let appCommit = try scenario.commitApp("a", page: "v1 unhealthy", healthy: false)
            let configCommit = try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
            let name = scenario.name("a")
            let run = try scenario.startRun()
            defer { run.killHard() }
            let told = try await scenario.eventually(within: .seconds(45)) {
                try receiver.received().count >= 2 && !smtp.received().isEmpty
            }
            #expect(told, "\((try? receiver.received().map(\.path)) ?? [])\n\(run.printed)")
            let rollout = try #require(try await scenario.history("a").first)
            #expect(
                rollout.result == .failed && rollout.failingStage == "health", "the rollout failed as it would alone")

            let hooks = try receiver.received().filter { $0.path == "/hook" }
            #expect(hooks.count == 1, "one webhook for the one failed rollout")
            let hook = try #require(hooks.first)
            #expect(hook.verified, "the receiver verified X-Berth-Signature-256: \(hook.headers)")
            let event = hook.json
            #expect(event["event"] as? String == "failure" && event["result"] as? String == "failed")
            #expect(event["deployment"] as? String == name && event["generation"] as? Int == rollout.generation)
            #expect(event["configCommit"] as? String == configCommit && event["appCommit"] as? String == appCommit)
            #expect((event["reason"] as? String)?.hasPrefix("failed at health: ") == true, "\(event)")
            #expect(event["runURL"] as? String == "http://127.0.0.1:\(port)/runs/\(rollout.id ?? -1)")
            #expect(event["time"] is String)

            let chats = try receiver.received().filter { $0.path == slackPath }
            #expect(chats.count == 1 && chats.first?.json.keys.sorted() == ["text"])
            let text = try #require(chats.first?.json["text"] as? String)
            #expect(
                text.hasPrefix("berth: \(name) failure — generation \(rollout.generation) failed: failed at health"))
            #expect(!text.contains("\n"), "one line")

            let mails = try smtp.received()
            #expect(mails.count == 1)
            let mail = try #require(mails.first)
            #expect(mail.tls, "STARTTLS on the test's self-signed certificate, trusted through smtp.caFile")
            #expect(
                mail.login == smtp.username && mail.from == "berth@example.com"
                    && mail.recipients == ["ops@example.com"])
            #expect(
                mail.content.contains("\r\nSubject: berth: \(name) failure — generation \(rollout.generation) failed"))
            #expect(mail.content.contains("\r\nconfig commit: \(configCommit)\r\n"))

            // The down target is retried with backoff and shown without secrets; nothing waits for it.
            let api = HTTPClient(endpoint: .tcp(host: "127.0.0.1", port: port), logger: Self.quiet)
            func get(_ target: String) async throws -> String {
                let response = try await api.execute(HTTPRequest(method: "GET", target: target, timeout: .seconds(10)))
                return String(decoding: try await response.body.collect(upTo: 1 << 20), as: UTF8.self)
            }
            func deliveries() async throws -> [[String: Any]] {
                try JSONSerialization.jsonObject(with: Data(try await get("/api/v1/notifications").utf8))
                    as? [[String: Any]] ?? []
            }
            let retried = try await scenario.eventually(within: .seconds(15)) {
                try await deliveries().contains {
                    $0["target"] as? String == "down" && ($0["attempts"] as? Int ?? 0) > 1
                }
            }
            let listed = try await deliveries()
            #expect(retried, "\(listed)\n\(run.printed)")
            let down = try #require(listed.first { $0["target"] as? String == "down" })
            #expect(["retrying", "failed"].contains(down["state"] as? String))
            #expect(
                down["destination"] as? String == "http://127.0.0.1:\(downPort)" && down["type"] as? String == "webhook"
            )
            #expect((down["lastError"] as? String)?.hasPrefix("POST http://127.0.0.1:\(downPort): ") == true, "\(down)")
            for target in ["ops-hook", "chat", "mail"] {
                let delivered = listed.first { $0["target"] as? String == target }
                #expect(
                    delivered?["state"] as? String == "delivered" && delivered?["attempts"] as? Int == 1, "\(target)")
                #expect(delivered?["event"] as? String == "failure" && delivered?["deployment"] as? String == name)
            }
            let everything = try await get("/api/v1/notifications") + run.printed
            #expect(
                !everything.contains("s3cr3t") && !everything.contains(smtp.password)
                    && !everything.contains(receiver.secret))
            let metrics = try await get("/metrics")
            #expect(metrics.contains(#"berth_notifications_total{type="webhook",result="delivered"} 1"#), "\(metrics)")
            #expect(metrics.contains(#"berth_notifications_total{type="slack",result="delivered"} 1"#))
            #expect(metrics.contains(#"berth_notifications_total{type="email",result="delivered"} 1"#))
            #expect(metrics.contains(#"berth_notifications_total{type="webhook",result="retried"}"#))

            // While the down target still waits for its next attempt, a fixed commit rolls out at once.
            try scenario.commitApp("a", page: "v2")
            let push = WebhookSender.pushPayload(url: try scenario.app("a").fileURL)
            #expect(
                try await WebhookSender(port: port, secret: Scenario.webhookSecret).github(event: "push", push).status
                    == 202)
            let served = try await scenario.eventually(within: .seconds(20)) {
                scenario.page(at: try await scenario.onlyContainer("a")?.port) == "v2"
            }
            #expect(served, "\(run.printed)")
            let succeeded = try await scenario.eventually(within: .seconds(10)) {
                try await scenario.history("a").first?.result == .succeeded  // newest first
            }
            #expect(succeeded, "\(run.printed)")
            #expect(
                try receiver.received().filter { $0.path == "/hook" }.count == 1, "success is not in ops-hook's on:")
        }
    }

    @Test func aHandChangeFoundByADriftScanIsToldOnceToTargetsThatHearDrift() async throws {
        let receiver = try NotificationReceiver()
        let notify = """
            drift: {interval: 1s}
            notify:
              - {name: drift-hook, type: webhook, url: "\(receiver.url("/drift"))", on: [drift]}
              - {name: failures-only, type: webhook, url: "\(receiver.url("/failures"))"}
            """
        try await Scenario.runListening(controllerExtra: notify) { scenario, _, _ in
            let name = scenario.name("d")
            let configCommit = try scenario.commitConfig([
                "d.yaml": """
                apiVersion: berth/v1
                kind: Deployment
                metadata: {name: \(name)}
                spec:
                  image: \(DockerTestEnvironment.baseImage)
                  pull: never
                  command: [sleep, "86400"]
                  resources: {memory: 256Mi}
                  drift: report
                """
            ])
            let run = try scenario.startRun()
            defer { run.killHard() }
            #expect(try await run.waitForLine(containing: "\(name): succeeded"), "\(run.printed)")
            let container = try #require(await scenario.onlyContainer("d"))
            let update = try GitCommand.runAllowingFailure(
                "/usr/bin/docker", ["update", "--memory", "128m", "--memory-swap", "256m", container.id])
            #expect(update.status == 0, "\(update.stderr)")
            let told = try await scenario.eventually(within: .seconds(20)) { try !receiver.received().isEmpty }
            #expect(told, "\(run.printed)")
            try await Task.sleep(for: .seconds(3))  // more scans see the same finding: it is no news
            let posts = try receiver.received()
            #expect(posts.map(\.path) == ["/drift"], "told once, and only to the target that hears drift")
            let event = try #require(posts.first?.json)
            #expect(event["event"] as? String == "drift" && event["result"] as? String == "drifted")
            #expect(event["deployment"] as? String == name && event["configCommit"] as? String == configCommit)
            #expect((event["reason"] as? String)?.contains("spec.resources.memory: 256Mi → 128Mi") == true, "\(event)")
            #expect(event["generation"] == nil && event["runURL"] == nil)
        }
    }

    @Test func aSecretFileThatCannotBeReadStopsBerthRunNamingTheKey() async throws {
        let missing = "/nonexistent/berth-slack-url"
        let notify = "notify: [{type: webhook, url: \"http://127.0.0.1:9/hook\"}, {type: slack, urlFile: \(missing)}]"
        try await Scenario.run(controllerExtra: notify) { scenario in
            let run = try scenario.berth("run")
            #expect(run.status == 2, "\(run)")
            #expect(run.stderr.contains("notify[1].urlFile: \(missing) cannot be read"), "\(run)")
        }
    }
}
