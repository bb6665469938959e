import Drivers
import Foundation
import Manifest
import Review
import TestSupport
import Testing

/// The static reviewer against the tuning corpus in `Tests/Fixtures/review-corpus/tuning` (the files `berth bench
/// review` reads), each case committed to a real git repository and diffed with libgit2 the way the pipeline diffs a
/// change, which is the diff the bench reviews. The holdout corpus is measured by the bench only: tests are not tuned against it.
@Suite struct ReviewCorpusTests {
    @Test(arguments: try Fixtures.tuningCorpus().cases)
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
        #expect(change.raisesExpectedRule(in: report), "\(change.name) expects \(change.expectedRule ?? "")")
        #expect(report.findings.allSatisfy { $0.file == change.path && !$0.message.isEmpty })
        #expect(change.patch == diff.patch, "the bench reviews the diff the pipeline would")
    }

    @Test func corpusHasFortyOfEachKind() throws {
        let corpus = try Fixtures.tuningCorpus()
        #expect(corpus.risky.count >= 40)
        #expect(corpus.benign.count >= 40)
        #expect(Set(corpus.cases.map(\.name)).count == corpus.cases.count)
    }

    @Test func everyLanguageHasRiskyAndBenignCases() throws {
        let corpus = try Fixtures.tuningCorpus()
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

        try directory.write(#"{"name": "n", "language": "python", "verdict": "flag", "class": "x"}"#, to: "a/case.json")
        let flagged = try ReviewCorpus(directory: directory.url).cases[0]
        #expect(flagged.isRisky && flagged.expectedRule == nil && flagged.riskClass == "x" && flagged.policy == .blockHigh)

        try directory.write(#"{"name": "n", "language": "python", "verdict": "pass", "rule": "r"}"#, to: "a/case.json")
        let error = #expect(throws: ReviewCorpus.FormatError.self) { try ReviewCorpus(directory: directory.url) }
        #expect(error?.path.hasSuffix("a/case.json") == true)
        try directory.write(#"{"name": "n", "language": "c", "verdict": "flag", "policy": "strict"}"#, to: "a/case.json")
        #expect(throws: ReviewCorpus.FormatError.self) { try ReviewCorpus(directory: directory.url) }
        #expect(throws: ReviewCorpus.FormatError.self) {
            try ReviewCorpus(directory: directory.url.appendingPathComponent("missing"))
        }
    }

    @Test func corporaAreReadFromTheirSplitFoldersAndScoredByTheGate() async throws {
        let directory = try TemporaryDirectory()
        try directory.write(#"{"name": "key", "language": "python", "verdict": "flag"}"#, to: "tuning/a/case.json")
        try directory.write("KEY = \"AKIAW3X9PL2M7QK4RT8B\"\n", to: "tuning/a/after/app.py")
        try directory.write(
            #"{"name": "root", "language": "dockerfile", "verdict": "flag", "policy": "block-medium"}"#,
            to: "holdout/r/case.json")
        try directory.write("FROM alpine:3.19\n", to: "holdout/r/after/Dockerfile")
        try directory.write(#"{"name": "quiet", "language": "python", "verdict": "pass"}"#, to: "holdout/q/case.json")
        try directory.write("import os\n", to: "holdout/q/after/app.py")
        let corpora = try ReviewCorpus.corpora(at: directory.url)
        #expect(corpora.map(\.name) == ["tuning", "holdout"])
        let holdout = await corpora[1].score(with: [StaticReviewer()])
        #expect(holdout.truePositives == 1 && holdout.trueNegatives == 1 && holdout.precision == 1)

        let single = try ReviewCorpus.corpora(at: directory.url.appendingPathComponent("holdout"))
        #expect(single.map(\.name) == ["holdout"])
        let lenient = ReviewCase("root", "Dockerfile", "FROM alpine:3.19\n", risky: true, policy: .blockHigh)
        var score = CorpusScore()
        score.record(lenient, judgedRight: lenient.isJudgedRight(by: StaticReviewer().review(diff: lenient.patch)))
        #expect(score.missed == ["root"] && score.recall == 0, "a medium finding does not block under block-high")
    }
}

extension ReviewCase: CustomTestStringConvertible {
    package var testDescription: String { "\(language): \(name)" }
}
