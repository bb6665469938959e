import ArgumentParser
import Drivers
import Foundation
import Review

/// `berth bench review`: the static reviewer's precision and recall on the labelled corpus, its throughput on the
/// corpus diffs, and the time for one generated diff of `--large-mb` MB.
struct ReviewBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract:
            "The static reviewer on the labelled corpus and a large diff (targets: precision ≥ 0.95, recall ≥ 0.9, 5 MB < 1000 ms).",
        discussion: """
            Metrics: precision and recall (a risky case counts as found when its expected rule fires at medium or
            above; a benign case is a false positive when anything fires at medium or above), cases, diffs_per_second
            over the corpus, and large_diff_ms (median of 5) with large_diff_bytes for a generated first-deploy diff.
            The corpus is a folder of labelled cases (see Tests/Fixtures/review-corpus/README.md); without --corpus,
            berth looks for Tests/Fixtures/review-corpus in the current directory, the executable's, and their
            parents, so it is found when berth runs from a checkout. Build with -c release for figures worth quoting.
            """
    )

    @Option(
        help: ArgumentHelp(
            "The labelled review corpus (default: the checkout's Tests/Fixtures/review-corpus).", valueName: "DIR"))
    var corpus: String?

    @Option(help: "Size of the generated large diff, in MB.")
    var largeMb = 5

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard largeMb > 0 else { throw ValidationError("--large-mb must be positive") }
    }

    func run() throws {
        let reviewer = StaticReviewer()
        let cases = try Self.corpus(at: corpus).cases
        let patches = cases.map(\.patch)
        var missed = 0
        var falseAlarms = 0
        for (change, patch) in zip(cases, patches) where !change.isJudgedRight(by: reviewer.review(diff: patch)) {
            if change.isRisky { missed += 1 } else { falseAlarms += 1 }
        }
        let found = cases.count(where: \.isRisky) - missed

        var rounds = 0
        let corpusMilliseconds = measureMilliseconds {
            while rounds < 20 {
                for patch in patches { _ = reviewer.review(diff: patch) }
                rounds += 1
            }
        }

        let large = LargeDiff.make(bytes: largeMb << 20)
        var times: [Double] = []
        for _ in 0..<5 {
            times.append(measureMilliseconds { _ = reviewer.review(diff: large) })
        }
        BenchReport(
            bench: "review",
            metrics: [
                ("precision", Double(found) / Double(max(found + falseAlarms, 1))),
                ("recall", Double(found) / Double(max(found + missed, 1))),
                ("cases", Double(cases.count)),
                ("diffs_per_second", Double(rounds * patches.count) / (corpusMilliseconds / 1000)),
                ("large_diff_ms", times.sorted()[times.count / 2]),
                ("large_diff_bytes", Double(large.utf8.count)),
            ]
        ).print(as: options.output)
    }

    /// The corpus in `path`; when that is nil, the first `Tests/Fixtures/review-corpus` in the current directory,
    /// the executable's (symlinks resolved) or one of their parents.
    /// - Throws: a usage error naming `--corpus` and the file or folder that is missing or malformed.
    private static func corpus(at path: String?) throws -> ReviewCorpus {
        let starts = [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent(),
        ].compactMap { $0 }
        let candidates = starts.lazy.flatMap { start in
            sequence(first: start.standardizedFileURL) { $0.path == "/" ? nil : $0.deletingLastPathComponent() }
                .map { $0.appendingPathComponent("Tests/Fixtures/review-corpus") }
        }
        guard
            let directory = path.map(URL.init(fileURLWithPath:))
                ?? candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) })
        else {
            throw CommandFailure.usage(
                "--corpus not given and no Tests/Fixtures/review-corpus in \(starts.map(\.path).joined(separator: " or "))"
                    + " or their parents: pass --corpus DIR, or run berth from a checkout")
        }
        do {
            return try ReviewCorpus(directory: directory)
        } catch let error as ReviewCorpus.FormatError {
            throw CommandFailure.usage("--corpus: \(error)")
        }
    }
}
