package import Foundation
package import Review

/// The checkout the tests run from and its checked-in files under `Tests/Fixtures`: the Python servers tests start
/// and the review corpus.
package enum Fixtures {
    /// The root of this checkout, where `Package.swift` is.
    package static let checkout = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures`.
    package static let directory = checkout.appendingPathComponent("Tests/Fixtures")

    /// `Tests/Fixtures/review-corpus`, the labelled changes `berth bench review` reads by default.
    package static let reviewCorpusDirectory = directory.appendingPathComponent("review-corpus")

    /// The review corpus, read as `berth bench review` reads it.
    package static func reviewCorpus() throws -> ReviewCorpus {
        try ReviewCorpus(directory: reviewCorpusDirectory)
    }
}
