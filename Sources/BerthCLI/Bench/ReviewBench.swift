import ArgumentParser
import Foundation
import Review

/// `berth bench review`: the review gate's precision and recall on each labelled corpus (tuning, holdout), reviewer
/// by reviewer, its throughput on the corpus diffs, and the time for one generated diff of `--large-mb` MB.
struct ReviewBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract:
            "The review gate on the labelled corpora and a large diff (targets: precision ≥ 0.95, recall ≥ 0.9, 5 MB < 1000 ms).",
        discussion: """
            A case counts as right when the gate, under the case's policy (block-high unless it names one) and \
            failing closed, blocks a risky change or lets a benign one through.

            Metrics: precision, recall and cases for static on the first corpus (tuning), diffs_per_second over it, \
            and large_diff_ms (median of 5) with large_diff_bytes for a generated first-deploy diff. With --output \
            json, "reviewers" holds, for each reviewer or set of reviewers measured, each corpus's figures \
            (precision, recall, tp, fp, fn, tn, missed and false_alarms by case name) and its large_diff_ms.

            --corpus is a folder holding tuning/ and holdout/ (either may be absent), or one corpus folder (see \
            Tests/Fixtures/review-corpus/README.md). Without it, berth looks for Tests/Fixtures/review-corpus in the \
            current directory, the executable's, and their parents, so it is found when berth runs from a \
            checkout. Build with -c release for figures worth quoting.
            """
    )

    @Option(
        help: ArgumentHelp(
            "The labelled review corpora (default: the checkout's Tests/Fixtures/review-corpus).", valueName: "DIR"))
    var corpus: String?

    @Option(help: "Size of the generated large diff, in MB.")
    var largeMb = 5

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard largeMb > 0 else { throw ValidationError("--large-mb must be positive") }
    }

    func run() async throws {
        let corpora = try Self.corpora(at: corpus)
        let staticReviewer = StaticReviewer()
        let large = LargeDiff.make(bytes: largeMb << 20)
        // Each entry is a reviewer or a set of them, measured as the gate would run them.
        let entries: [(name: String, reviewers: [any Reviewer])] = [("static", [staticReviewer])]
        var measured: [(name: String, figures: ReviewerFigures)] = []
        for entry in entries {
            var byCorpus: [(name: String, figures: CorpusFigures)] = []
            for corpus in corpora {
                byCorpus.append((corpus.name, CorpusFigures(await corpus.score(with: entry.reviewers))))
            }
            let largeMilliseconds = await Self.largeDiffMilliseconds(large, reviewers: entry.reviewers)
            measured.append((entry.name, ReviewerFigures(corpora: byCorpus, largeDiffMilliseconds: largeMilliseconds)))
        }

        let first = corpora[0]
        let patches = first.cases.map(\.patch)
        var rounds = 0
        let corpusMilliseconds = measureMilliseconds {
            while rounds < 20 {
                for patch in patches { _ = staticReviewer.review(diff: patch) }
                rounds += 1
            }
        }
        // The headline metrics: static (the first entry) on the first corpus (tuning, when present).
        let staticFigures = measured[0].figures
        let headline = staticFigures.corpora[0].figures
        BenchReport(
            bench: "review",
            metrics: [
                ("precision", headline.precision),
                ("recall", headline.recall),
                ("cases", Double(first.cases.count)),
                ("diffs_per_second", Double(rounds * patches.count) / (corpusMilliseconds / 1000)),
                ("large_diff_ms", staticFigures.largeDiffMilliseconds),
                ("large_diff_bytes", Double(large.utf8.count)),
            ],
            sections: [("reviewers", Dictionary(uniqueKeysWithValues: measured.map { ($0.name, $0.figures) }))],
            notes: Self.notes(measured)
        ).print(as: options.output)
    }

    /// The median of 5 reviews of `diff` by `reviewers` (concurrently, as the gate runs them), in milliseconds.
    private static func largeDiffMilliseconds(_ diff: String, reviewers: [any Reviewer]) async -> Double {
        let request = ReviewRequest(
            deployment: "bench", repository: "bench", fromCommit: nil, toCommit: String(repeating: "b", count: 40),
            path: ".", diff: diff, files: UnifiedDiff(diff).files.map(\.path))
        var times: [Double] = []
        for _ in 0..<5 {
            times.append(
                await measureMilliseconds {
                    await withTaskGroup(of: Void.self) { group in
                        for reviewer in reviewers { group.addTask { _ = try? await reviewer.review(request) } }
                    }
                })
        }
        return median(times)
    }

    /// One line per reviewer and corpus, then the cases each got wrong.
    private static func notes(_ measured: [(name: String, figures: ReviewerFigures)]) -> [String] {
        measured.flatMap { name, figures in
            figures.corpora.flatMap { corpus, f in
                var lines = [
                    "\(name) on \(corpus): precision \(String(format: "%.3f", f.precision)), recall "
                        + "\(String(format: "%.3f", f.recall)) (tp \(f.tp), fp \(f.fp), fn \(f.fn), tn \(f.tn))"
                ]
                if !f.missed.isEmpty { lines.append("  missed: \(f.missed.joined(separator: ", "))") }
                if !f.falseAlarms.isEmpty { lines.append("  false alarms: \(f.falseAlarms.joined(separator: ", "))") }
                return lines
            }
        }
    }

    /// The corpora in `path`; when that is nil, those in the first `Tests/Fixtures/review-corpus` in the current
    /// directory, the executable's (symlinks resolved) or one of their parents.
    /// - Throws: a usage error naming `--corpus` and the file or folder that is missing or malformed.
    private static func corpora(at path: String?) throws -> [ReviewCorpus] {
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
            return try ReviewCorpus.corpora(at: directory)
        } catch let error as ReviewCorpus.FormatError {
            throw CommandFailure.usage("--corpus: \(error)")
        }
    }
}

/// One reviewer's (or reviewer set's) figures in `berth bench review --output json`: a member per corpus, and
/// `large_diff_ms`.
private struct ReviewerFigures: Encodable, Sendable {
    /// In corpus order (tuning first).
    let corpora: [(name: String, figures: CorpusFigures)]
    let largeDiffMilliseconds: Double

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for corpus in corpora { try container.encode(corpus.figures, forKey: Key(corpus.name)) }
        try container.encode(largeDiffMilliseconds.rounded(), forKey: Key("large_diff_ms"))
    }

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// One corpus's figures: ratios to three decimals, the confusion counts, and the cases got wrong by name.
private struct CorpusFigures: Encodable, Sendable {
    let precision: Double
    let recall: Double
    let tp: Int
    let fp: Int
    let fn: Int
    let tn: Int
    let missed: [String]
    let falseAlarms: [String]

    enum CodingKeys: String, CodingKey {
        case precision, recall, tp, fp, fn, tn, missed, falseAlarms = "false_alarms"
    }

    init(_ score: CorpusScore) {
        precision = (score.precision * 1000).rounded() / 1000
        recall = (score.recall * 1000).rounded() / 1000
        tp = score.truePositives
        fp = score.falsePositives
        fn = score.falseNegatives
        tn = score.trueNegatives
        missed = score.missed
        falseAlarms = score.falseAlarms
    }
}
