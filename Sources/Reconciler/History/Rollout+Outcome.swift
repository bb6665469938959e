extension Rollout {
    /// What came of the rollout, in a sentence commit statuses and notifications share: `generation 12 serves
    /// 9f2c1a0b3c4d`, `failed at health: …`, `blocked at review: …`. `fallback` stands in for a missing error.
    package func outcome(fallback: String) -> String {
        switch result {
        case .running:
            "running"
        case .succeeded:
            if let restored = rollbackOf {
                "generation \(generation) restores generation \(restored) (\(appCommit.prefix(12)))"
            } else {
                "generation \(generation) serves \(appCommit.prefix(12))"
            }
        case .blocked:
            "blocked at review: \(error ?? "")"
        case .interrupted:
            "interrupted at \(failingStage ?? "?"): berth stopped"
        case .cancelled:
            "\(error ?? "cancelled") at \(failingStage ?? "?")"
        case .failed, .rolledBack:
            "failed at \(failingStage ?? "?"): \(error ?? fallback)"
        }
    }
}
