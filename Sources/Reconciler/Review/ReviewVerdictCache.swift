import Crypto
import Drivers
package import Review
package import Foundation

/// Reviewers' reports kept as JSON files under `<stateDir>/reviews/`, keyed by commit range, path and reviewer
/// config hash: the same change is not sent to a model twice. Only reports are kept, never errors.
///
/// A file that cannot be read or does not match its key is a miss; writes are atomic.
package struct ReviewVerdictCache: Sendable {
    /// What a verdict is cached by.
    package struct Key: Hashable, Sendable, Codable {
        package var fromCommit: String?
        package var toCommit: String
        package var path: String
        /// ``ReviewerFactory/configHash(of:)``.
        package var reviewerConfigHash: String

        package init(fromCommit: String?, toCommit: String, path: String, reviewerConfigHash: String) {
            self.fromCommit = fromCommit
            self.toCommit = toCommit
            self.path = path
            self.reviewerConfigHash = reviewerConfigHash
        }

        /// SHA-256 of the fields: the file's name.
        var fileName: String {
            let text = [fromCommit ?? "-", toCommit, path, reviewerConfigHash].joined(separator: "\u{0}")
            return SHA256.hash(data: Data(text.utf8)).lowercaseHex + ".json"
        }
    }

    private struct Entry: Codable {
        let key: Key
        let report: ReviewReport
    }

    /// `<stateDir>/reviews`.
    package let directory: URL

    package init(stateDirectory: String) {
        directory = URL(fileURLWithPath: stateDirectory).appendingPathComponent("reviews")
    }

    /// The cached report for `key`, if there is one.
    package func report(for key: Key) -> ReviewReport? {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent(key.fileName)),
            let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.key == key
        else { return nil }
        return entry.report
    }

    /// Keeps `report` for `key`.
    /// - Throws: when the directory or file cannot be written.
    package func store(_ report: ReviewReport, for key: Key) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(Entry(key: key, report: report))
            .write(to: directory.appendingPathComponent(key.fileName), options: .atomic)
    }
}
