package import Foundation
package import Review

/// The checkout the tests run from and its checked-in files under `Tests/Fixtures`: the Python servers tests start
/// and the review corpora.
package enum Fixtures {
    /// The root of this checkout, where `Package.swift` is.
    package static let checkout = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures`.
    package static let directory = checkout.appendingPathComponent("Tests/Fixtures")

    /// `Tests/Fixtures/review-corpus`, which holds the `tuning` and `holdout` corpora `berth bench review` reads by
    /// default.
    package static let reviewCorpusDirectory = directory.appendingPathComponent("review-corpus")

    /// The tuning corpus: the cases the static rules were written against, which tests may check rule by rule.
    package static func tuningCorpus() throws -> ReviewCorpus {
        try ReviewCorpus(directory: reviewCorpusDirectory.appendingPathComponent("tuning"))
    }

    /// Every corpus present (tuning, and holdout once it exists), read as `berth bench review` reads them.
    package static func reviewCorpora() throws -> [ReviewCorpus] {
        try ReviewCorpus.corpora(at: reviewCorpusDirectory)
    }
}
