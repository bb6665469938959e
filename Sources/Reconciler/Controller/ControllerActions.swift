/// What `berth run`'s HTTP server asks of the controller (DESIGN §6): webhooks, the read API, sync and rollback.
/// ``Controller`` implements it; the server only maps HTTP to these calls and their results to HTTP.
package protocol ControllerActions: Sendable {
    /// Verifies, parses and acts on a webhook; the outcome says what to answer.
    func webhook(_ provider: WebhookProvider, headers: WebhookHeaders, body: [UInt8]) async -> WebhookOutcome

    /// Every deployment's status.
    func deployments() async throws -> [DeploymentStatus]

    /// A deployment's rollouts, newest first.
    func history(of deployment: String, limit: Int) async throws -> [Rollout]

    /// One rollout; nil when there is no such run.
    func run(_ id: Int64) async throws -> Rollout?

    /// One rollout's stage transitions and output lines.
    func logs(of id: Int64) async throws -> (transitions: [StageTransition], lines: [RolloutLogLine])

    /// Queues a reconcile of `deployment` now, ignoring its backoff; false when no such deployment is declared.
    func sync(_ deployment: String) async -> Bool

    /// Rolls `deployment` back (to the generation given, or the previous one) and pins it.
    /// - Throws: ``RollbackError`` when there is nothing to roll back to.
    func rollback(_ deployment: String, to generation: Int?) async throws -> Rollout

    /// The routes berth owns in its router and whether they match what runs (``RouterStatus``).
    func routerStatus() async throws -> RouterStatus

    /// The newest drift scan's report (a scan now when there is none yet).
    /// - Throws: ``DriftNotReady`` before the first pass.
    func drift() async throws -> DriftReport

    /// True once the first complete pass has finished (`/readyz`).
    var isReady: Bool { get }
}
