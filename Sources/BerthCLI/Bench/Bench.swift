import ArgumentParser
import Foundation

/// `berth bench NAME`: benchmarks that print figures (never timed unit tests).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a benchmark and print its figures.",
        discussion: """
            With --output json each benchmark prints one object: {"bench": NAME, "metrics": {...}}.
            Metric names carry their unit (_ms, _us, _bytes, _per_second) or are plain ratios.
            """,
        subcommands: [
            ManifestsBench.self, GitContextBench.self, DockerListBench.self, ReconcileBench.self, ControllerBench.self,
            ReviewBench.self, SoakBench.self, RolloutBench.self, RouterBench.self, DriftBench.self, SwarmBench.self,
            DashboardBench.self, DetectBench.self,
        ]
    )
}

/// Options every benchmark takes.
struct BenchOutputOptions: ParsableArguments {
    @Option(help: "text for people, json for scripts.")
    var output: OutputFormat = .text
}

/// One benchmark's figures, printed as text lines or as `{"bench": NAME, "metrics": {...}}`; a benchmark with more
/// structure than flat metrics adds ``sections`` (further members of the JSON object) and the ``notes`` that show them
/// as text.
struct BenchReport: Sendable {
    let bench: String
    let metrics: [(name: String, value: Double)]
    /// Further top-level members of the JSON object, after `metrics`, each encoded with sorted keys.
    var sections: [(name: String, value: any Encodable & Sendable)] = []
    /// Lines printed after the metrics in text output.
    var notes: [String] = []

    func print(as format: OutputFormat) {
        switch format {
        case .text:
            Swift.print("bench \(bench)")
            for metric in metrics {
                Swift.print("  \(metric.name): \(Self.format(metric.value))")
            }
            for note in notes { Swift.print("  \(note)") }
        case .json:
            let fields = metrics.map { "\"\($0.name)\":\(Self.format($0.value))" }.joined(separator: ",")
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            // The sections are the benchmarks' own plain structs: encoding them cannot fail.
            let extra = sections.map { section in
                let json = (try? encoder.encode(section.value)).map { String(decoding: $0, as: UTF8.self) }
                return ",\"\(section.name)\":\(json ?? "null")"
            }
            Swift.print("{\"bench\":\"\(bench)\",\"metrics\":{\(fields)}\(extra.joined())}")
        }
    }

    private static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.3f", value)
    }
}

/// Milliseconds spent running `body`, measured on the monotonic clock.
func measureMilliseconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    return try clock.measure(body).milliseconds
}

/// Milliseconds spent running async `body`, measured on the monotonic clock.
func measureMilliseconds(_ body: () async throws -> Void) async rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try await body()
    return (clock.now - start).milliseconds
}

extension Duration {
    /// The duration in (fractional) milliseconds, as benchmarks report it.
    var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}

/// Prints a benchmark's progress line to standard error, where it never mixes with the figures.
func progress(_ line: String) {
    FileHandle.standardError.write(Data("bench: \(line)\n".utf8))
}

/// The median of `samples` (not empty).
func median(_ samples: [Double]) -> Double {
    let sorted = samples.sorted()
    return sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Runs the git CLI to set up a benchmark's repositories and returns its trimmed stdout.
@discardableResult
func runGit(_ arguments: [String], in directory: URL? = nil) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw CommandFailure.failed("git \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
    }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}
