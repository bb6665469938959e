import ArgumentParser
import Manifest
import ManifestSamples

#if canImport(Glibc)
    import Glibc
#endif

/// `berth bench manifests`: parse + validate + hash time for many manifests.
///
/// The manifests are generated first (not timed) as YAML text in varied styles, 200 documents per file; the timed
/// part is one ``ManifestParser/parse(_:controller:)`` call over all files, which decodes files concurrently.
struct ManifestsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manifests",
        abstract: "Parse, validate and hash generated manifests (target: 10,000 in under 1,000 ms)."
    )

    @Option(help: "How many manifests to generate and process.")
    var count = 10_000

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        let files = SampleManifestSet.files(count: count)
        var state = DesiredState(deployments: [], invalid: [], diagnostics: [], documentCount: 0)
        let cpuBefore = Self.processCPUMilliseconds()
        let totalMilliseconds = measureMilliseconds {
            state = ManifestParser.parse(files)
        }
        let cpuMilliseconds = Self.processCPUMilliseconds() - cpuBefore
        guard state.deployments.count == count else {
            let reason = state.diagnostics.first.map { "\($0)" } ?? "\(state.deployments.count) of \(count) are valid"
            throw CommandFailure.failed("generated manifests did not all validate: \(reason)")
        }
        BenchReport(
            bench: "manifests",
            metrics: [
                ("total_ms", totalMilliseconds),
                ("per_manifest_us", totalMilliseconds * 1000 / Double(count)),
                ("cpu_ms", cpuMilliseconds),
            ]
        ).print(as: options.output)
    }

    /// CPU time the process has used, all threads together: on a busy machine wall time overstates what parsing
    /// costs, and with files parsed concurrently wall time understates it.
    private static func processCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }
}
