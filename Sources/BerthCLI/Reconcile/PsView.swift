import Drivers
import Foundation
import Reconciler

/// `berth ps`: a table for people, `{"deployments": [...]}` (one entry per container) for scripts.
/// ```
/// NAME  GENERATION  CONTAINER  STATE              PORTS                 UPTIME  IMAGE          COMMIT
/// web   3           web-3      running (healthy)  127.0.0.1:21034→8080  3m12s   berth/web:3f2a 3f2a9c1d0e4b
/// ```
struct PsView: Encodable {
    /// One container.
    struct Row: Encodable {
        let name: String
        let generation: Int
        let container: String
        let containerId: String
        /// Whether this generation serves (not a candidate, not an older one being retired).
        let active: Bool
        let state: String
        let health: String?
        let exitCode: Int
        let ports: [PortView]
        let network: String
        let startedAt: Date?
        let finishedAt: Date?
        /// Time since it started, while it runs.
        let uptimeMs: Int?
        let image: String
        let imageId: String
        let appCommit: String
        let configCommit: String
        let specHash: String

        init(_ listed: DeploymentContainer, now: Date) {
            let container = listed.container
            name = container.deployment
            generation = container.generation
            self.container = container.name
            containerId = container.id
            active = listed.isActive
            state = "\(container.state)"
            health = container.health.map { "\($0)" }
            exitCode = listed.exitCode
            ports = PortView.all(listed)
            network = listed.networkMode
            startedAt = listed.startedAt
            finishedAt = listed.finishedAt
            uptimeMs =
                container.state == .running
                ? listed.startedAt.map { max(0, Int(now.timeIntervalSince($0) * 1000)) } : nil
            image = container.image
            imageId = container.imageID
            appCommit = container.commit
            configCommit = container.configCommit
            specHash = container.specHash
        }
    }

    let deployments: [Row]

    init(_ containers: [DeploymentContainer], now: Date) {
        deployments = containers.map { Row($0, now: now) }
    }

    func lines(style: TerminalStyle) -> [String] {
        guard !deployments.isEmpty else { return ["no containers: berth runs nothing for this state dir"] }
        var table = TextTable(
            headers: ["NAME", "GENERATION", "CONTAINER", "STATE", "PORTS", "UPTIME", "IMAGE", "COMMIT"])
        for row in deployments {
            table.append([
                TextTable.Cell(row.name),
                TextTable.Cell(String(row.generation)),
                TextTable.Cell(row.container, row.active ? .plain : .dim),
                ContainerText.state(row.state, health: row.health, exitCode: row.exitCode),
                TextTable.Cell(ContainerText.ports(row.ports)),
                TextTable.Cell(row.uptimeMs.map { DurationText.span(seconds: $0 / 1000) } ?? "-"),
                TextTable.Cell(row.image),
                TextTable.Cell(ContainerText.commit(row.appCommit)),
            ])
        }
        return table.lines(style: style)
    }
}

/// A port a container serves on: `{"address": "127.0.0.1", "hostPort": 21034, "containerPort": 8080,
/// "protocol": "tcp"}`; under host networking `address` is absent and both ports are the app's `PORT`.
struct PortView: Encodable, Hashable {
    /// The host address the engine bound (`0.0.0.0` for all); nil under host networking.
    let address: String?
    let hostPort: Int?
    let containerPort: Int
    let `protocol`: String

    /// The published ports of `listed`, or its berth port under host networking.
    static func all(_ listed: DeploymentContainer) -> [PortView] {
        if listed.networkMode == "host" {
            guard let port = listed.container.port else { return [] }
            return [PortView(address: nil, hostPort: port, containerPort: port, protocol: "tcp")]
        }
        return listed.ports.filter { $0.hostPort != nil }.map { port in
            let address = port.hostIP.flatMap { $0.isEmpty ? nil : $0 } ?? "0.0.0.0"
            return PortView(
                address: address, hostPort: port.hostPort, containerPort: port.containerPort, protocol: port.transport)
        }
    }
}
