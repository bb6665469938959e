import ArgumentParser
import Foundation
import Manifest
import Reconciler

/// `berth history NAME`: a deployment's rollouts, newest first.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List a deployment's rollouts, newest first (run ids for berth logs --run).",
        discussion: """
            Reads the state dir's history. Each row: run id, generation, result (and the failing stage), when it
            started (UTC) and how long it took, app and config commits, image; rollbacks say which generation they
            restored. --output json: {"name", "rollouts": [{"runId", "generation", "result", "stage",
            "startedAt", "finishedAt", "durationMs", "appCommit", "configCommit", "image", "specHash",
            "rollbackOf"}]}.
            """
    )

    @Argument(help: "The deployment's name.")
    var name: String

    @Option(help: "How many rollouts to show.")
    var limit: Int = 20

    @OptionGroup var state: StateOptions

    @Option(help: "text for people, json for scripts.")
    var output: OutputFormat = .text

    func run() async throws {
        let runtime = try state.runtime(.read)
        let rollouts = try await runtime.history.rollouts(of: name, limit: limit)
        switch output {
        case .json:
            try printJSON(HistoryView(name: name, rollouts: rollouts.map(HistoryView.Entry.init)))
        case .text where rollouts.isEmpty:
            print("\(name): no rollouts recorded in \(runtime.controller.stateDir)")
        case .text:
            for rollout in rollouts { print(Self.line(rollout)) }
        }
    }

    /// `run 7  generation 4  succeeded  2026-12-02 05:55:10 UTC  12.3s  rollback to generation 2  commit …`.
    static func line(_ rollout: Rollout) -> String {
        let duration = rollout.durationMilliseconds.map { "  \(Self.duration(milliseconds: $0))" } ?? "  running"
        let rollback = rollout.rollbackOf.map { "  rollback to generation \($0)" } ?? ""
        let failure =
            rollout.failingStage.map { " at \($0): \(rollout.error ?? "")" } ?? (rollout.error.map { ": \($0)" } ?? "")
        return "run \(rollout.id ?? 0)  generation \(rollout.generation)  \(rollout.result.rawValue)  "
            + "\(Self.date(rollout.startedAt))\(duration)\(rollback)"
            + "  commit \(rollout.appCommit.prefix(12))  config \(rollout.configCommit.prefix(12))  \(rollout.image)"
            + failure
    }

    /// `2026-12-02 05:55:10 UTC`.
    static func date(_ date: Date) -> String {
        let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded())
        let stamp = LogTimestamp.format(seconds: milliseconds / 1000, milliseconds: 0)
        return stamp.prefix(10) + " " + stamp.dropFirst(11).prefix(8) + " UTC"
    }

    /// `850ms`, `12.3s`, `4m05s`.
    static func duration(milliseconds: Int) -> String {
        if milliseconds < 1000 { return "\(milliseconds)ms" }
        if milliseconds < 60_000 { return String(format: "%.1fs", Double(milliseconds) / 1000) }
        let seconds = milliseconds / 1000
        return String(format: "%dm%02ds", seconds / 60, seconds % 60)
    }
}

/// `berth history --output json`.
struct HistoryView: Encodable {
    /// One rollout in the shared vocabulary.
    struct Entry: Encodable {
        let runId: Int64?
        let generation: Int
        let result: String
        /// The failing stage.
        let stage: String?
        let error: String?
        let startedAt: Date
        let finishedAt: Date?
        let durationMs: Int?
        let appCommit: String
        let configCommit: String
        let image: String
        let specHash: String
        let strategy: String
        /// The generation a rollback restored.
        let rollbackOf: Int?

        init(_ rollout: Rollout) {
            runId = rollout.id
            generation = rollout.generation
            result = rollout.result.rawValue
            stage = rollout.failingStage
            error = rollout.error
            startedAt = rollout.startedAt
            finishedAt = rollout.finishedAt
            durationMs = rollout.durationMilliseconds
            appCommit = rollout.appCommit
            configCommit = rollout.configCommit
            image = rollout.image
            specHash = rollout.specHash
            strategy = rollout.strategy
            rollbackOf = rollout.rollbackOf
        }
    }

    let name: String
    let rollouts: [Entry]
}
