import Drivers
import Foundation
import Logging
import Manifest
import Synchronization
import Testing

@testable import Reconciler

/// The notifier against fake senders that fail as scripted: who hears what, retries with backoff, bounded attempts,
/// refusals for good, and what history and metrics keep.
@Suite struct NotifierTests {
    /// A sender that fails its first calls as `script` says (nil: accept) and records every event it was given.
    final class ScriptedSender: NotificationSender {
        private let state: Mutex<(script: [NotificationError?], received: [DeploymentEvent])>
        let destination = "https://hooks.example.com:443"

        init(_ script: [NotificationError?] = []) {
            state = Mutex((script, []))
        }

        var received: [DeploymentEvent] { state.withLock { $0.received } }

        func send(_ event: DeploymentEvent) async throws(NotificationError) {
            let failure = state.withLock { state -> NotificationError? in
                state.received.append(event)
                return state.script.isEmpty ? nil : state.script.removeFirst()
            }
            if let failure { throw failure }
        }
    }

    private static let quick = NotificationRetry(
        attempts: 3, firstBackoff: .milliseconds(5), maximumBackoff: .seconds(1))

    private static func event(_ kind: NotifyTarget.Event, deployment: String = "web") -> DeploymentEvent {
        DeploymentEvent(
            event: kind, deployment: deployment, generation: 4, result: kind == .success ? "succeeded" : "failed",
            reason: "failed at health: /healthz answered 503", configCommit: String(repeating: "c", count: 40),
            appCommit: String(repeating: "a", count: 40), runURL: "http://127.0.0.1:8088/runs/9",
            time: Date(timeIntervalSince1970: 1_800_000_000))
    }

    /// Runs a notifier over `targets`, hands it `events`, and returns once every delivery is done.
    private static func deliver(
        _ events: [DeploymentEvent], to targets: [NotificationTarget], history: History, metrics: ControllerMetrics,
        retry: NotificationRetry = quick
    ) async {
        let notifier = Notifier(
            targets: targets, history: history, metrics: metrics, retry: retry, logger: Logger(label: "test"))
        for event in events { notifier.notify(event) }
        notifier.finish()
        await notifier.run()
    }

    @Test func eachEventGoesOnlyToTheTargetsWhoseFilterItPasses() async throws {
        let failures = ScriptedSender()
        let successes = ScriptedSender()
        let everything = ScriptedSender()
        let history = try History()
        await Self.deliver(
            [Self.event(.failure), Self.event(.success), Self.event(.drift)],
            to: [
                NotificationTarget(name: "pager", kind: .webhook, events: NotifyTarget.defaultEvents, sender: failures),
                NotificationTarget(name: "wins", kind: .slack, events: [.success], sender: successes),
                NotificationTarget(
                    name: "all", kind: .email, events: Set(NotifyTarget.Event.allCases), sender: everything),
            ], history: history, metrics: ControllerMetrics())
        #expect(failures.received.map(\.event) == [.failure])
        #expect(successes.received.map(\.event) == [.success])
        #expect(Set(everything.received.map(\.event)) == [.failure, .success, .drift])
        let kept = try await history.notificationDeliveries(limit: 10)
        #expect(kept.count == 5 && kept.allSatisfy { $0.state == .delivered && $0.attempts == 1 })
        #expect(Set(kept.map(\.target)) == ["pager", "wins", "all"])
    }

    @Test func aFailedAttemptIsRetriedAfterABackoffUntilItIsDelivered() async throws {
        let sender = ScriptedSender([
            NotificationError("POST https://hooks.example.com:443 answered 503"), NotificationError("refused"),
        ])
        let history = try History()
        let metrics = ControllerMetrics()
        let started = ContinuousClock.now
        await Self.deliver(
            [Self.event(.failure)],
            to: [NotificationTarget(name: "hook", kind: .webhook, events: [.failure], sender: sender)],
            history: history, metrics: metrics)
        #expect(sender.received.count == 3)
        #expect(ContinuousClock.now - started >= .milliseconds(15), "waited 5 ms, then 10 ms")
        let kept = try #require(try await history.notificationDeliveries(limit: 10).first)
        #expect(kept.state == .delivered && kept.attempts == 3 && kept.lastError == nil)
        #expect(kept.target == "hook" && kept.type == "webhook" && kept.event == "failure" && kept.generation == 4)
        let text = metrics.emit()
        #expect(text.contains(#"berth_notifications_total{type="webhook",result="retried"} 2"#), "\(text)")
        #expect(text.contains(#"berth_notifications_total{type="webhook",result="delivered"} 1"#), "\(text)")
    }

    @Test func attemptsAreBoundedAndTheLastErrorIsKept() async throws {
        let sender = ScriptedSender(Array(repeating: NotificationError("POST http://127.0.0.1:9 refused"), count: 10))
        let history = try History()
        let metrics = ControllerMetrics()
        await Self.deliver(
            [Self.event(.rollback)],
            to: [NotificationTarget(name: "chat", kind: .slack, events: [.rollback], sender: sender)],
            history: history, metrics: metrics)
        #expect(sender.received.count == 3, "NotificationRetry.attempts is the bound")
        let kept = try #require(try await history.notificationDeliveries(limit: 10).first)
        #expect(kept.state == .failed && kept.attempts == 3)
        #expect(kept.lastError == "POST http://127.0.0.1:9 refused")
        #expect(metrics.emit().contains(#"berth_notifications_total{type="slack",result="failed"} 1"#))
    }

    @Test func aRefusalForGoodIsNotRetried() async throws {
        let sender = ScriptedSender([
            NotificationError("POST https://hooks.example.com:443 answered 404", permanent: true)
        ])
        let history = try History()
        await Self.deliver(
            [Self.event(.failure)],
            to: [NotificationTarget(name: "hook", kind: .webhook, events: [.failure], sender: sender)],
            history: history, metrics: ControllerMetrics())
        #expect(sender.received.count == 1)
        let kept = try #require(try await history.notificationDeliveries(limit: 10).first)
        #expect(kept.state == .failed && kept.attempts == 1 && kept.lastError?.contains("answered 404") == true)
    }

    @Test func notifyReturnsAtOnceWhileADeliveryWaits() async throws {
        let sender = ScriptedSender([NotificationError("down")])
        let notifier = Notifier(
            targets: [NotificationTarget(name: "hook", kind: .webhook, events: [.failure], sender: sender)],
            history: try History(), metrics: ControllerMetrics(),
            retry: NotificationRetry(attempts: 2, firstBackoff: .seconds(30), maximumBackoff: .seconds(30)),
            logger: Logger(label: "test"))
        try await withThrowingTaskGroup { group in
            group.addTask { await notifier.run() }
            notifier.notify(Self.event(.failure))
            let started = ContinuousClock.now
            notifier.notify(Self.event(.failure))
            #expect(ContinuousClock.now - started < .milliseconds(50))
            while sender.received.count < 2 { try await Task.sleep(for: .milliseconds(5)) }
            group.cancelAll()
        }
        #expect(sender.received.count == 2, "both deliveries ran side by side: neither waited for the other's backoff")
    }

    @Test func theBackoffDoublesUpToItsMaximum() {
        let retry = NotificationRetry(attempts: 6, firstBackoff: .seconds(1), maximumBackoff: .seconds(5))
        #expect(
            (1...6).map { retry.backoff(after: $0) } == [
                .seconds(1), .seconds(2), .seconds(4), .seconds(5), .seconds(5), nil,
            ])
        #expect(NotificationRetry.standard.attempts == 5)
    }

    @Test func aFinishedRolloutTellsItsEvent() {
        func rollout(_ result: Rollout.Result, rollbackOf: Int? = nil) -> Rollout {
            var rollout = Rollout(
                deployment: "web", generation: 7, configCommit: "c0ffee", appCommit: "a11ce", image: "i",
                specHash: "h", strategy: "start-first", rollbackOf: rollbackOf)
            rollout.id = 41
            rollout.result = result
            rollout.failingStage = "health"
            rollout.error = "/healthz answered 503"
            return rollout
        }
        let event = { (rollout: Rollout) in DeploymentEvent(rollout, fallback: "?", apiBaseURL: "http://b:8088") }
        #expect(event(rollout(.succeeded))?.event == .success)
        #expect(event(rollout(.succeeded, rollbackOf: 5))?.event == .rollback)
        #expect(event(rollout(.rolledBack))?.event == .rollback)
        #expect(event(rollout(.blocked))?.event == .failure)
        #expect(event(rollout(.interrupted))?.event == .failure)
        #expect(event(rollout(.cancelled)) == nil && event(rollout(.running)) == nil)
        let failed = event(rollout(.failed))
        #expect(failed?.event == .failure && failed?.result == "failed" && failed?.generation == 7)
        #expect(failed?.reason == "failed at health: /healthz answered 503")
        #expect(failed?.runURL == "http://b:8088/runs/41" && failed?.appCommit == "a11ce")
    }
}
