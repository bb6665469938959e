package import Foundation

/// A labelled corpus of small changes for the static reviewer, read from a directory: ``risky`` changes it must flag
/// and ``benign`` look-alikes it must let through. The corpus test commits each one to a real git repository and
/// reviews the diff; `berth bench review` measures precision and recall on it. The cases are files, not code, so that
/// their made-up key material never ends up in the `berth` binary (the repository's is `Tests/Fixtures/review-corpus`).
///
/// The format, one folder per case (folder names order the cases):
///
/// ```
/// <case>/case.json        {"name": "aws key in python", "language": "python",
///                          "verdict": "flag", "rule": "secret.aws-access-key"}  ("verdict": "pass" has no rule)
/// <case>/after/<path>     the one changed file after the change
/// <case>/before/<path>    the same file before it; absent when the change adds the file
/// ```
///
/// Other files at the top level (a README) are ignored.
///
/// ```swift
/// let corpus = try ReviewCorpus(directory: URL(fileURLWithPath: "Tests/Fixtures/review-corpus"))
/// let missed = corpus.risky.filter { !$0.isJudgedRight(by: StaticReviewer().review(diff: $0.patch)) }
/// ```
package struct ReviewCorpus: Sendable {
    /// Every case, in folder-name order.
    package let cases: [ReviewCase]

    /// The cases the static reviewer must flag.
    package var risky: [ReviewCase] { cases.filter(\.isRisky) }

    /// The look-alikes it must let through.
    package var benign: [ReviewCase] { cases.filter { !$0.isRisky } }

    /// Reads every case folder in `directory`.
    /// - Throws: ``FormatError`` naming the file that is missing or malformed.
    package init(directory: URL) throws {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        guard files.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FormatError(path: directory.path, problem: "no such directory")
        }
        let names = try Self.attempt(directory) { try files.contentsOfDirectory(atPath: directory.path) }
        cases = try names.sorted().compactMap { name in
            let folder = directory.appendingPathComponent(name)
            guard files.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return nil
            }
            return try Self.readCase(in: folder)
        }
        guard !cases.isEmpty else { throw FormatError(path: directory.path, problem: "holds no case folders") }
    }

    /// What `case.json` says.
    private struct Label: Decodable {
        enum Verdict: String, Decodable {
            case flag, pass
        }

        let name: String
        let language: String
        let verdict: Verdict
        let rule: String?
    }

    private static func readCase(in folder: URL) throws -> ReviewCase {
        let labelFile = folder.appendingPathComponent("case.json")
        let label = try attempt(labelFile) { try JSONDecoder().decode(Label.self, from: Data(contentsOf: labelFile)) }
        switch (label.verdict, label.rule) {
        case (.flag, nil): throw FormatError(path: labelFile.path, problem: "verdict flag needs the rule it raises")
        case (.pass, .some): throw FormatError(path: labelFile.path, problem: "verdict pass takes no rule")
        default: break
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
            try attempt(afterFile) { try String(contentsOf: afterFile, encoding: .utf8) }, expect: label.rule)
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
