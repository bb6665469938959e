import ArgumentParser
import Foundation
import Drivers
import Manifest
import Reconciler

/// `berth status`: one row per deployment: ready or not, state, active generation, commit, port, pin and the
/// condition that matters most (``StatusView``).
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show each deployment as a table: ready, state, generation, commit, port, pin, message.",
        discussion: """
            Reads the containers berth manages (one call to the engine) and the conditions kept in the state \
            dir, so it works without a running controller and without reaching the config repository. READY is \
            the Ready condition held against the container: a deployment whose container exited, is unhealthy or \
            is gone is not ready, whatever the last rollout recorded. MESSAGE is the condition to read first \
            (Stalled, then why it is not ready, Drifted, Reconciling). --output json prints \
            {"deployments": [{"name", "ready", "generation", "appCommit", "configCommit", "port", "state", \
            "health", "pinnedGeneration", "pinReason", "message", "conditions": [...]}]}; `berth ps` lists the \
            containers and `berth router status` the routes.
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
                engine: runtime.engine, history: runtime.history, stateDir: runtime.controller.stateDir,
                swarm: runtime.swarm
            )
        } catch {
            throw CommandFailure.failed("cannot read status", error)
        }
        switch output {
        case .json: try printJSON(["deployments": rows])
        case .text:
            StatusView(rows).lines(style: .standardOutput(json: false)).forEach { print($0) }
            if runtime.controller.router == .none, rows.contains(where: { $0.port != nil }) {
                print(
                    "no router: a start-first deployment serves on a new port each generation; router: {type: caddy} "
                        + "in the controller config gives it a stable address")
            }
        }
    }
}
