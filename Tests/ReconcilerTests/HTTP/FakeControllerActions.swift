import Foundation
import Synchronization

@testable import Reconciler

/// A controller for the HTTP server's tests: answers from fixed data and records what it was asked.
actor FakeControllerActions: ControllerActions {
    /// One webhook as the server handed it over.
    struct Hook: Sendable {
        let provider: WebhookProvider
        let event: String?
        let body: [UInt8]
    }

    static let startedAt = Date(timeIntervalSince1970: 1_790_000_000)

    /// What every webhook is answered with.
    let outcome: WebhookOutcome
    private(set) var hooks: [Hook] = []
    private(set) var synced: [String] = []
    private(set) var rollbacks: [(deployment: String, generation: Int?)] = []
    private(set) var historyLimits: [Int] = []
    /// Every action asked, with who asked.
    private(set) var asked: [(kind: OperatorAction.Kind, deployment: String, actor: String)] = []
    private let ready = Mutex(false)
    /// An in-memory history the dashboard reads runs, logs and plans from.
    nonisolated let history: History

    init(outcome: WebhookOutcome = .ignored("nothing tracked"), history: History? = nil) {
        self.outcome = outcome
        // An in-memory database with the schema's migrations: it cannot fail to open.
        self.history = history ?? (try! History())
    }

    nonisolated var isReady: Bool { ready.withLock { $0 } }

    nonisolated func becomeReady() {
        ready.withLock { $0 = true }
    }

    func webhook(_ provider: WebhookProvider, headers: WebhookHeaders, body: [UInt8]) -> WebhookOutcome {
        hooks.append(Hook(provider: provider, event: headers["x-github-event"], body: body))
        return outcome
    }

    func drift() -> DriftReport {
        DriftReport(
            host: "web-host", scannedAt: Self.startedAt, configCommit: "c0ffee",
            findings: [
                DriftFinding(
                    deployment: "web", container: "web-2", field: "spec.resources.memory", desired: "64Mi",
                    live: "128Mi", firstSeen: Self.startedAt, adoptable: true)
            ])
    }

    func routerStatus() -> RouterStatus {
        RouterStatus(
            router: "Caddy at http://127.0.0.1:2019", reachable: true, error: nil,
            routes: [
                .init(
                    deployment: "web", host: "web.test", path: "/", upstream: "127.0.0.1:20002",
                    active: "127.0.0.1:20002", matches: true, problem: nil)
            ])
    }

    func deployments() -> [DeploymentStatus] {
        let ready = Condition(
            .ready, .true, reason: "RolloutSucceeded", message: "generation 2 serves", observedConfigCommit: "c0ffee",
            lastTransitionTime: Self.startedAt)
        return DeploymentStatus.all(
            containers: [], conditions: ["api": [], "web": [ready]],
            pins: ["web": Pin(generation: 2, specHash: "h", reason: "berth rollback")])
    }

    func history(of deployment: String, limit: Int) -> [Rollout] {
        historyLimits.append(limit)
        return deployment == "web" ? [Self.rollout] : []
    }

    func run(_ id: Int64) -> Rollout? {
        id == 1 ? Self.rollout : nil
    }

    func logs(of id: Int64) -> (transitions: [StageTransition], lines: [RolloutLogLine]) {
        (
            [StageTransition(rolloutID: id, stage: "build", state: "succeeded", message: "built", at: Self.startedAt)],
            [RolloutLogLine(rolloutID: id, stage: "build", text: "Step 1/2 : FROM busybox", at: Self.startedAt)]
        )
    }

    func sync(_ deployment: String, by actor: String) -> Bool {
        guard deployment == "web" else { return false }
        synced.append(deployment)
        asked.append((.sync, deployment, actor))
        return true
    }

    func rollback(_ deployment: String, to generation: Int?, by actor: String) throws -> Rollout {
        guard deployment == "web" else {
            throw RollbackError("\(deployment) has no earlier generation to roll back to")
        }
        rollbacks.append((deployment, generation))
        asked.append((.rollback, deployment, actor))
        return Self.rollout
    }

    func unpin(_ deployment: String, by actor: String) -> Bool {
        asked.append((.unpin, deployment, actor))
        return deployment == "web"
    }

    func suspend(_ deployment: String, by actor: String) -> Bool {
        guard deployment == "web" || deployment == "api" else { return false }
        asked.append((.suspend, deployment, actor))
        return true
    }

    func resume(_ deployment: String, by actor: String) -> Bool {
        asked.append((.resume, deployment, actor))
        return false
    }

    /// `web` is rolling out; nothing else is.
    func cancel(_ deployment: String, by actor: String) -> Bool {
        asked.append((.cancel, deployment, actor))
        return isRollingOut(deployment)
    }

    nonisolated func isRollingOut(_ deployment: String) -> Bool { deployment == "web" }

    /// `web` serves generation 2, ready and pinned, behind a route; `api` has never run.
    func summaries() -> [DeploymentSummary] {
        let ready = Condition(
            .ready, .true, reason: "RolloutSucceeded", message: "generation 2 serves", observedConfigCommit: "c0ffee",
            lastTransitionTime: Self.startedAt)
        let web = DeploymentStatus(
            name: "web", ready: true, generation: 2, appCommit: "abc123", configCommit: "c0ffee", port: 20002,
            state: "running", health: nil, pinnedGeneration: 2, pinReason: "berth rollback",
            message: "generation 2 serves", conditions: [ready])
        let api = DeploymentStatus(
            name: "api", ready: false, generation: nil, appCommit: nil, configCommit: nil, port: nil, state: nil,
            health: nil, pinnedGeneration: nil, pinReason: nil, message: "no container runs", conditions: [])
        return [
            DeploymentSummary(
                status: api, configCommitURL: nil),
            DeploymentSummary(
                status: web, lastRollout: Self.rollout, route: "web.test/",
                configCommitURL: configCommitURL("c0ffee")),
        ]
    }

    func plan(of deployment: String) -> PlanLine? {
        deployment == "web" ? PlanLine(action: "in-sync", detail: "generation 2 runs the desired spec") : nil
    }

    nonisolated func configCommitURL(_ commit: String) -> String? { "https://github.com/acme/deploy/commit/\(commit)" }

    /// Run 1: generation 2 of `web`, succeeded.
    static var rollout: Rollout {
        var rollout = Rollout(
            deployment: "web", generation: 2, configCommit: "c0ffee", appCommit: "abc123", image: "berth/web:2",
            specHash: "hash", strategy: "start-first", startedAt: startedAt)
        rollout.id = 1
        rollout.result = .succeeded
        return rollout
    }
}
