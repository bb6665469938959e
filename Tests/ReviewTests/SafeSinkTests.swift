import Foundation
import Manifest
import Testing

@testable import Review

/// The sinks the static reviewer examines and judges safe (``SafeSink``), and a scanner's finding of the same class on
/// those lines following that judgement: lowered below blocking, saying why.
@Suite struct SafeSinkTests {
    /// A one-file first-deploy diff of `lines`.
    static func diff(_ path: String, _ lines: [String]) -> UnifiedDiff.File {
        let patch =
            "diff --git a/\(path) b/\(path)\nnew file mode 100644\n--- /dev/null\n+++ b/\(path)\n"
            + "@@ -0,0 +1,\(lines.count) @@\n" + lines.map { "+\($0)\n" }.joined()
        return UnifiedDiff(patch).files[0]
    }

    /// A shell command built from an upload's name passed through `escapeshellarg`, then run.
    static let escapedShell = diff(
        "app/Thumbnails.php",
        [
            "<?php", "function thumbnail(string $upload): ?string", "{",
            "    $cmd = 'convert ' . escapeshellarg($upload) . ' -resize 128x128 thumb.png';",
            "    return shell_exec($cmd);", "}",
        ])

    /// A shell command with a sanitiser on the argument itself, `shell=True`.
    static let quotedShell = diff(
        "tools/archive.py",
        [
            "import shlex", "import subprocess", "", "def archive(name):",
            "    return subprocess.check_output(\"tar czf out.tgz \" + shlex.quote(name), shell=True)",
        ])

    /// An ORDER BY column taken from a request but looked up in a table of constants.
    static let allowListedSort = diff(
        "app/users.py",
        [
            "SORTS = {\"name\": \"name\", \"created\": \"created_at\"}", "", "def list_users(db, request):",
            "    column = SORTS.get(request.args.get(\"sort\"), \"name\")",
            "    return db.execute(\"SELECT id FROM users ORDER BY \" + column)",
        ])

    /// A pickle the same file writes: its own cache.
    static let ownPickle = diff(
        "app/cache.py",
        [
            "import pickle", "", "def load(path):", "    with open(path, \"rb\") as fh:",
            "        return pickle.load(fh)",
            "", "def save(path, data):", "    with open(path, \"wb\") as fh:", "        pickle.dump(data, fh)",
        ])

    @Test(arguments: [
        (escapedShell, RiskClass.shell, 5, "`cmd` is built only from values passed through escapeshellarg"),
        (quotedShell, .shell, 5, "its input passes through shlex.quote"),
        (allowListedSort, .sql, 5, "`column` holds a constant or a value looked up in an allow-list"),
        (ownPickle, .deserialisation, 5, "the file loads only data it serialised itself (its own cache or state)"),
    ])
    func staticJudgesTheSinkSafeAndSaysWhy(file: UnifiedDiff.File, riskClass: RiskClass, line: Int, reason: String) {
        let judgement = StaticReviewer.judgement(of: file, recordingSafe: true)
        #expect(!judgement.findings.contains { $0.severity >= .high }, "\(judgement.findings)")
        let sinks = judgement.safeSinks.filter { $0.riskClass == riskClass }
        #expect(sinks.map(\.line) == [line], "\(judgement.safeSinks)")
        #expect(sinks.first?.reason.hasPrefix(reason) == true, "\(sinks)")
        #expect(sinks.first?.file == file.path)
        // The findings alone record nothing, and are the same findings.
        #expect(StaticReviewer.judgement(of: file, recordingSafe: false).safeSinks.isEmpty)
        #expect(StaticReviewer.findings(in: file) == judgement.findings)
    }

    @Test func aSinkStaticFlagsIsNoSafeSink() {
        let file = Self.diff(
            "app/Thumbnails.php", ["<?php", "$out = shell_exec('convert ' . $_GET['f'] . ' thumb.png');"])
        let judgement = StaticReviewer.judgement(of: file, recordingSafe: true)
        #expect(judgement.findings.map(\.rule) == ["code.command-injection"])
        #expect(!judgement.safeSinks.contains { $0.riskClass == .shell })
    }

    static func finding(_ severity: FindingSeverity, line: Int, file: String = "app/Thumbnails.php") -> ReviewFinding {
        ReviewFinding(
            severity: severity, rule: "fake.shell", file: file, line: line, message: "shell found",
            fingerprint: "shell@\(line)")
    }

    static func classOf(_ finding: ReviewFinding) -> RiskClass? {
        finding.rule == "fake.shell" ? .shell : nil
    }

    @Test func aScannerFindingNearASafeSinkIsLoweredBelowBlockingSayingWhy() {
        let safe = [
            SafeSink(riskClass: .shell, file: "app/Thumbnails.php", line: 5, reason: "its input passes through x")
        ]
        let findings = [.high, .critical, .medium].map { Self.finding($0, line: 5) } + [Self.finding(.high, line: 8)]
        let lowered = SarifReviewer.lowered(findings, as: [], safe: safe, classOf: Self.classOf)
        #expect(lowered.map(\.severity) == [.low, .low, .low, .high])
        #expect(
            lowered[0].message
                == "shell found (low: static judged this sink safe on line 5: its input passes through x)")
        // Another file, another class: kept.
        let elsewhere = [Self.finding(.high, line: 5, file: "app/Other.php")]
        #expect(SarifReviewer.lowered(elsewhere, as: [], safe: safe, classOf: Self.classOf) == elsewhere)
        let tls = [SafeSink(riskClass: .tls, file: "app/Thumbnails.php", line: 5, reason: "x")]
        #expect(SarifReviewer.lowered([findings[0]], as: [], safe: tls, classOf: Self.classOf) == [findings[0]])
    }

    @Test func staticsFindingOfTheClassOutweighsASafeSinkAsNear() {
        let safe = [SafeSink(riskClass: .shell, file: "app/Thumbnails.php", line: 4, reason: "x")]
        let flagged = [
            ReviewFinding(
                severity: .high, rule: "code.command-injection", file: "app/Thumbnails.php", line: 6, message: "m",
                fingerprint: "f")
        ]
        let findings = [4, 5, 6].map { Self.finding(.high, line: $0) }
        // Nearest decides: line 4 is the safe sink's, line 6 static's finding's; line 5, as near to both, the finding's.
        let lowered = SarifReviewer.lowered(findings, as: flagged, safe: safe, classOf: Self.classOf)
        #expect(lowered.map(\.severity) == [.low, .high, .high])
    }

    @Test func aFakeScannersShellFindingFollowsStaticsEscapeshellargThroughAReview() async throws {
        let escaped = [
            "<?php", "function thumbnail(string $upload): ?string", "{",
            "    $cmd = 'convert ' . escapeshellarg($upload) . ' -resize 128x128 thumb.png';",
            "    return shell_exec($cmd);", "}", "function raw(): ?string", "{",
            "    return shell_exec('convert ' . $_GET['f'] . ' thumb.png');", "}",
        ]
        let patch =
            "diff --git a/app/Thumbnails.php b/app/Thumbnails.php\nnew file mode 100644\n--- /dev/null\n"
            + "+++ b/app/Thumbnails.php\n@@ -0,0 +1,\(escaped.count) @@\n" + escaped.map { "+\($0)\n" }.joined()
        // One shell finding on each shell_exec line (5 and 9).
        let path = try SarifReviewerTests.findingScript(rule: "shell", lines: [5, 9])
        defer { unlink(path) }
        let scanner = SarifScanner(
            tool: "fake", command: [path, "{output}", "{files}"], files: ["*.php"], classes: ["shell": .shell])
        let report = try await SarifReviewer(name: "fake", scanner: scanner, executable: path)
            .review(SarifReviewerTests.request(patch))
        #expect(report.findings.map(\.line) == [9, 5])
        #expect(report.findings.map(\.severity) == [.high, .low])
        #expect(report.findings[1].message.contains("static judged this sink safe on line 5: `cmd` is built only from"))
    }
}
