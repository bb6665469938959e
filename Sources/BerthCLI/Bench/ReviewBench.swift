import ArgumentParser
import Foundation
import Logging
import Manifest
import Reconciler
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

            Metrics: precision, recall and cases for static on the first corpus (tuning), diffs_per_second over it \
            (whole rounds over the corpus for at least a second, at most 20), and large_diff_ms (static, median of \
            5) with large_diff_bytes and large_diff_file_count for a generated first-deploy diff over about 200 \
            files. With --output json, "reviewers" holds, for static, each \
            installed scanner alone and "default" (static and every installed scanner, through the gate as a \
            rollout runs them), each corpus's figures (precision, recall, tp, fp, fn, tn; missed and false_alarms by \
            case name, except on holdout, which only gives figures) and its large_diff_ms (scanners on the changed \
            files, in parallel; one run each).

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

    @Option(
        name: .customLong("reviewer"),
        help: ArgumentHelp(
            "Measure only static and these (an installed scanner's name, default, or a reviewer --config names; "
                + "repeatable; default: static, each installed scanner and default).",
            valueName: "NAME"))
    var reviewers: [String] = []

    @Option(
        help: ArgumentHelp(
            "A controller config (kind: Controller) whose reviewers --reviewer may name, such as an openai reviewer.",
            valueName: "berth.yaml"))
    var config: String?

    @Option(help: "Corpus cases reviewed at a time.")
    var concurrency = 4

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard largeMb > 0 else { throw ValidationError("--large-mb must be positive") }
        guard concurrency > 0 else { throw ValidationError("--concurrency must be positive") }
    }

    func run() async throws {
        let corpora = try Self.corpora(at: corpus)
        let staticReviewer = StaticReviewer()
        let large = LargeDiff.make(bytes: largeMb << 20)
        let configured = try config.map { try StateOptions.controller(at: $0, stateDir: nil).reviewers } ?? [:]
        let factory = ReviewerFactory(configs: configured, logger: Logger(label: "berth.bench"))
        let entries = try measuredEntries(configured: configured.keys.sorted())
        // Every reviewer an entry needs, each run once per case; an entry's verdict is the gate's over its members.
        var members: [any Reviewer] = []
        for name in entries.flatMap(\.members) where !members.contains(where: { $0.name == name }) {
            if name == "static" {
                members.append(staticReviewer)
            } else if configured[name] != nil {
                members.append(try factory.reviewer(named: name))
            } else {
                members.append(try Self.scanner(name))
            }
        }
        var byCorpus: [String: [(name: String, figures: CorpusFigures)]] = [:]
        for corpus in corpora {
            let results = await corpus.results(of: members, concurrency: concurrency)
            for entry in entries {
                let picks = entry.members.compactMap { name in members.firstIndex { $0.name == name } }
                let score = corpus.score(results.map { caseResults in picks.map { caseResults[$0] } })
                byCorpus[entry.name, default: []].append(
                    (corpus.name, CorpusFigures(score, namingCases: corpus.name != "holdout")))
            }
        }
        var measured: [(name: String, figures: ReviewerFigures)] = []
        for entry in entries {
            let reviewers = entry.members.compactMap { name in members.first { $0.name == name } }
            let largeMilliseconds = await Self.largeDiffMilliseconds(
                large, reviewers: reviewers, rounds: entry.members == ["static"] ? 5 : 1)
            let figures = ReviewerFigures(corpora: byCorpus[entry.name] ?? [], largeDiffMilliseconds: largeMilliseconds)
            measured.append((entry.name, figures))
        }

        let first = corpora[0]
        let patches = first.cases.map(\.patch)
        var rounds = 0
        var corpusMilliseconds = 0.0
        // Whole rounds over the corpus until a second has passed: one round once the corpus takes that long.
        while rounds == 0 || (rounds < 20 && corpusMilliseconds < 1000) {
            corpusMilliseconds += measureMilliseconds {
                for patch in patches { _ = staticReviewer.review(diff: patch) }
            }
            rounds += 1
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
                ("large_diff_file_count", Double(UnifiedDiff(large).files.count)),
            ],
            sections: [("reviewers", Dictionary(uniqueKeysWithValues: measured.map { ($0.name, $0.figures) }))],
            notes: Self.notes(measured)
        ).print(as: options.output)
    }

    /// What is measured: `static` first (the headline), then each installed scanner alone, then `default` (static
    /// and every installed scanner) when one is installed; only those `--reviewer` names when given, which may also
    /// name a reviewer of `--config` (measured alone; a `configured` name wins over a preset's).
    /// - Throws: a usage error for a name that is neither an installed scanner, a configured reviewer nor `default`.
    private func measuredEntries(configured: [String]) throws -> [(name: String, members: [String])] {
        let installed = SarifPreset.installed().map(\.rawValue)
        var entries = [("static", ["static"])] + installed.map { ($0, [$0]) }
        if !installed.isEmpty { entries.append(("default", ["static"] + installed)) }
        guard !reviewers.isEmpty else { return entries }
        entries += configured.filter { name in name != "static" && !installed.contains(name) }.map { ($0, [$0]) }
        if let unknown = reviewers.first(where: { name in !entries.contains { $0.0 == name } }) {
            let known = entries.map(\.0).joined(separator: ", ")
            throw CommandFailure.usage("--reviewer \(unknown): not measured here (installed: \(known))")
        }
        return entries.filter { $0.0 == "static" || reviewers.contains($0.0) }
    }

    /// The built-in `sarif` reviewer of an installed preset, as a rollout would build it.
    private static func scanner(_ name: String) throws -> any Reviewer {
        guard let preset = SarifPreset(rawValue: name) else {
            throw CommandFailure.usage("--reviewer \(name): not a scanner preset")
        }
        return try SarifReviewer(name: name, config: ReviewerConfig(kind: .sarif, preset: preset))
    }

    /// The median of `rounds` reviews of `diff` by `reviewers` (concurrently, as the gate runs them), in
    /// milliseconds.
    private static func largeDiffMilliseconds(_ diff: String, reviewers: [any Reviewer], rounds: Int) async -> Double {
        let request = ReviewRequest(
            deployment: "bench", repository: "bench", fromCommit: nil, toCommit: String(repeating: "b", count: 40),
            path: ".", diff: diff, files: UnifiedDiff(diff).files.map(\.path))
        var times: [Double] = []
        for _ in 0..<rounds {
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

    /// - Parameter namingCases: whether `missed` and `false_alarms` name the cases (never on holdout, which is only
    ///   for aggregate figures).
    init(_ score: CorpusScore, namingCases: Bool) {
        precision = (score.precision * 1000).rounded() / 1000
        recall = (score.recall * 1000).rounded() / 1000
        tp = score.truePositives
        fp = score.falsePositives
        fn = score.falseNegatives
        tn = score.trueNegatives
        missed = namingCases ? score.missed : []
        falseAlarms = namingCases ? score.falseAlarms : []
    }
}
