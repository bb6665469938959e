import ArgumentParser
import Foundation
import Manifest
import Reconciler

/// `berth logs RUN-ID`: one rollout's stages and output.
struct LogsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs",
        abstract: "Print one rollout's stage transitions and output (build log, probe results).",
        discussion: "RUN-ID is the run number berth history shows."
    )

    @Argument(help: ArgumentHelp("The rollout's run id (from berth history).", valueName: "RUN-ID"))
    var runID: Int64

    @OptionGroup var state: StateOptions

    func run() async throws {
        let runtime = try state.runtime(.read)
        guard let rollout = try await runtime.history.rollout(runID) else {
            throw CommandFailure.failed("no run \(runID) in \(runtime.controller.stateDir)/berth.sqlite")
        }
        print("run \(runID): \(rollout.deployment) generation \(rollout.generation), \(rollout.result.rawValue)")
        let transitions = try await runtime.history.transitions(of: runID).map { ($0.at, "[\($0.stage)] \($0.state)\($0.message.isEmpty ? "" : ": \($0.message)")") }
        let lines = try await runtime.history.logLines(of: runID).map { ($0.at, "[\($0.stage)] | \($0.text)") }
        // Transitions come after the output that preceded them at the same instant.
        for (_, text) in (lines + transitions).enumerated().sorted(by: { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }).map(\.element) {
            print(text)
        }
    }
}
