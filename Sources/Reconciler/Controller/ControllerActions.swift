package import Foundation

/// What `berth run`'s HTTP server asks of the controller (DESIGN §6): webhooks, the read API, sync and rollback.
/// ``Controller`` implements it; the server only maps HTTP to these calls and their results to HTTP.
package protocol ControllerActions: Sendable {
    /// Verifies, parses and acts on a webhook; the outcome says what to answer.
    func webhook(_ provider: WebhookProvider, headers: WebhookHeaders, body: [UInt8]) async -> WebhookOutcome

    /// Every deployment's status.
    func deployments() async throws -> [DeploymentStatus]

    /// Every deployment as the dashboard's overview shows it.
    func summaries() async throws -> [DeploymentSummary]

    /// A deployment's rollouts, newest first.
    func history(of deployment: String, limit: Int) async throws -> [Rollout]

    /// One rollout; nil when there is no such run.
    func run(_ id: Int64) async throws -> Rollout?

    /// One rollout's stage transitions and output lines.
    func logs(of id: Int64) async throws -> (transitions: [StageTransition], lines: [RolloutLogLine])

    /// Queues a reconcile of `deployment` now, ignoring its backoff; false when no such deployment is declared.
    /// `actor` (who asked: `api`, `dashboard:<name>`) is recorded in history.
    func sync(_ deployment: String, by actor: String) async -> Bool

    /// Rolls `deployment` back (to the generation given, or the previous one) and pins it; `actor` is recorded.
    /// - Throws: ``RollbackError`` when there is nothing to roll back to.
    func rollback(_ deployment: String, to generation: Int?, by actor: String) async throws -> Rollout

    /// Lifts `deployment`'s pin and queues a reconcile, so it converges on what the config asks; false when it was
    /// not pinned. `actor` is recorded.
    func unpin(_ deployment: String, by actor: String) async throws -> Bool

    /// Suspends `deployment` (a runtime pause kept in history; the manifest's `spec.suspend` is separate): passes
    /// leave it as it runs until ``resume(_:by:)``. False when no such deployment is declared.
    func suspend(_ deployment: String, by actor: String) async throws -> Bool

    /// Lifts a suspension ``suspend(_:by:)`` made, never `spec.suspend`, and queues a reconcile; false when there
    /// was none.
    func resume(_ deployment: String, by actor: String) async throws -> Bool

    /// Cancels `deployment`'s running rollout, which stops at its next safe point (a build is cancelled, a candidate
    /// removed, a swap completes) and is recorded `cancelled` with `actor`; a run queued for it is dropped. Cancel
    /// is not queued (DESIGN §14). False when no rollout of it ran.
    func cancel(_ deployment: String, by actor: String) async -> Bool

    /// Whether a rollout of `deployment` runs now (the dashboard offers cancel then).
    func isRollingOut(_ deployment: String) -> Bool

    /// What the newest plan says of `deployment`; nil before the first pass or when it is not planned.
    func plan(of deployment: String) async -> PlanLine?

    /// The history the dashboard reads rollouts, logs, actions and plans from, and watches runs in.
    var history: History { get }

    /// Where a config commit is shown on the forge, when a forge with a web page is configured.
    func configCommitURL(_ commit: String) -> String?

    /// The routes berth owns in its router and whether they match what runs (``RouterStatus``).
    func routerStatus() async throws -> RouterStatus

    /// The newest drift scan's report (a scan now when there is none yet).
    /// - Throws: ``DriftNotReady`` before the first pass.
    func drift() async throws -> DriftReport

    /// True once the first complete pass has finished (`/readyz`).
    var isReady: Bool { get }
}

/// One deployment's line of a plan, in words: what a pass would do and why.
package struct PlanLine: Sendable, Hashable, Codable {
    /// `create`, `update`, `in-sync`, `drifted`, `prune`, `invalid`, `unresolved`, `suspended`, `pinned`.
    package var action: String
    /// Why, in words.
    package var detail: String
    /// When the pass that planned it ran; nil when not known.
    package var plannedAt: Date?

    package init(action: String, detail: String, plannedAt: Date? = nil) {
        self.action = action
        self.detail = detail
        self.plannedAt = plannedAt
    }
}
