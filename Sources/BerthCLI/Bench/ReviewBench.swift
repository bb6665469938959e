import ArgumentParser
import Drivers

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
            Build with -c release for figures worth quoting.
            """
    )

    @Option(help: "Size of the generated large diff, in MB.")
    var largeMb = 5

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard largeMb > 0 else { throw ValidationError("--large-mb must be positive") }
    }

    func run() throws {
        let reviewer = StaticReviewer()
        let cases = ReviewCorpus.all
        let patches = cases.map(\.patch)
        var found = 0
        var missed = 0
        var falseAlarms = 0
        for (change, patch) in zip(cases, patches) where !change.isJudgedRight(by: reviewer.review(diff: patch)) {
            if change.isRisky { missed += 1 } else { falseAlarms += 1 }
        }
        found = ReviewCorpus.risky.count - missed

        var rounds = 0
        let corpusMilliseconds = measureMilliseconds {
            while rounds < 20 {
                for patch in patches { _ = reviewer.review(diff: patch) }
                rounds += 1
            }
        }

        let large = ReviewCorpus.largeDiff(bytes: largeMb << 20)
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
}
