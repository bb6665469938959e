import ArgumentParser
import Reconciler

/// `berth version`.
struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print berth's version and the history schema version it writes.",
        discussion: """
            A state dir written by a newer berth (a higher schema version) is refused, never changed; an older one \
            is brought up to this schema when berth opens it for writing.
            """
    )

    /// The release this build calls itself.
    static let current = "0.1.0"

    @Option(help: "text for people, json for scripts.")
    var output: OutputFormat = .text

    func run() throws {
        switch output {
        case .json: try printJSON(Report(version: Self.current, historySchemaVersion: HistorySchema.version))
        case .text: print("berth \(Self.current) (history schema version \(HistorySchema.version))")
        }
    }

    /// `berth version --output json`.
    struct Report: Encodable {
        let version: String
        let historySchemaVersion: Int
    }
}
