import ArgumentParser
import Foundation
import Manifest
import Reconciler

/// `berth ps`: the containers of berth's deployments as a table (DESIGN §11).
struct PsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ps",
        abstract: "List the containers of berth's deployments: generation, state, ports, uptime, image, commit.",
        discussion: """
            One row per container berth manages for this state dir (found by its labels), newest generation first: \
            NAME (the deployment), GENERATION, CONTAINER (its name, which changes with every generation), STATE \
            (with the health or exit code), PORTS (address:host port→container port; host:P under host \
            networking), UPTIME, IMAGE and COMMIT. Reads the engine only (one list, one inspect per container). \
            --output json prints {"deployments": [{"name", "generation", "container", "containerId", "active", \
            "state", "health", "exitCode", "ports": [{"address", "hostPort", "containerPort", "protocol"}], \
            "network", "startedAt", "finishedAt", "uptimeMs", "image", "imageId", "appCommit", "configCommit", \
            "specHash"}]}, one entry per container.
            """
    )

    @OptionGroup var state: StateOptions

    @Option(help: "text for people, json for scripts.")
    var output: OutputFormat = .text

    func run() async throws {
        let runtime = try state.runtime(.read)
        let containers: [DeploymentContainer]
        do {
            containers = try await DeploymentContainer.current(
                engine: runtime.engine, stateDir: runtime.controller.stateDir)
        } catch {
            throw CommandFailure.failed("cannot list containers: \(error)")
        }
        let view = PsView(containers, now: Date())
        switch output {
        case .json: try printJSON(view)
        case .text: view.lines(style: .standardOutput(json: false)).forEach { print($0) }
        }
    }
}
