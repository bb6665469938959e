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
        let runtime = try Runtime(controller: try state.controller())
        let containers: [ActualContainer]
        do {
            containers = try await runtime.engine.listContainers(labels: BerthLabel.owned(by: runtime.controller.stateDir))
                .compactMap(ActualContainer.init)
        } catch {
            throw CommandFailure.failed("cannot list containers: \(error)")
        }
        let conditions = try await runtime.history.conditions()
        let pins = try await runtime.history.pins()
        let names = Set(containers.map(\.deployment)).union(conditions.keys).sorted()
        let rows = names.map { name in
            let active = containers.filter { $0.deployment == name && !$0.isCandidate }.max { $0.generation < $1.generation }
            return StatusRow(
                name: name, generation: active?.generation, commit: active?.commit, configCommit: active?.configCommit,
                port: active?.port, state: active.map { "\($0.state)" }, health: active?.health.map { "\($0)" },
                pinnedGeneration: pins[name]?.generation, conditions: conditions[name] ?? []
            )
        }
        switch output {
        case .json: try printJSON(rows)
        case .text: rows.forEach { $0.printText() }
        }
    }
}

/// One deployment in `berth status`.
struct StatusRow: Encodable {
    let name: String
    let generation: Int?
    let commit: String?
    let configCommit: String?
    let port: Int?
    let state: String?
    let health: String?
    let pinnedGeneration: Int?
    let conditions: [Condition]

    func printText() {
        var facts: [String] = []
        if let generation { facts.append("generation \(generation)") } else { facts.append("no active container") }
        if let state { facts.append(health.map { "\(state) (\($0))" } ?? state) }
        if let port { facts.append("127.0.0.1:\(port)") }
        if let commit, !commit.isEmpty { facts.append("commit \(commit.prefix(12))") }
        if let pinnedGeneration { facts.append("PINNED to generation \(pinnedGeneration)") }
        print("\(name): \(facts.joined(separator: ", "))")
        for condition in conditions {
            let message = condition.message.isEmpty ? "" : ": \(condition.message)"
            print("  \(condition.kind.rawValue)=\(condition.status.rawValue) \(condition.reason)\(message)")
        }
    }
}
