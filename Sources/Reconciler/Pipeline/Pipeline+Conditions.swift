/// The conditions a finished rollout leaves (DESIGN §6): `Reconciling` false, and `Ready`, `Stalled`, `Drifted` as
/// the outcome says.
extension Pipeline {
    func conditions(_ attempt: RolloutAttempt, outcome: RolloutStateMachine.Outcome) -> [Condition] {
        let commit = attempt.request.configCommit
        let generation = attempt.rollout.generation
        let finished = Condition(
            .reconciling, .false, reason: "RolloutFinished", message: "generation \(generation) finished",
            observedConfigCommit: commit)
        guard let failure = outcome.failure else {
            let port = outcome.port?.boundAddress.map { " on \($0)" } ?? ""
            return [
                finished,
                Condition(
                    .ready, .true, reason: "RolloutSucceeded",
                    message: "generation \(generation) serves \(attempt.rollout.appCommit.prefix(12))\(port)",
                    observedConfigCommit: commit),
                Condition(.stalled, .false, reason: "RolloutSucceeded", message: "", observedConfigCommit: commit),
                Condition(.drifted, .false, reason: "RolloutSucceeded", message: "", observedConfigCommit: commit),
            ]
        }
        let still =
            outcome.port == nil ? attempt.request.active.map { "; generation \($0.generation) still serves" } ?? "" : ""
        let ended =
            switch outcome.result {
            case .interrupted: "was interrupted"
            case .cancelled: "was cancelled"
            case .rolledBack: "was rolled back"
            default: "failed"
            }
        // A blocked change and a failed watch wait for a new commit (the watch's pin holds until then).
        let stalled = failure.result == .blocked || failure.result == .rolledBack
        return [
            finished,
            Condition(
                .ready, .false, reason: failure.reason,
                message: "generation \(generation) \(ended) at \(failure.stage.rawValue): \(failure.message)\(still)",
                observedConfigCommit: commit),
            Condition(
                .stalled, stalled ? .true : .false, reason: failure.reason,
                message: stalled ? failure.message : "", observedConfigCommit: commit),
        ]
    }
}
