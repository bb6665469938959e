import Drivers
import Foundation
import Review
import TestSupport
import Testing

/// The static reviewer against the labelled corpus in `Tests/Fixtures/review-corpus` (the files `berth bench review`
/// reads), each case committed to a real git repository and diffed with libgit2 the way the pipeline diffs a change.
@Suite struct ReviewCorpusTests {
    @Test(arguments: try Fixtures.reviewCorpus().cases)
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

    @Test func corpusHasFortyOfEachKind() throws {
        let corpus = try Fixtures.reviewCorpus()
        #expect(corpus.risky.count >= 40)
        #expect(corpus.benign.count >= 40)
        #expect(Set(corpus.cases.map(\.name)).count == corpus.cases.count)
    }

    @Test func everyLanguageHasRiskyAndBenignCases() throws {
        let corpus = try Fixtures.reviewCorpus()
        for language in ["python", "javascript", "typescript", "go", "ruby", "php", "java", "dockerfile"] {
            #expect(corpus.risky.contains { $0.language == language }, "no risky \(language) case")
            #expect(corpus.benign.contains { $0.language == language }, "no benign \(language) case")
        }
    }

    @Test func malformedCasesAreRefusedNamingTheFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write(#"{"name": "n", "language": "python", "verdict": "pass"}"#, to: "a/case.json")
        try directory.write("x = 1\n", to: "a/after/app.py")
        #expect(try ReviewCorpus(directory: directory.url).cases.map(\.path) == ["app.py"])

        try directory.write("y = 2\n", to: "a/after/other.py")
        #expect(throws: ReviewCorpus.FormatError.self) { try ReviewCorpus(directory: directory.url) }
        try FileManager.default.removeItem(at: directory.url.appendingPathComponent("a/after/other.py"))

        try directory.write(#"{"name": "n", "language": "python", "verdict": "flag"}"#, to: "a/case.json")
        let error = #expect(throws: ReviewCorpus.FormatError.self) { try ReviewCorpus(directory: directory.url) }
        #expect(error?.path.hasSuffix("a/case.json") == true)
        #expect(throws: ReviewCorpus.FormatError.self) {
            try ReviewCorpus(directory: directory.url.appendingPathComponent("missing"))
        }
    }
}

extension ReviewCase: CustomTestStringConvertible {
    package var testDescription: String { "\(language): \(name)" }
}
