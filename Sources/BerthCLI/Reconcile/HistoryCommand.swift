import ArgumentParser
import Foundation
import Manifest
import Reconciler

/// `berth history NAME`: a deployment's rollouts, newest first.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List a deployment's rollouts, newest first (run ids for berth logs).",
        discussion: "Reads the state dir's history; each row has the run id, generation, result and failing stage."
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
            try printJSON(["rollouts": rollouts])
        case .text where rollouts.isEmpty:
            print("\(name): no rollouts recorded in \(runtime.controller.stateDir)")
        case .text:
            for rollout in rollouts { print(Self.line(rollout)) }
        }
    }

    private static func line(_ rollout: Rollout) -> String {
        let duration = rollout.durationMilliseconds.map { " in \(Double($0) / 1000)s" } ?? ""
        let failure = rollout.failingStage.map { " at \($0): \(rollout.error ?? "")" } ?? (rollout.error.map { ": \($0)" } ?? "")
        return "run \(rollout.id ?? 0)  generation \(rollout.generation)  \(rollout.result.rawValue)\(duration)"
            + "  commit \(rollout.appCommit.prefix(12))  config \(rollout.configCommit.prefix(12))  \(rollout.image)"
            + failure
    }
}
