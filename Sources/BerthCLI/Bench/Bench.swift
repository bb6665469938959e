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
        subcommands: [ManifestsBench.self, GitContextBench.self, DockerListBench.self, ReviewBench.self]
    )
}

/// Options every benchmark takes.
struct BenchOutputOptions: ParsableArguments {
    @Option(help: "text for people, json for scripts.")
    var output: OutputFormat = .text
}

/// One benchmark's figures, printed as text lines or as `{"bench": NAME, "metrics": {...}}`.
struct BenchReport {
    let bench: String
    let metrics: [(name: String, value: Double)]

    func print(as format: OutputFormat) {
        switch format {
        case .text:
            Swift.print("bench \(bench)")
            for metric in metrics {
                Swift.print("  \(metric.name): \(Self.format(metric.value))")
            }
        case .json:
            let fields = metrics.map { "\"\($0.name)\":\(Self.format($0.value))" }.joined(separator: ",")
            Swift.print("{\"bench\":\"\(bench)\",\"metrics\":{\(fields)}}")
        }
    }

    private static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.3f", value)
    }
}

/// Milliseconds spent running `body`, measured on the monotonic clock.
func measureMilliseconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
}
