import ArgumentParser
import Foundation
import Drivers
import Manifest
import Reconciler

/// `berth status`: each deployment's conditions, active generation, commit, port and health.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show each deployment: conditions, active generation, commit, port, health, pin.",
        discussion: """
            Reads the containers berth manages (one call to the engine) and the conditions kept in the state
            dir, so it works without a running controller and without reaching the config repository.
            """
    )

    @OptionGroup var state: StateOptions

    @Option(help: "text for people, json for scripts.")
    var output: OutputFormat = .text

    func run() async throws {
        let runtime = try state.runtime(.read)
        let rows: [DeploymentStatus]
        do {
            rows = try await DeploymentStatus.current(
                engine: runtime.engine, history: runtime.history, stateDir: runtime.controller.stateDir
            )
        } catch {
            throw CommandFailure.failed("cannot read status", error)
        }
        switch output {
        case .json: try printJSON(["deployments": rows])
        case .text: rows.forEach(Self.printText)
        }
    }
}

extension StatusCommand {
    static func printText(_ row: DeploymentStatus) {
        var facts: [String] = []
        if let generation = row.generation { facts.append("generation \(generation)") } else { facts.append("no active container") }
        if let state = row.state { facts.append(row.health.map { "\(state) (\($0))" } ?? state) }
        if let port = row.port { facts.append("127.0.0.1:\(port)") }
        if let commit = row.commit, !commit.isEmpty { facts.append("commit \(commit.prefix(12))") }
        if let pinned = row.pinnedGeneration { facts.append("PINNED to generation \(pinned)") }
        print("\(row.name): \(facts.joined(separator: ", "))")
        for condition in row.conditions {
            let message = condition.message.isEmpty ? "" : ": \(condition.message)"
            print("  \(condition.kind.rawValue)=\(condition.status.rawValue) \(condition.reason)\(message)")
        }
    }
}
