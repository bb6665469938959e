import Foundation
import Reconciler

/// `berth logs --run RUN-ID`: a rollout's stage transitions and output lines in the order they happened.
struct RolloutLogView: Encodable {
    /// A transition (`event` started, succeeded, …) or an output line (`event` output).
    struct Entry: Encodable {
        let time: Date
        let stage: String
        let event: String
        let text: String
    }

    let runId: Int64
    let name: String
    let generation: Int
    let result: String
    let lines: [Entry]

    init(rollout: Rollout, runID: Int64, transitions: [StageTransition], lines output: [RolloutLogLine]) {
        runId = runID
        name = rollout.deployment
        generation = rollout.generation
        result = rollout.result.rawValue
        let entries =
            output.map { Entry(time: $0.at, stage: $0.stage, event: "output", text: $0.text) }
            + transitions.map { Entry(time: $0.at, stage: $0.stage, event: $0.state, text: $0.message) }
        // Transitions come after the output that preceded them at the same instant.
        lines = entries.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
            .map(\.element)
    }

    /// `run 7: web generation 3, succeeded`, then `[build] | Step 1/3 …` and `[build] succeeded: built …`.
    func textLines() -> [String] {
        ["run \(runId): \(name) generation \(generation), \(result)"]
            + lines.map { entry in
                if entry.event == "output" { return "[\(entry.stage)] | \(entry.text)" }
                return "[\(entry.stage)] \(entry.event)\(entry.text.isEmpty ? "" : ": \(entry.text)")"
            }
    }
}
