/// The conditions a finished rollout leaves (DESIGN §6): `Reconciling` false, and `Ready`, `Stalled`, `Drifted` as
/// the outcome says.
extension Pipeline {
    func recordConditions(_ attempt: RolloutAttempt, outcome: RolloutStateMachine.Outcome) async throws {
        let history = environment.history
        let name = attempt.target.name
        let commit = attempt.request.configCommit
        let generation = attempt.rollout.generation
        try await history.set(
            Condition(
                .reconciling, .false, reason: "RolloutFinished", message: "generation \(generation) finished",
                observedConfigCommit: commit),
            for: name
        )
        guard let failure = outcome.failure else {
            let port = outcome.port?.hostPort.map { " on 127.0.0.1:\($0)" } ?? ""
            try await history.set(
                Condition(
                    .ready, .true, reason: "RolloutSucceeded",
                    message: "generation \(generation) serves \(attempt.rollout.appCommit.prefix(12))\(port)",
                    observedConfigCommit: commit),
                for: name
            )
            try await history.set(
                Condition(
                    .stalled, .false, reason: "RolloutSucceeded", message: "",
                    observedConfigCommit: commit), for: name)
            try await history.set(
                Condition(
                    .drifted, .false, reason: "RolloutSucceeded", message: "",
                    observedConfigCommit: commit), for: name)
            return
        }
        let still =
            outcome.port == nil ? attempt.request.active.map { "; generation \($0.generation) still serves" } ?? "" : ""
        let ended = outcome.result == .interrupted ? "was interrupted" : "failed"
        try await history.set(
            Condition(
                .ready, .false, reason: failure.reason,
                message: "generation \(generation) \(ended) at \(failure.stage.rawValue): \(failure.message)\(still)",
                observedConfigCommit: commit),
            for: name
        )
        let stalled = failure.result == .blocked
        try await history.set(
            Condition(
                .stalled, stalled ? .true : .false, reason: failure.reason,
                message: stalled ? failure.message : "", observedConfigCommit: commit),
            for: name
        )
    }
}
