import Foundation
import Logging
import Manifest
import TestSupport
import Testing

import Drivers

@testable import Review

@Suite struct StaticReviewerTests {
    private static let key = "AKIAW3X9PL2M7QK4RT8B"

    @Test func findingsNameTheLineButNeverTheSecret() throws {
        let diff = ReviewCase("key", "app/s3.py", "import boto3\nKEY = \"\(Self.key)\"\n", risky: false).patch
        let findings = StaticReviewer().review(diff: diff).findings
        try #require(findings.count == 1)
        #expect(
            findings[0].rule == "secret.aws-access-key" && findings[0].line == 2 && findings[0].severity == .critical)
        #expect(!findings[0].message.contains(Self.key) && !findings[0].fingerprint.contains(Self.key))
    }

    @Test func fingerprintSurvivesUnrelatedEditsButNotAnotherFileOrSecret() {
        func fingerprint(_ text: String, path: String = "app/s3.py") -> String? {
            StaticReviewer().review(diff: ReviewCase("k", path, text, risky: false).patch).findings.first?.fingerprint
        }
        let first = fingerprint("KEY = \"\(Self.key)\"\n")
        #expect(first != nil)
        #expect(fingerprint("import os\n\n\nKEY  =  \"\(Self.key)\"\n") == first)
        #expect(fingerprint("KEY = \"\(Self.key)\"\n", path: "app/other.py") != first)
        #expect(fingerprint("KEY = \"AKIAW3X9PL2M7QK4RT8C\"\n") != first)
    }

    @Test func onlyAddedLinesAreReviewed() {
        let patch = """
            diff --git a/app.py b/app.py
            --- a/app.py
            +++ b/app.py
            @@ -10,3 +10,3 @@ def main():
             os.system(command)
            -x = 1
            +x = 2
             yaml.load(stream)

            """
        #expect(StaticReviewer().review(diff: patch).findings.isEmpty)
        let added = patch.replacingOccurrences(of: "+x = 2", with: "+subprocess.run(cmd, shell=True)")
        #expect(StaticReviewer().review(diff: added).findings.map(\.line) == [11])
    }

    @Test func firstDeployReviewsTheWholeTreeAndSkipsBinaryFiles() async throws {
        let fixture = try GitFixture()
        try fixture.write("FROM alpine:3.19\nUSER nobody\n", to: "Dockerfile")
        try fixture.write(Data([0, 1, 2, 0]) + Data("token = \"q8#Lx!v2Rz9p\"".utf8), to: "assets/blob.bin")
        try fixture.write(Data([0x89, 0x50, 0x4e, 0x47, 0]) + Data("AKIAW3X9PL2M7QK4RT8B".utf8), to: "logo.png")
        try fixture.write("import os\nos.system(cmd)\n", to: "src/run.py")
        try fixture.commit("first")
        let repository = LocalRepository(path: fixture.work.path)
        let diff = try await repository.diff(
            from: nil, to: try await repository.resolve("HEAD"), path: ".", maxPatchBytes: 1 << 20)
        let report = StaticReviewer().review(diff: diff.patch)
        #expect(report.findings.map(\.rule) == ["code.command-injection"])
        #expect(report.findings.first?.file == "src/run.py")
    }

    @Test func diffParserKeepsPathsLineNumbersAndHunks() {
        let patch = """
            diff --git a/old.txt b/new.txt
            similarity index 90%
            rename from old.txt
            rename to new.txt
            --- a/old.txt
            +++ b/new.txt
            @@ -1,2 +1,2 @@
             a
            -b
            +c
            @@ -20,0 +21,2 @@
            +d
            +e
            diff --git a/gone.txt b/gone.txt
            deleted file mode 100644
            --- a/gone.txt
            +++ /dev/null
            @@ -1 +0,0 @@
            -x

            """
        let files = UnifiedDiff(patch).files
        #expect(files.map(\.path) == ["new.txt", "gone.txt"])
        #expect(files[0].added.map(\.number) == [2, 21, 22])
        #expect(files[0].added.map(\.text) == ["c", "d", "e"])
        #expect(files[0].hunks.count == 2 && files[0].hunks[1].hasPrefix("@@ -20,0 +21,2 @@"))
        #expect(files[1].isDeleted && files[1].removed == ["x"])
    }

    @Test func aLargeDiffIsReviewedWhole() throws {
        // About 1 MB of the corpus's changes in one diff: each risky change in it is still found on its own file,
        // however far into the diff it sits. How long this takes is `berth bench review`'s `large_diff_ms`.
        var included: [ReviewCase] = []
        var diff = ""
        for reviewCase in try Fixtures.tuningCorpus().cases where diff.utf8.count < 1 << 20 {
            included.append(reviewCase)
            diff += reviewCase.patch
        }
        let blockedFiles = Set(
            StaticReviewer().review(diff: diff).findings.filter { $0.severity >= .high }.map(\.file))
        let changesPerPath = Dictionary(included.map { ($0.path, 1) }, uniquingKeysWith: +)
        let riskyAlone = included.filter { $0.isRisky && $0.policy == .blockHigh && changesPerPath[$0.path] == 1 }
        #expect(diff.utf8.count >= 1 << 20)
        #expect(riskyAlone.count >= 100)
        #expect(riskyAlone.filter { !blockedFiles.contains($0.path) }.map(\.name) == [])
    }
}

@Suite struct OpenAIPromptTests {
    @Test func fencesInsideTheDiffCannotCloseTheBlock() {
        let text = OpenAIPrompt.neutralizeFences("+ ```\n+````json\n+`single` ok")
        #expect(!text.contains("``"))
        #expect(text.replacingOccurrences(of: "\u{200B}", with: "") == "+ ```\n+````json\n+`single` ok")
    }

    @Test func aDiffOverBudgetKeepsTheRiskiestFilesAndSaysWhatWasLeftOut() {
        let docs = ReviewCase(
            "docs", "docs/guide.md", String(repeating: "Some prose about the app.\n", count: 400), risky: false)
        let risky = ReviewCase("key", "app/settings.py", "KEY = \"AKIAW3X9PL2M7QK4RT8B\"\n", risky: false)
        let (kept, note) = OpenAIPrompt.trim(docs.patch + risky.patch, budget: 2000)
        #expect(kept.contains("app/settings.py") && !kept.contains("docs/guide.md"))
        #expect(note == "1 hunks in 1 files: docs/guide.md (1 hunk)")
        let request = ReviewRequest(
            deployment: "web", repository: "r", fromCommit: nil, toCommit: "c", path: ".",
            diff: docs.patch + risky.patch,
            files: ["docs/guide.md", "app/settings.py"])
        let user = OpenAIPrompt.user(for: request, budget: 2000)
        #expect(user.contains("Left out to fit the review budget: 1 hunks in 1 files"))
        #expect(user.hasSuffix("\n```\n") && user.components(separatedBy: "```").count == 3)
    }
}

@Suite struct RemoteReplyTests {
    private static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
    private static func reviewer() throws -> OpenAIReviewer {
        try OpenAIReviewer(
            name: "llm", baseURL: "http://127.0.0.1:9/v1", model: "m", apiKey: "sk-secret", timeout: .seconds(1),
            logger: logger)
    }

    private static func completion(_ content: String, finish: String = "stop") -> [UInt8] {
        let body: [String: Any] = [
            "choices": [["message": ["role": "assistant", "content": content], "finish_reason": finish]]
        ]
        return Array(try! JSONSerialization.data(withJSONObject: body))
    }

    @Test(arguments: [
        #"{"verdict": "approve", "summary": "ok"}"#,
        #"{"verdict": "approve", "summary": "ok", "findings": [], "policy": "off"}"#,
        #"{"verdict": "maybe", "summary": "ok", "findings": []}"#,
        #"{"verdict": "approve", "summary": "ok", "findings": [{"severity": "urgent", "rule": "x", "file": "a", "line": 1, "message": "m"}]}"#,
        #"{"verdict": "approve", "summary": "ok", "findings": [{"severity": "low", "rule": " ", "file": "a", "line": 0, "message": "m"}]}"#,
        #"```json\n{"verdict": "approve", "summary": "ok", "findings": []}\n```"#,
        "approve",
    ])
    func anythingButAVerdictIsAnError(_ content: String) throws {
        #expect(throws: ReviewerError.self) { try Self.reviewer().verdict(fromCompletion: Self.completion(content)) }
    }

    @Test func aTruncatedCompletionIsAnError() throws {
        let content = #"{"verdict": "approve", "summary": "ok", "findings": []}"#
        #expect(throws: ReviewerError.self) {
            try Self.reviewer().verdict(fromCompletion: Self.completion(content, finish: "length"))
        }
    }

    @Test func ruleNamesBecomeIDs() throws {
        let content = #"{"verdict": "block", "summary": "s", "findings": [{"severity": "critical", "rule": "Hard-coded AWS key!", "file": "a.py", "line": null, "message": "m"}]}"#
        let report = try Self.reviewer().verdict(fromCompletion: Self.completion(content))
        #expect(report.findings.map(\.rule) == ["llm.hard-coded-aws-key"])
    }

    @Test func aBlockWithoutSevereFindingsStillBlocks() throws {
        let report = try Self.reviewer().verdict(
            fromCompletion: Self.completion(#"{"verdict": "block", "summary": "sneaky", "findings": []}"#))
        #expect(report.findings.map(\.rule) == ["llm.verdict"] && report.findings[0].severity == .high)
    }

    @Test func theAPIKeyNeverShowsInDescriptions() throws {
        let reviewer = try Self.reviewer()
        var dumped = ""
        dump(reviewer, to: &dumped)
        #expect(!"\(reviewer)".contains("sk-secret") && !dumped.contains("sk-secret"))
    }

    @Test func webhookRepliesAreReadStrictly() throws {
        let hook = try WebhookReviewer(
            name: "hook", url: "http://127.0.0.1:9/review", secret: "k", timeout: .seconds(1), logger: Self.logger)
        let good = #"{"findings": [{"severity": "high", "rule": "team.x", "file": "a.py", "message": "m"}]}"#
        let report = try hook.report(from: Array(good.utf8))
        #expect(
            report.reviewer == "hook" && report.findings.first?.line == nil
                && report.findings.first?.fingerprint.count == 16)
        for bad in [#"{"findings": [], "verdict": "approve"}"#, #"{"findings": {}}"#, #"[]"#, "ok"] {
            #expect(throws: ReviewerError.self) { try hook.report(from: Array(bad.utf8)) }
        }
    }
}
