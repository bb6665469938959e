import Drivers
import Foundation

/// Where a service's rollout to one generation stands, read from the service and its tasks in one look: Swarm's
/// update state, the tasks of that generation that run (with the host port each publishes) and why any of them
/// failed. Pure: ``SwarmRuntime`` reads, this judges.
struct ServiceProgress: Sendable, Hashable {
    /// What Swarm says of the update.
    enum Verdict: Sendable, Hashable {
        /// Swarm is still replacing tasks, or has not begun (an update's status is empty until it does).
        case inProgress
        /// Every task of the generation was started and passed Swarm's monitor; for a service just created, which has
        /// no update to report, its tasks are being started.
        case completed
        /// Swarm stopped the update after a task failed (`failureAction: pause`); its words.
        case paused(String)
        /// Swarm is rolling the service back (`failureAction: rollback`); its words.
        case rollingBack(String)
        /// Swarm rolled the service back, or stopped doing so (`rollback_paused`); its words.
        case rolledBack(String)
        /// A task of a service this rollout created failed (Swarm has no update to roll back, and would only start
        /// the task again); why.
        case taskFailed(String)
    }

    /// A task of the generation that runs, and where it answers.
    struct Endpoint: Sendable, Hashable {
        let node: String
        /// The host port it publishes for the app's first port; nil when it publishes none (host network).
        let port: Int?
    }

    var verdict: Verdict
    /// The tasks the service asks for.
    var desired: Int
    /// The generation's tasks that run, by slot.
    var running: [Endpoint]
    /// The newest reason one of the generation's tasks failed (`task: non-zero exit (1)`), if one did.
    var lastTaskFailure: String?

    /// Whether the generation has settled healthy: Swarm completed (for a service just created, which has no update
    /// to report: started) and every desired task of the generation runs. While Swarm still monitors the new tasks the
    /// update is not done, even when they all run.
    var isDone: Bool {
        guard case .completed = verdict else { return false }
        return running.count >= desired
    }

    /// - Parameters:
    ///   - service: the service as inspected; its update status says where Swarm's update is.
    ///   - tasks: its tasks.
    ///   - generation: the generation rolled out (``BerthLabel/generation`` on the tasks' containers).
    ///   - updated: whether this rollout updated an existing service (a new one has no update status to wait for).
    init(service: SwarmService, tasks: [SwarmTask], generation: Int, updated: Bool) {
        let mine = tasks.filter { $0.containerLabels[BerthLabel.generation] == String(generation) }
        let status = service.updateStatus
        switch status?.state {
        case .paused?: verdict = .paused(status?.message ?? "")
        case .rollbackStarted?: verdict = .rollingBack(status?.message ?? "")
        case .rollbackPaused?, .rollbackCompleted?: verdict = .rolledBack(status?.message ?? "")
        case .completed?: verdict = .completed
        case nil where !updated: verdict = .completed
        default: verdict = .inProgress
        }
        let failed = mine.filter { [.failed, .rejected].contains($0.state) }
            .max { ($0.updatedAt ?? .distantPast) < ($1.updatedAt ?? .distantPast) }
        if !updated, let failed { verdict = .taskFailed(failed.error ?? "task \(failed.state)") }
        if case .replicated(let replicas) = service.spec.mode { desired = replicas } else { desired = service.desiredTasks ?? 0 }
        running = mine.filter { $0.state == .running && $0.desiredState == .running }
            .map { Endpoint(node: $0.nodeID, port: $0.publishedPorts.first?.publishedPort) }
        lastTaskFailure = mine.filter { $0.error != nil }.max { ($0.updatedAt ?? .distantPast) < ($1.updatedAt ?? .distantPast) }?
            .error
    }

    init(verdict: Verdict, desired: Int, running: [Endpoint], lastTaskFailure: String? = nil) {
        self.verdict = verdict
        self.desired = desired
        self.running = running
        self.lastTaskFailure = lastTaskFailure
    }

    /// `2/3 tasks of generation 4 running`.
    func summary(generation: Int) -> String {
        "\(running.count)/\(desired) tasks of generation \(generation) running"
    }
}
