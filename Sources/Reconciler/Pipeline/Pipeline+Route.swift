import Drivers
import Logging
import Manifest

/// The swap's traffic side (DESIGN §13): pointing the route at a generation, and the pin a rollback leaves.
extension Pipeline {
    /// Points the deployment's route at `127.0.0.1:port`, read back (``Router/point(_:)``); a router that cannot be
    /// reached, or reads back something else, fails `stage`.
    func route(_ attempt: RolloutAttempt, to port: Int, stage: Stage) async throws {
        guard let router = environment.router, let route = attempt.target.deployment.spec.route else { return }
        let wanted = RouterRoute(route, of: attempt.target.name, port: port)
        let stopwatch = Stopwatch(ContinuousClock())
        do {
            try await shielded { try await router.point(wanted) }
        } catch {
            throw StageFailure(stage, reason: "RouteFailed", "cannot route \(route.host)\(route.path): \(error)")
        }
        let milliseconds = Int(stopwatch.elapsed / .milliseconds(1))
        attempt.recorder.output(
            stage, "route \(route.host)\(route.path) → \(wanted.upstream) (set and read back in \(milliseconds) ms)")
    }

    /// After a watch (or, on a swarm, Swarm itself) rolled the new generation back, pins the deployment to the
    /// generation that serves again while the desired spec hash stays the one that failed (DESIGN §14): the next
    /// pass does not deploy it again.
    func pinAfterRollback(_ attempt: RolloutAttempt, outcome: RolloutStateMachine.Outcome) async {
        guard let generation = outcome.restoredGeneration, attempt.request.restoring == nil else { return }
        let who = outcome.result == .rolledBack ? "the watch after cutover" : "Swarm"
        let reason =
            "\(who) rolled generation \(attempt.rollout.generation) back: " + (outcome.failure?.message ?? "it failed")
        do {
            try await environment.history.pin(
                attempt.target.name, generation: generation, configSpecHash: attempt.target.specHash, reason: reason)
        } catch {
            environment.logger.error("cannot pin after the rollback: \(error)", metadata: attempt.metadata)
        }
    }
}
