import Reconciler

/// `berth status` as text: one row per deployment.
/// ```
/// NAME  READY  STATE              GENERATION  COMMIT        PORT   PINNED  MESSAGE
/// web   yes    running (healthy)  3           3f2a9c1d0e4b  21034  -       RolloutSucceeded: generation 3 serves
/// api   no     exited             2           9b1c77aa0d3e  21035  -       ContainerNotRunning: api-2 is exited
/// ```
struct StatusView {
    let rows: [DeploymentStatus]

    init(_ rows: [DeploymentStatus]) {
        self.rows = rows
    }

    func lines(style: TerminalStyle) -> [String] {
        guard !rows.isEmpty else { return ["no deployments: berth has no containers or conditions in this state dir"] }
        var table = TextTable(headers: ["NAME", "READY", "STATE", "GENERATION", "COMMIT", "PORT", "PINNED", "MESSAGE"])
        for row in rows {
            table.append([
                TextTable.Cell(row.name),
                row.ready ? TextTable.Cell("yes", .ok) : TextTable.Cell("no", .failed),
                ContainerText.state(row.state, health: row.health),
                TextTable.Cell(row.generation.map(String.init) ?? "-"),
                TextTable.Cell(ContainerText.commit(row.appCommit)),
                TextTable.Cell(row.port.map(String.init) ?? "-"),
                row.pinnedGeneration.map { TextTable.Cell(String($0), .warning) } ?? "-",
                TextTable.Cell(row.message),
            ])
        }
        return table.lines(style: style)
    }
}
