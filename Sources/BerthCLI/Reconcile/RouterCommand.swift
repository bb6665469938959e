import ArgumentParser
import Foundation
import Reconciler

/// `berth router`: the router berth drives (DESIGN §13).
struct RouterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "router",
        abstract: "Show the routes berth owns in its router.",
        subcommands: [Status.self]
    )

    /// `berth router status`.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the routes berth owns, where they send traffic, and whether that is where deployments run.",
            discussion: """
                Reads the router named by the controller config's `router` (Caddy's admin API: the routes with \
                `@id` berth-<name> in its server `berth`), the containers berth manages (one call to the engine) \
                and, for each active generation, the route it was rolled out with (from history). A route matches \
                when it sends to the port the active generation serves on. Exits 0 when the router answers and \
                every route matches, 1 otherwise (a pass of `berth apply` or `berth run` puts routes right). \
                --output json prints {"router", "reachable", "error", "inSync", "routes": [{"deployment", "host", \
                "path", "upstream", "active", "matches", "problem"}]}; `GET /api/v1/router` answers the same.
                """
        )

        @OptionGroup var state: StateOptions

        @Option(help: "text for people, json for scripts.")
        var output: OutputFormat = .text

        func run() async throws {
            let runtime = try state.runtime(.read)
            guard let router = runtime.router else {
                throw CommandFailure.usage(
                    "no router is configured: set router: {type: caddy} in the controller config (docs/controller.md)")
            }
            let status: RouterStatus
            do {
                status = try await RouterStatus.current(
                    router: router, engine: runtime.engine, history: runtime.history, controller: runtime.controller,
                    swarm: runtime.swarm)
            } catch {
                throw CommandFailure.failed("cannot read the router's status", error)
            }
            switch output {
            case .json: try printJSON(status)
            case .text: RouterStatusView(status).lines(style: .standardOutput(json: false)).forEach { print($0) }
            }
            if !status.inSync { throw ExitCode(1) }
        }
    }
}

/// `berth router status` as text.
/// ```
/// Caddy at http://127.0.0.1:2019: every route matches what runs
/// DEPLOYMENT  ROUTE      UPSTREAM         ACTIVE           MATCHES
/// web         web.test/  127.0.0.1:20002  127.0.0.1:20002  yes
/// ```
struct RouterStatusView {
    let status: RouterStatus

    init(_ status: RouterStatus) {
        self.status = status
    }

    func lines(style: TerminalStyle) -> [String] {
        guard status.reachable else {
            return [style.paint("\(status.router) does not answer: \(status.error ?? "unknown error")", .failed)]
        }
        let mismatched = status.routes.filter { !$0.matches }.count
        let headline =
            mismatched == 0
            ? "\(status.router): every route matches what runs"
            : "\(status.router): \(counted(mismatched, "route does", plural: "routes do")) not match what runs"
        guard !status.routes.isEmpty else { return [headline, "no routes: no deployment declares spec.route"] }
        var table = TextTable(headers: ["DEPLOYMENT", "ROUTE", "UPSTREAM", "ACTIVE", "MATCHES"])
        for route in status.routes {
            table.append([
                TextTable.Cell(route.deployment), TextTable.Cell(route.host + route.path),
                TextTable.Cell(route.upstream ?? "-"), TextTable.Cell(route.active ?? "-"),
                route.matches ? TextTable.Cell("yes", .ok) : TextTable.Cell("no: \(route.problem ?? "")", .failed),
            ])
        }
        return [style.paint(headline, mismatched == 0 ? .ok : .failed)] + table.lines(style: style)
    }
}
