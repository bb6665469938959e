import Drivers
import Foundation

/// How `berth status` and `berth ps` write a container's facts.
enum ContainerText {
    /// `running`, `running (healthy)`, `exited (137)`, `-` when there is no container; red when it is not
    /// serving, yellow while its healthcheck starts.
    static func state(_ state: String?, health: String?, exitCode: Int? = nil) -> TextTable.Cell {
        guard let state else { return TextTable.Cell("-", .failed) }
        let detail = health ?? (state == "exited" ? exitCode.map(String.init) : nil)
        let text = detail.map { "\(state) (\($0))" } ?? state
        let tone: TerminalStyle.Tone =
            switch (state, health) {
            case ("running", "unhealthy"): .failed
            case ("running", "starting"): .warning
            case ("running", _): .plain
            case ("created", _), ("restarting", _), ("paused", _): .warning
            default: .failed
            }
        return TextTable.Cell(text, tone)
    }

    /// The first 12 characters of an app commit or image id (`sha256:` left off); `-` when there is none.
    static func commit(_ commit: String?) -> String {
        guard let commit, !commit.isEmpty else { return "-" }
        return String((commit.hasPrefix("sha256:") ? commit.dropFirst(7) : Substring(commit)).prefix(12))
    }

    /// `127.0.0.1:21034→8080`, `0.0.0.0:8443→443/udp`, `[::]:8443→443`, `host:21034` (host networking), joined
    /// by `, `; `-` when nothing is published.
    static func ports(_ ports: [PortView]) -> String {
        guard !ports.isEmpty else { return "-" }
        return ports.map { port in
            let proto = port.protocol == "tcp" ? "" : "/\(port.protocol)"
            guard let address = port.address else { return "host:\(port.containerPort)\(proto)" }
            let host = address.contains(":") ? "[\(address)]" : address
            return "\(host):\(port.hostPort.map(String.init) ?? "-")→\(port.containerPort)\(proto)"
        }.joined(separator: ", ")
    }
}
