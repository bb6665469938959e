import Foundation
import Manifest
import TestSupport
import Testing

@testable import Review

/// The `sarif` reviewer: the real SARIF the installed scanners wrote on the fixture repositories
/// (`Tests/Fixtures/sarif`), the severity mapping, and runs of real and fake scanners.
@Suite struct SarifReviewerTests {
    static let sarif = Fixtures.directory.appendingPathComponent("sarif")

    static func log(_ scanner: String, _ repo: String) throws -> SarifLog {
        try SarifLog(data: Data(contentsOf: sarif.appendingPathComponent("\(scanner)/\(repo).sarif")))
    }

    static func findings(_ preset: SarifPreset, _ repo: String) throws -> [ReviewFinding] {
        SarifReviewer.findings(
            in: try log(preset.rawValue, repo), scanner: preset.scanner, reviewer: preset.rawValue, tree: "/tmp/tree")
    }

    /// A diff adding every file of a fixture repository (a first deploy).
    static func wholeTree(_ repo: String) throws -> String {
        let root = sarif.appendingPathComponent("repos/\(repo)")
        let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path).sorted().filter { path in
            var folder: ObjCBool = false
            FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &folder)
            return !folder.boolValue
        }
        return try paths.map { path in
            let lines = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            return "diff --git a/\(path) b/\(path)\nnew file mode 100644\n--- /dev/null\n+++ b/\(path)\n"
                + "@@ -0,0 +1,\(lines.count) @@\n" + lines.map { "+\($0)\n" }.joined()
        }.joined()
    }

    static func request(_ diff: String) -> ReviewRequest {
        ReviewRequest(
            deployment: "web", repository: "/tmp/repo", fromCommit: nil, toCommit: "abc", path: ".", diff: diff,
            files: [])
    }

    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    @Test func banditOutputMapsIssueSeverityAndPresetOverrides() throws {
        let findings = try Self.findings(.bandit, "python-app")
        #expect(findings.count == 11)
        let byRule = Dictionary(findings.map { ($0.rule, $0.severity) }, uniquingKeysWith: max)
        #expect(byRule["bandit.B602"] == .high)  // subprocess shell=True: issue_severity HIGH
        #expect(byRule["bandit.B506"] == .high)  // yaml.load: MEDIUM in bandit, raised by the preset
        #expect(byRule["bandit.B608"] == .medium)  // SQL string building: bandit's MEDIUM
        #expect(byRule["bandit.B404"] == .low)
        let shell = try #require(findings.first { $0.rule == "bandit.B602" })
        #expect(shell.file == "app/tasks.py" && shell.line == 12)
        #expect(shell.message.hasPrefix("bandit: "))
    }

    @Test func semgrepOutputReadsSecuritySeverityOfBerthRules() throws {
        let findings = try Self.findings(.semgrep, "polyglot-app")
        #expect(findings.count == 23)
        #expect(findings.allSatisfy { $0.severity == .high && $0.rule.hasPrefix("semgrep.berth.") })
        let classes = Set(
            findings.map { $0.rule.split(separator: ".").last!.split(separator: "-").dropLast().joined(separator: "-") }
        )
        #expect(
            classes == [
                "sql-interpolation", "shell-injection", "unsafe-deserialization", "eval-injection", "tls-verify-off",
                "weak-password-hash", "path-traversal",
            ])
        #expect(try Self.findings(.semgrep, "python-app").count == 8)
        #expect(try Self.findings(.semgrep, "js-app").count == 4)
    }

    @Test func checkovHadolintAndDetectSecretsOutputs() throws {
        let checkov = try Self.findings(.checkov, "ci-app")
        #expect(checkov.first { $0.rule == "checkov.CKV_GHA_2" }?.severity == .high)
        #expect(checkov.first { $0.rule == "checkov.CKV2_GHA_1" }?.severity == .medium)
        #expect(
            try Self.findings(.checkov, "docker-app").contains { $0.rule == "checkov.CKV_DOCKER_4" && $0.line == 2 })
        let hadolint = try Self.findings(.hadolint, "docker-app")
        #expect(hadolint.count == 5 && hadolint.allSatisfy { $0.severity <= .low && $0.file == "Dockerfile" })
        let secrets = try Self.findings(.detectSecrets, "secrets-app")
        #expect(secrets.first { $0.rule == "detect-secrets.AWS Access Key" }?.severity == .high)
        #expect(secrets.contains { $0.rule == "detect-secrets.Secret Keyword" && $0.severity == .medium })
        #expect(!secrets.contains { $0.message.contains("AKIA") })
    }

    @Test func severityMapping() {
        let scanner = SarifScanner(tool: "x", command: ["x"], files: ["*"], rules: ["R1": .critical])
        #expect(scanner.severity(rule: "R1", level: "note", securitySeverity: 1, issueSeverity: nil) == .critical)
        #expect(scanner.severity(rule: "R", level: "note", securitySeverity: 9.8, issueSeverity: nil) == .critical)
        #expect(scanner.severity(rule: "R", level: nil, securitySeverity: 7.0, issueSeverity: nil) == .high)
        #expect(scanner.severity(rule: "R", level: nil, securitySeverity: 4.0, issueSeverity: nil) == .medium)
        #expect(scanner.severity(rule: "R", level: nil, securitySeverity: 3.9, issueSeverity: nil) == .low)
        #expect(scanner.severity(rule: "R", level: "error", securitySeverity: nil, issueSeverity: "LOW") == .low)
        #expect(scanner.severity(rule: "R", level: "error", securitySeverity: nil, issueSeverity: nil) == .high)
        #expect(scanner.severity(rule: "R", level: nil, securitySeverity: nil, issueSeverity: nil) == .medium)
        #expect(scanner.severity(rule: "R", level: "note", securitySeverity: nil, issueSeverity: nil) == .low)
    }

    @Test func globsPickFiles() {
        #expect(SarifPreset.bandit.scanner.takes("app/tasks.py"))
        #expect(!SarifPreset.bandit.scanner.takes("app/tasks.pyc"))
        #expect(SarifPreset.semgrep.scanner.takes("src/a.tsx"))
        #expect(SarifPreset.checkov.scanner.takes(".github/workflows/build.yml"))
        #expect(SarifPreset.checkov.scanner.takes("deploy/Dockerfile"))
        #expect(!SarifPreset.checkov.scanner.takes("deploy/values.yml"))
    }

    @Test func modifiedFileKeepsLineNumbersAndOnlyAddedLinesCount() {
        let diff = """
            diff --git a/a.py b/a.py
            --- a/a.py
            +++ b/a.py
            @@ -10,3 +10,4 @@ def f():
                 x = 1
            -    y = 2
            +    y = 3
            +    z = 4
                 return x

            """
        let file = UnifiedDiff(diff).files[0]
        let lines = SarifReviewer.newSide(of: file)
        #expect(
            lines[10] == "    x = 1" && lines[11] == "    y = 3" && lines[12] == "    z = 4"
                && lines[13] == "    return x")
        #expect(SarifReviewer.text(lines).split(separator: "\n", omittingEmptySubsequences: false).count == 14)
    }

    /// A fake scanner: a shell script run as the preset command's program.
    static func script(_ body: String) throws -> String {
        let path = NSTemporaryDirectory() + "berth-fake-scanner-\(UUID().uuidString).sh"
        try "#!/bin/sh\n\(body)\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }

    /// A fake scanner (`<script> {output} {files}`) that writes one SARIF result of `rule` on each of `lines` of the
    /// file it is given; the caller unlinks the returned path.
    static func findingScript(rule: String, lines: [Int]) throws -> String {
        let results = lines.map { line in
            #"{"ruleId":"\#(rule)","level":"error","message":{"text":"\#(rule)"},"locations":[{"physicalLocation":"#
                + #"{"artifactLocation":{"uri":"$file"},"region":{"startLine":\#(line)}}}]}"#
        }
        return try script(
            """
            out="$1"; file="$2"
            cat > "$out" <<EOF
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"fake"}},
            "results":[\(results.joined(separator: ","))]}]}
            EOF
            """)
    }

    @Test func timeoutIsAReviewerErrorWithStderrTail() async throws {
        let marks = NSTemporaryDirectory() + "berth-slowscan-\(UUID().uuidString)"
        let path = try Self.script(
            "echo $$ > '\(marks).pid'; echo 'scanning slowly' >&2; sleep 30; touch '\(marks).woke'")
        defer { unlink(path) }
        let scanner = SarifScanner(tool: "slowscan", command: [path, "{files}"], files: ["*.py"], timeout: .seconds(1))
        let reviewer = SarifReviewer(name: "slow", scanner: scanner, executable: path)
        let error = await #expect(throws: ReviewerError.self) {
            try await reviewer.review(Self.request(try Self.wholeTree("python-app")))
        }
        // Killed, not waited for: the scanner is gone and never woke from its 30 s sleep. (A wall-clock bound would
        // measure the test's own scheduling too, which a loaded machine stretches.)
        let written = try String(contentsOfFile: marks + ".pid", encoding: .utf8)
        let pid = try #require(pid_t(written.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, 0) != 0 && errno == ESRCH, "the scanner still runs")
        #expect(!FileManager.default.fileExists(atPath: marks + ".woke"))
        unlink(marks + ".pid")
        #expect(error?.kind == .timedOut)
        #expect(error?.description.contains("slowscan") == true)
        #expect(error?.message.contains("scanning slowly") == true)
    }

    @Test func crashIsAReviewerErrorWithStderrTail() async throws {
        let path = try Self.script(
            "echo 'Traceback: boom in the parser' >&2; echo 'token AKIAZ7Q4M2PLX9WB3KTEq9Xv2' >&2; exit 3")
        defer { unlink(path) }
        let scanner = SarifScanner(tool: "crashscan", command: [path, "{files}"], files: ["*.py"], exitCodes: [0, 1])
        let reviewer = SarifReviewer(name: "crash", scanner: scanner, executable: path)
        let error = await #expect(throws: ReviewerError.self) {
            try await reviewer.review(Self.request(try Self.wholeTree("python-app")))
        }
        #expect(error?.message.contains("crashscan exited with status 3") == true)
        #expect(error?.message.contains("boom in the parser") == true)
        #expect(error?.message.contains("AKIAZ7Q4M2PLX9WB3KTEq9Xv2") == false)
    }

    @Test func garbageOutputIsAReviewerError() async throws {
        let path = try Self.script("echo 'not json'")
        defer { unlink(path) }
        let scanner = SarifScanner(tool: "junkscan", command: [path, "{files}"], files: ["*.py"])
        let error = await #expect(throws: ReviewerError.self) {
            try await SarifReviewer(name: "junk", scanner: scanner, executable: path)
                .review(Self.request(try Self.wholeTree("python-app")))
        }
        #expect(error?.message.contains("junkscan wrote no readable SARIF") == true)
    }

    @Test func noMatchingFileMeansNoRun() async throws {
        let path = try Self.script("exit 9")
        defer { unlink(path) }
        let scanner = SarifScanner(tool: "never", command: [path, "{files}"], files: ["*.rs"])
        let report = try await SarifReviewer(name: "never", scanner: scanner, executable: path)
            .review(Self.request(try Self.wholeTree("python-app")))
        #expect(report.findings.isEmpty)
    }

    @Test func largeChangesAreSplitIntoBalancedBatchesSmallOnesAreNot() {
        let small = UnifiedDiff(Self.newFiles(count: 30, linesEach: 20)).files
        #expect(SarifReviewer.batches(of: small, processes: 4).count == 1)
        // A scanner whose time goes into each file (hadolint: ShellCheck per RUN line) splits small changes too.
        #expect(SarifReviewer.batches(of: small, processes: 4, bytesPerBatch: 1 << 10).count == 4)

        let large = UnifiedDiff(Self.newFiles(count: 40, linesEach: 2_000)).files
        let batches = SarifReviewer.batches(of: large, processes: 4)
        #expect(batches.count == 4)
        #expect(batches.flatMap { $0.map(\.path) }.sorted() == large.map(\.path).sorted())
        #expect(batches.allSatisfy { $0.count == 10 })
        #expect(SarifReviewer.batches(of: large, processes: 1).count == 1)
    }

    @Test func aLargeChangeRunsOneProcessPerBatchAndMergesTheirFindings() async throws {
        // The fake scanner reports one finding on line 1 of every file it is given, and counts its runs.
        let runs = NSTemporaryDirectory() + "berth-runs-\(UUID().uuidString)"
        defer { unlink(runs) }
        let path = try Self.script(
            """
            echo run >> \(runs)
            out="$1"; shift; results=""
            for f in "$@"; do results="$results{\\"ruleId\\":\\"R1\\",\\"level\\":\\"error\\",\\"message\\":{\\"text\\":\\"x\\"},\\"locations\\":[{\\"physicalLocation\\":{\\"artifactLocation\\":{\\"uri\\":\\"$f\\"},\\"region\\":{\\"startLine\\":1}}}]},"; done
            printf '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"fake"}},"results":[%s]}]}' "${results%,}" > "$out"
            """)
        defer { unlink(path) }
        let scanner = SarifScanner(tool: "fake", command: [path, "{output}", "{files}"], files: ["*.py"])
        let diff = Self.newFiles(count: 12, linesEach: 2_000)
        let report = try await SarifReviewer(name: "fake", scanner: scanner, executable: path).review(
            Self.request(diff))
        let processes = SarifReviewer.batches(
            of: UnifiedDiff(diff).files, processes: ProcessInfo.processInfo.activeProcessorCount
        ).count
        #expect(processes > 1 || ProcessInfo.processInfo.activeProcessorCount == 1)
        #expect(try String(contentsOfFile: runs, encoding: .utf8).split(separator: "\n").count == processes)
        #expect(report.findings.map(\.file) == (0..<12).map { "src/f\($0).py" }.sorted())
    }

    @Test func aScannersFindingInTestCodeIsLoweredAsStaticOnesAre() {
        let findings = ["tests/test_api.py", "app/api.py", "internal/tls/testdata/server.key"].map { file in
            ReviewFinding(
                severity: .high, rule: "bandit.B307", file: file, line: 3, message: "bandit: use of eval",
                fingerprint: file)
        }
        let judged = SarifReviewer.loweringTestCode(findings)
        #expect(judged.map(\.severity) == [.low, .high, .low])
        #expect(judged[0].message.hasSuffix("(in test code)") && judged[1].message == "bandit: use of eval")
    }

    /// A first-deploy diff of `count` new Python files of `linesEach` lines of about 64 bytes.
    static func newFiles(count: Int, linesEach: Int) -> String {
        (0..<count).map { index in
            let path = "src/f\(index).py"
            let lines = (0..<linesEach).map { "+value_\($0) = compute(\"a fairly ordinary line of code\", \($0))\n" }
            return "diff --git a/\(path) b/\(path)\nnew file mode 100644\n--- /dev/null\n+++ b/\(path)\n"
                + "@@ -0,0 +1,\(linesEach) @@\n" + lines.joined()
        }.joined()
    }

    /// Real scanners on a fixture change; in CI (bootstrap installed them) a missing scanner fails the test.
    @Test(arguments: [
        (SarifPreset.bandit, "python-app", "bandit.B602"),
        (SarifPreset.semgrep, "polyglot-app", "semgrep.berth.sql-interpolation-go"),
        (SarifPreset.checkov, "ci-app", "checkov.CKV_GHA_2"),
        (SarifPreset.hadolint, "docker-app", "hadolint.DL3007"),
        (SarifPreset.detectSecrets, "secrets-app", "detect-secrets.AWS Access Key"),
    ])
    func realScanner(_ preset: SarifPreset, _ repo: String, _ expected: String) async throws {
        guard let executable = preset.executable else {
            #expect(!Self.inCI, "\(preset.rawValue) is not installed; scripts/bootstrap installs it")
            return
        }
        let report = try await SarifReviewer(name: preset.rawValue, scanner: preset.scanner, executable: executable)
            .review(Self.request(try Self.wholeTree(repo)))
        #expect(report.findings.contains { $0.rule == expected }, "\(report.findings.map(\.rule))")
    }
}
