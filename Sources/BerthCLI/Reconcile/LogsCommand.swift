import ArgumentParser
import Drivers
import Foundation
import Manifest
import Reconciler

/// `berth logs NAME`: the app's own output; `berth logs --run RUN-ID`: one rollout's stages and output.
struct LogsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs",
        abstract: "Print a deployment's app output (stdout and stderr), or with --run one rollout's log.",
        discussion: """
            berth logs NAME reads the output of the deployment's active container, or of generation G's container \
            while it still exists (--generation), found by berth's labels, never by container name. The app's \
            stdout goes to stdout and its stderr to stderr. --tail N prints the last N lines, --since takes a \
            duration (10m, 1h30m) or an ISO 8601 time (2026-12-02T05:55:10Z), --follow keeps printing new lines \
            as the app writes them (Ctrl-C stops). A deployment without a container is an error naming it.

            berth logs --run RUN-ID prints one rollout's stage transitions and output (build log, probe results, \
            review findings); run ids are in berth history.

            --output json: without --follow one object {"name", "generation", "container", "lines": [{"stream", \
            "time", "text"}]}; with --follow one object per line as it comes {"name", "generation", "container", \
            "stream", "time", "text"}; each carries schemaVersion. For --run: {"runId", "name", "generation", \
            "result", "lines": [{"time", "stage", "event", "text"}]}, event being output, started, succeeded, \
            skipped, failed or interrupted.
            """
    )

    @Argument(help: ArgumentHelp("The deployment whose app output to print.", valueName: "NAME"))
    var name: String?

    @Option(
        name: .customLong("run"),
        help: ArgumentHelp("Print this rollout's log instead (run ids: berth history).", valueName: "RUN-ID"))
    var runID: Int64?

    @Flag(help: "Keep printing new lines as the app writes them.")
    var follow = false

    @Option(
        help: ArgumentHelp("Only lines written since: a duration ago (10m, 1h) or an ISO 8601 time.", valueName: "D"))
    var since: String?

    @Option(help: ArgumentHelp("Only the last N lines.", valueName: "N"))
    var tail: Int?

    @Option(
        help: ArgumentHelp("Read generation G's container while it still exists, not the active one.", valueName: "G"))
    var generation: Int?

    @Flag(help: "Start each line with the time the engine received it.")
    var timestamps = false

    @OptionGroup var state: StateOptions

    @Option(help: "text for people, json for scripts (JSON lines with --follow).")
    var output: OutputFormat = .text

    func validate() throws {
        switch (name, runID) {
        case (nil, nil): throw ValidationError("say whose logs: a deployment NAME, or --run RUN-ID for a rollout's log")
        case (.some, .some): throw ValidationError("give a deployment NAME or --run RUN-ID, not both")
        case (nil, .some) where follow || since != nil || tail != nil || generation != nil || timestamps:
            throw ValidationError(
                "--follow, --since, --tail, --generation and --timestamps read app output: use them with NAME, not --run")
        default: break
        }
        if let tail, tail < 0 { throw ValidationError("--tail: \(tail) is not a number of lines (0 or more)") }
        if let since, LogSince.date(since) == nil {
            throw ValidationError("--since: \"\(since)\" is \(LogSince.help)")
        }
    }

    func run() async throws {
        let runtime = try state.runtime(.read)
        if let runID {
            try await printRollout(runID, runtime: runtime)
        } else if let name {
            try await printApp(name, runtime: runtime)
        }
    }

    /// Streams the app output of `name`'s container.
    private func printApp(_ name: String, runtime: Runtime) async throws {
        let container: ActualContainer
        do {
            container = try await AppContainerLookup.container(
                of: name, generation: generation, engine: runtime.engine, stateDir: runtime.controller.stateDir)
        } catch let error as AppContainerLookup.NotFound {
            throw CommandFailure.failed(error.description)
        } catch {
            throw CommandFailure.failed("cannot find the container of \(name): \(error)")
        }
        if output == .text, container.state != .running {
            let more = follow ? "; nothing more will come" : ""
            FileHandle.standardError.write(Data("note: \(container.name) is \(container.state)\(more)\n".utf8))
        }
        let options = LogOptions(
            tail: tail, since: since.flatMap { LogSince.date($0) }, follow: follow,
            timestamps: timestamps || output == .json)
        let printer = AppLogPrinter(container: container, output: output, follow: follow, timestamps: timestamps)
        do {
            for try await line in try await runtime.engine.containerLogs(container.id, options: options) {
                try printer.print(line)
            }
        } catch {
            throw CommandFailure.failed("cannot read the output of \(container.name): \(error)")
        }
        try printer.finish()
    }

    /// One rollout's stage transitions and output lines, in the order they happened.
    private func printRollout(_ runID: Int64, runtime: Runtime) async throws {
        guard let rollout = try await runtime.history.rollout(runID) else {
            throw CommandFailure.failed("no run \(runID) in \(runtime.controller.stateDir)/berth.sqlite")
        }
        let view = RolloutLogView(
            rollout: rollout, runID: runID, transitions: try await runtime.history.transitions(of: runID),
            lines: try await runtime.history.logLines(of: runID))
        switch output {
        case .json: try printJSON(view)
        case .text: view.textLines().forEach { print($0) }
        }
    }
}

/// `--since`: a duration back from now or an ISO 8601 time.
enum LogSince {
    static let help = "neither a duration (10m, 1h30m, 45s) nor an ISO 8601 time (2026-12-02T05:55:10Z)"

    /// The time `text` names, counting durations back from `now`; nil when it is neither form.
    static func date(_ text: String, now: Date = Date()) -> Date? {
        if let duration = DurationSyntax.parse(text) {
            let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            return now.addingTimeInterval(-seconds)
        }
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
