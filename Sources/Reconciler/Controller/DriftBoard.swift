import Synchronization

/// The newest drift scan of `berth run`, shared by the scan that writes it, the API that reads it and the passes
/// that heal what it found changed by hand.
final class DriftBoard: Sendable {
    private struct State {
        var report: DriftReport?
        var handChanges: [String: HandChanges] = [:]
    }

    private let state = Mutex(State())

    /// The newest report; nil before the first scan.
    var report: DriftReport? { state.withLock { $0.report } }

    /// What the newest scan found changed by hand on `drift: heal` deployments that only a new container puts back.
    var handChanges: [String: HandChanges] { state.withLock { $0.handChanges } }

    /// Replaces the report and what it asks to re-create.
    func post(_ report: DriftReport, handChanges: [String: HandChanges]) {
        state.withLock { $0 = State(report: report, handChanges: handChanges) }
    }

    /// Marks the findings `changes` named on `deployment` as healed `note` (how), and forgets the changes: the new
    /// container is not the one they were found on.
    func healed(_ deployment: String, _ changes: HandChanges, note: String) {
        state.withLock { state in
            guard state.handChanges[deployment] == changes else { return }
            state.handChanges[deployment] = nil
            guard var report = state.report else { return }
            for index in report.findings.indices {
                let finding = report.findings[index]
                if finding.deployment == deployment, finding.container == changes.container,
                    changes.fields.contains(finding.field)
                {
                    report.findings[index].healed = finding.healNote(note)
                }
            }
            state.report = report
        }
    }
}
