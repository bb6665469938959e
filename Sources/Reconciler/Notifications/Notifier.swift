package import Drivers
package import Foundation
package import Logging
import Manifest
import ServiceLifecycle

/// Tells the `notify` targets about deployments (DESIGN §14): each event goes to every target whose `on:` filter it
/// passes, each delivery in a task of its own, retried with exponential backoff (``NotificationRetry``), recorded in
/// history (`GET /api/v1/notifications`) and counted in `berth_notifications_total{type,result}`.
///
/// ``notify(_:)`` never waits and a delivery never fails anything but itself: a rollout is done before its
/// notifications are sent. On a graceful shutdown the backoff waits end: deliveries that were to be retried are
/// recorded `failed`.
///
/// ```swift
/// let notifier = Notifier(targets: targets, history: history, metrics: metrics, logger: logger)
/// // a service's run(): await notifier.run()   — until finish()
/// notifier.notify(event)
/// ```
package final class Notifier: Sendable {
    private let targets: [NotificationTarget]
    private let history: History
    private let metrics: ControllerMetrics
    private let retry: NotificationRetry
    private let clock: any Clock<Duration>
    private let logger: Logger
    private let outbox = Outbox<DeploymentEvent>(capacity: 1000)

    package init(
        targets: [NotificationTarget], history: History, metrics: ControllerMetrics,
        retry: NotificationRetry = .standard, clock: any Clock<Duration> = ContinuousClock(), logger: Logger
    ) {
        self.targets = targets
        self.history = history
        self.metrics = metrics
        self.retry = retry
        self.clock = clock
        self.logger = logger
    }

    /// Hands `event` to the targets that hear it; returns at once.
    package func notify(_ event: DeploymentEvent) {
        guard targets.contains(where: { $0.hears(event) }) else { return }
        outbox.send(event)
    }

    /// Ends ``run()`` once the deliveries under way are done.
    package func finish() {
        outbox.finish()
    }

    /// Delivers every event handed to ``notify(_:)`` until ``finish()``, then waits for the deliveries under way.
    package func run() async {
        await withDiscardingTaskGroup { group in
            for await event in outbox.items {
                for target in targets where target.hears(event) {
                    group.addTask { await self.deliver(event, to: target) }
                }
            }
        }
    }

    /// Tries `event` on `target` until it is delivered, refused for good, or the attempts are used up; history
    /// keeps where it stands after each attempt.
    func deliver(_ event: DeploymentEvent, to target: NotificationTarget) async {
        let type = target.kind.rawValue
        let metadata: Logger.Metadata = [
            "deployment.name": "\(event.deployment)", "notify.target": "\(target.name)",
            "notify.event": "\(event.event)",
        ]
        var record: Int64?
        var attempt = 0
        while true {
            attempt += 1
            let failure: NotificationError
            do {
                try await target.sender.send(event)
                metrics.recordNotification(type: type, result: "delivered")
                await keep(event, target, &record, state: .delivered, attempts: attempt, error: nil)
                logger.info("notified \(target.name) of \(event.event.rawValue)", metadata: metadata)
                return
            } catch {
                failure = error
            }
            guard !failure.isPermanent, let wait = retry.backoff(after: attempt) else {
                metrics.recordNotification(type: type, result: "failed")
                await keep(event, target, &record, state: .failed, attempts: attempt, error: failure.message)
                logger.warning(
                    "notification to \(target.name) given up after \(counted(attempt, "attempt")): \(failure.message)",
                    metadata: metadata)
                return
            }
            metrics.recordNotification(type: type, result: "retried")
            await keep(event, target, &record, state: .retrying, attempts: attempt, error: failure.message)
            logger.info(
                "notification to \(target.name) failed, retrying in \(wait): \(failure.message)", metadata: metadata)
            let clock = clock
            do {
                try await cancelWhenGracefulShutdown { try await clock.sleep(for: wait) }
            } catch {
                metrics.recordNotification(type: type, result: "failed")
                await keep(
                    event, target, &record, state: .failed, attempts: attempt,
                    error: "\(failure.message); berth stopped before attempt \(attempt + 1)")
                return
            }
        }
    }

    /// Records the delivery after an attempt: inserts it after the first, updates it after the others. A history
    /// that cannot be written is logged and changes nothing else.
    private func keep(
        _ event: DeploymentEvent, _ target: NotificationTarget, _ record: inout Int64?,
        state: NotificationDelivery.State, attempts: Int, error: String?
    ) async {
        let now = Date()
        do {
            if let id = record {
                try await history.update(delivery: id, state: state, attempts: attempts, lastError: error, at: now)
            } else {
                record = try await history.record(
                    NotificationDelivery(
                        target: target.name, type: target.kind.rawValue, destination: target.sender.destination,
                        event: event.event.rawValue, deployment: event.deployment, generation: event.generation,
                        state: state, attempts: attempts, lastError: error, createdAt: now, updatedAt: now))
            }
        } catch {
            logger.warning("notification to \(target.name) not kept in history: \(error)")
        }
    }
}
