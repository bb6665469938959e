import Drivers
import Foundation
import TestSupport
import Testing

/// The static reviewer against the labelled corpus, each case committed to a real git repository and diffed
/// with libgit2 the way the pipeline diffs a change.
@Suite struct ReviewCorpusTests {
    @Test(arguments: ReviewCorpus.all)
    func verdictMatchesTheLabel(_ change: ReviewCase) async throws {
        let fixture = try GitFixture()
        try fixture.write("# app\n", to: "README")
        if let before = change.before { try fixture.write(before, to: change.path) }
        let from = try fixture.commit("base")
        try fixture.write(change.after, to: change.path)
        let to = try fixture.commit(change.name)

        let repository = LocalRepository(path: fixture.work.path)
        let diff = try await repository.diff(
            from: try await repository.resolve(from), to: try await repository.resolve("HEAD"), path: ".",
            maxPatchBytes: 1 << 20)
        #expect(try await repository.resolve(to).hex == to)
        let report = StaticReviewer().review(diff: diff.patch)
        #expect(change.isJudgedRight(by: report), "\(change.name): \(report.findings)")
        #expect(report.findings.allSatisfy { $0.file == change.path && !$0.message.isEmpty })
        #expect(
            change.isJudgedRight(by: StaticReviewer().review(diff: change.patch)), "the bench's synthetic diff agrees")
    }

    @Test func corpusHasFortyOfEachKind() {
        #expect(ReviewCorpus.risky.count >= 40)
        #expect(ReviewCorpus.benign.count >= 40)
        #expect(Set(ReviewCorpus.all.map(\.name)).count == ReviewCorpus.all.count)
    }
}

extension ReviewCase: CustomTestStringConvertible {
    public var testDescription: String { name }
}
