package import Foundation
import Manifest

/// A labelled corpus of small changes for the review gate, read from a directory: ``risky`` changes it must block
/// and ``benign`` look-alikes it must let through. The corpus test commits each one to a real git repository and
/// reviews the diff; `berth bench review` measures precision and recall on it. The cases are files, not code, so that
/// their made-up key material never ends up in the `berth` binary (the repository's are under
/// `Tests/Fixtures/review-corpus`: `tuning/`, which the rules were written against, and `holdout/`, which they were
/// not).
///
/// The format, one folder per case (folder names order the cases):
///
/// ```
/// <case>/case.json        {"name": "aws key in python", "language": "python", "verdict": "flag",
///                          "class": "secret", "rule": "secret.aws-access-key", "why": "a live key id in code",
///                          "policy": "block-high"}
///                         ("verdict": "pass" takes no rule; "class", "rule", "why" and "policy" are optional)
/// <case>/after/<path>     the one changed file after the change
/// <case>/before/<path>    the same file before it; absent when the change adds the file
/// ```
///
/// Other files at the top level (a README) are ignored.
///
/// ```swift
/// let corpus = try ReviewCorpus(directory: URL(fileURLWithPath: "Tests/Fixtures/review-corpus/tuning"))
/// let score = await corpus.score(with: [StaticReviewer()])
/// ```
package struct ReviewCorpus: Sendable {
    /// The corpus's name: its folder's (`tuning`, `holdout`).
    package let name: String
    /// Every case, in folder-name order.
    package let cases: [ReviewCase]

    /// The cases the gate must block.
    package var risky: [ReviewCase] { cases.filter(\.isRisky) }

    /// The look-alikes it must let through.
    package var benign: [ReviewCase] { cases.filter { !$0.isRisky } }

    /// The corpora kept apart under `root` (DESIGN §8).
    package static let splits = ["tuning", "holdout"]

    /// The corpora under `root`: each of ``splits`` that is there, in that order; or, when `root` itself holds case
    /// folders, that one corpus.
    /// - Throws: ``FormatError`` naming the file that is missing or malformed.
    package static func corpora(at root: URL) throws -> [ReviewCorpus] {
        let present = splits.map { root.appendingPathComponent($0) }.filter { isDirectory($0) }
        return present.isEmpty ? [try ReviewCorpus(directory: root)] : try present.map(ReviewCorpus.init)
    }

    /// How the gate does on this corpus with `reviewers` (each case's verdict under its own policy, failing
    /// closed): every reviewer reviews every case, concurrently per case, `concurrency` cases at a time.
    package func score(with reviewers: [any Reviewer], concurrency: Int = 1) async -> CorpusScore {
        score(await results(of: reviewers, concurrency: concurrency))
    }

    /// Each case's results, in case order, by each of `reviewers`, in their order: the reviewers of a case run
    /// concurrently, `concurrency` cases at a time. A reviewer that throws gives a
    /// ``ReviewerResult/failed(reviewer:reason:)``.
    package func results(of reviewers: [any Reviewer], concurrency: Int) async -> [[ReviewerResult]] {
        await withTaskGroup(of: (Int, [ReviewerResult]).self) { group in
            var results = Array(repeating: [ReviewerResult](), count: cases.count)
            var next = 0
            var running = 0
            while next < cases.count || running > 0 {
                while next < cases.count && running < max(1, concurrency) {
                    let index = next
                    let request = cases[index].request
                    group.addTask { (index, await Self.review(request, by: reviewers)) }
                    next += 1
                    running += 1
                }
                if let (index, caseResults) = await group.next() {
                    results[index] = caseResults
                    running -= 1
                }
            }
            return results
        }
    }

    /// The gate's score from each case's results (``results(of:concurrency:)``, or a selection of each case's).
    package func score(_ results: [[ReviewerResult]]) -> CorpusScore {
        var score = CorpusScore()
        for (change, caseResults) in zip(cases, results) {
            score.record(change, judgedRight: change.isJudgedRight(by: caseResults))
        }
        return score
    }

    /// `request` reviewed by every one of `reviewers` concurrently, results in their order.
    private static func review(_ request: ReviewRequest, by reviewers: [any Reviewer]) async -> [ReviewerResult] {
        await withTaskGroup(of: (Int, ReviewerResult).self) { group in
            for (index, reviewer) in reviewers.enumerated() {
                group.addTask {
                    do {
                        return (index, .report(try await reviewer.review(request)))
                    } catch let error as ReviewerError {
                        return (index, .failed(reviewer: reviewer.name, reason: error.message))
                    } catch {
                        return (index, .failed(reviewer: reviewer.name, reason: "\(error)"))
                    }
                }
            }
            var results: [(Int, ReviewerResult)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// Reads every case folder in `directory`.
    /// - Throws: ``FormatError`` naming the file that is missing or malformed.
    package init(directory: URL) throws {
        guard Self.isDirectory(directory) else { throw FormatError(path: directory.path, problem: "no such directory") }
        let names = try Self.attempt(directory) { try FileManager.default.contentsOfDirectory(atPath: directory.path) }
        name = directory.lastPathComponent
        cases = try names.sorted().compactMap { name in
            let folder = directory.appendingPathComponent(name)
            return Self.isDirectory(folder) ? try Self.readCase(in: folder) : nil
        }
        guard !cases.isEmpty else { throw FormatError(path: directory.path, problem: "holds no case folders") }
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// What `case.json` says.
    private struct Label: Decodable {
        enum Verdict: String, Decodable {
            case flag, pass
        }

        enum CodingKeys: String, CodingKey {
            case name, language, verdict, rule, riskClass = "class", why, policy
        }

        let name: String
        let language: String
        let verdict: Verdict
        let rule: String?
        let riskClass: String?
        let why: String?
        let policy: String?
    }

    private static func readCase(in folder: URL) throws -> ReviewCase {
        let labelFile = folder.appendingPathComponent("case.json")
        let label = try attempt(labelFile) { try JSONDecoder().decode(Label.self, from: Data(contentsOf: labelFile)) }
        if label.verdict == .pass, label.rule != nil {
            throw FormatError(path: labelFile.path, problem: "verdict pass takes no rule")
        }
        let policy = try label.policy.map { text in
            guard let policy = ReviewPolicy(rawValue: text) else {
                throw FormatError(path: labelFile.path, problem: "policy \(text) is not \(ReviewPolicy.names)")
            }
            return policy
        }
        let after = folder.appendingPathComponent("after")
        let paths = try attempt(after) { try changedFiles(in: after) }
        guard paths.count == 1, let path = paths.first else {
            throw FormatError(path: after.path, problem: "holds \(paths.count) files; a case changes exactly one")
        }
        let beforeFile = folder.appendingPathComponent("before").appendingPathComponent(path)
        let before =
            FileManager.default.fileExists(atPath: beforeFile.path)
            ? try attempt(beforeFile) { try String(contentsOf: beforeFile, encoding: .utf8) } : nil
        let afterFile = after.appendingPathComponent(path)
        return ReviewCase(
            label.name, path, language: label.language, before: before,
            try attempt(afterFile) { try String(contentsOf: afterFile, encoding: .utf8) }, risky: label.verdict == .flag,
            rule: label.rule, class: label.riskClass, why: label.why, policy: policy ?? .blockHigh)
    }

    /// The regular files under `folder`, as paths relative to it (hidden ones included: `.env` is a case).
    private static func changedFiles(in folder: URL) throws -> [String] {
        let files = FileManager.default
        return try files.subpathsOfDirectory(atPath: folder.path).filter { path in
            var isDirectory: ObjCBool = false
            return files.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }
    }

    /// Runs `body`, turning whatever it throws into a ``FormatError`` about `url`.
    private static func attempt<T>(_ url: URL, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as FormatError {
            throw error
        } catch {
            throw FormatError(path: url.path, problem: "\(error)")
        }
    }

    /// A corpus file that is missing or malformed.
    package struct FormatError: Error, CustomStringConvertible {
        /// The file or folder at fault.
        package let path: String
        /// What is wrong with it.
        package let problem: String

        package var description: String { "review corpus: \(path): \(problem)" }
    }
}
