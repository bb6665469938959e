import Foundation
import Manifest
import Testing

@testable import Review

/// A scanner's finding follows the static reviewer's judgement of the same class of risk on the same lines
/// (``SarifReviewer/followingStatic(_:in:classOf:)``): the class maps, the pure lowering over fake findings, static's
/// real judgements (a placeholder, a development flag), and a fake scanner run end to end.
@Suite struct SarifFollowingStaticTests {
    static func finding(
        _ rule: String, _ severity: FindingSeverity, line: Int?, file: String = "app/client.go"
    ) -> ReviewFinding {
        ReviewFinding(
            severity: severity, rule: rule, file: file, line: line, message: "\(rule) found",
            fingerprint: "\(rule)@\(line ?? 0)")
    }

    /// Classes a fake scanner's rules: `tls.*` as TLS, `secret.*` as secrets, anything else unknown.
    static func classOf(_ finding: ReviewFinding) -> RiskClass? {
        if finding.rule.hasPrefix("fake.tls") { return .tls }
        if finding.rule.hasPrefix("fake.secret") { return .secret }
        return nil
    }

    @Test func staticRulesHaveTheirClasses() {
        #expect(RiskClass(staticRule: "secret.stripe-key") == .secret)
        #expect(RiskClass(staticRule: "secret.generic-assignment") == .secret)
        #expect(RiskClass(staticRule: "docker.secret-in-env") == .secret)
        #expect(RiskClass(staticRule: "code.tls-verify-disabled") == .tls)
        #expect(RiskClass(staticRule: "code.yaml-unsafe-load") == .deserialisation)
        #expect(RiskClass(staticRule: "code.subprocess-shell") == .shell)
        #expect(RiskClass(staticRule: "ci.secrets-exfiltration") == .ciExfiltration)
        #expect(RiskClass(staticRule: "docker.root-user") == nil)
        #expect(RiskClass(staticRule: "code.cors-wildcard") == nil)
    }

    @Test func scannerRulesHaveTheirClasses() {
        let bandit = SarifPreset.bandit.scanner
        #expect(bandit.riskClass(of: "B301") == .deserialisation && bandit.riskClass(of: "B501") == .tls)
        #expect(bandit.riskClass(of: "B105") == .secret && bandit.riskClass(of: "B608") == .sql)
        #expect(bandit.riskClass(of: "B404") == nil)
        // A secret scanner's every rule is a secret, whatever detector found it.
        #expect(SarifPreset.detectSecrets.scanner.riskClass(of: "Some Future Detector") == .secret)
        #expect(SarifPreset.checkov.scanner.riskClass(of: "CKV_GHA_3") == .ciExfiltration)
        #expect(SarifPreset.hadolint.scanner.riskClass(of: "DL3007") == nil)
        let semgrep = SarifPreset.semgrep.scanner
        #expect(semgrep.riskClass(of: "berth.tls-verify-off-go") == .tls)
        #expect(semgrep.riskClass(of: "berth.weak-password-hash-python") == .passwordHash)
        #expect(semgrep.riskClass(of: "berth.nonexistent-rule-go") == nil)
    }

    /// Every rule berth ships for semgrep is classed, so a new rule cannot silently lose static's judgement.
    @Test func everySemgrepRuleHasAClass() {
        let ids = SemgrepRules.text.split(separator: "\n").filter { $0.hasPrefix("  - id: ") }
        #expect(ids.count == SemgrepRules.classes.count)
        #expect(ids.count > 30)
    }

    @Test func aFindingTakesTheSeverityStaticGivesItsClassOnTheSameLines() {
        let judged = [Self.finding("code.tls-verify-disabled", .medium, line: 8)]
        let findings = [6, 8, 10, 11].map { Self.finding("fake.tls-off", .high, line: $0) }
        let lowered = SarifReviewer.lowered(findings, as: judged, classOf: Self.classOf)
        // Within reach (two lines) of static's judgement: lowered; three lines away: kept.
        #expect(lowered.map(\.severity) == [.medium, .medium, .medium, .high])
        #expect(lowered[0].message == "fake.tls-off found (medium as static judges code.tls-verify-disabled on line 8)")
        #expect(lowered[3].message == "fake.tls-off found")
    }

    @Test func anotherClassAnotherFileOrNoClassKeepsItsSeverity() {
        let judged = [Self.finding("secret.stripe-key", .low, line: 3)]
        let findings = [
            Self.finding("fake.tls-off", .high, line: 3),
            Self.finding("fake.secret-keyword", .high, line: 3, file: "app/other.go"),
            Self.finding("fake.unclassed", .high, line: 3),
            Self.finding("fake.secret-keyword", .high, line: nil),
        ]
        #expect(SarifReviewer.lowered(findings, as: judged, classOf: Self.classOf) == findings)
    }

    @Test func theNearestJudgementDecidesAndTheMostSevereOfEquallyNearOnes() {
        // A placeholder on line 4, a real key on line 5: a finding on line 4 is the placeholder's, on 5 the key's.
        let judged = [
            Self.finding("secret.stripe-key", .low, line: 4), Self.finding("secret.stripe-key", .critical, line: 5),
        ]
        let findings = [4, 5].map { Self.finding("fake.secret-keyword", .high, line: $0) }
        #expect(SarifReviewer.lowered(findings, as: judged, classOf: Self.classOf).map(\.severity) == [.low, .high])
        // Two as near, one low and one high: the finding is not lowered.
        let between = [Self.finding("fake.secret-keyword", .high, line: 6)]
        let around = [
            Self.finding("secret.stripe-key", .low, line: 5), Self.finding("secret.generic-assignment", .high, line: 7),
        ]
        #expect(SarifReviewer.lowered(between, as: around, classOf: Self.classOf) == between)
    }

    @Test func staticNeverRaisesAFindingNorTouchesALowOne() {
        let judged = [Self.finding("code.tls-verify-disabled", .high, line: 2)]
        let findings = [Self.finding("fake.tls-off", .medium, line: 2), Self.finding("fake.tls-off", .low, line: 2)]
        #expect(SarifReviewer.lowered(findings, as: judged, classOf: Self.classOf) == findings)
        let placeholder = [Self.finding("secret.stripe-key", .info, line: 2)]
        #expect(SarifReviewer.lowered([findings[1]], as: placeholder, classOf: Self.classOf) == [findings[1]])
    }

    /// A Go client that turns TLS verification off behind a development flag (static: medium) and again without one
    /// (static: high).
    static let devFlagDiff = """
        diff --git a/app/client.go b/app/client.go
        new file mode 100644
        --- /dev/null
        +++ b/app/client.go
        @@ -0,0 +1,14 @@
        +package app
        +
        +import "crypto/tls"
        +
        +func devConfig(insecureDevTLS bool) *tls.Config {
        +	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
        +	if insecureDevTLS {
        +		cfg.InsecureSkipVerify = true
        +	}
        +	return cfg
        +}
        +
        +func upstreamConfig() *tls.Config {
        +	return &tls.Config{InsecureSkipVerify: true}
        +}

        """

    @Test func staticsDevelopmentFlagAndPlaceholderJudgementsCarryOver() throws {
        let files = UnifiedDiff(Self.devFlagDiff).files
        let staticFindings = StaticReviewer.findings(in: files[0]).filter { $0.rule == "code.tls-verify-disabled" }
        #expect(staticFindings.map(\.severity) == [.medium, .high], "\(staticFindings)")
        let findings = [8, 14].map { Self.finding("fake.tls-off", .high, line: $0) }
        let judged = SarifReviewer.followingStatic(findings, in: files, classOf: Self.classOf)
        #expect(judged.map(\.severity) == [.medium, .high])

        let secrets = """
            diff --git a/config/billing.py b/config/billing.py
            new file mode 100644
            --- /dev/null
            +++ b/config/billing.py
            @@ -0,0 +1,2 @@
            +STRIPE_KEY = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
            +STRIPE_BACKUP_KEY = "sk_live_Q7mT2vK9pXw4LrZ8cN3bF6hJ"

            """
        let keys = [1, 2].map { Self.finding("fake.secret-keyword", .high, line: $0, file: "config/billing.py") }
        let placeholders = SarifReviewer.followingStatic(keys, in: UnifiedDiff(secrets).files, classOf: Self.classOf)
        #expect(placeholders.map(\.severity) == [.low, .high])
    }

    @Test func aFakeScannersFindingsFollowStaticThroughAReview() async throws {
        // One TLS finding on lines 7 and 14 of the (one) file the fake scanner is given.
        let path = try SarifReviewerTests.findingScript(rule: "tls-off", lines: [7, 14])
        defer { unlink(path) }
        let scanner = SarifScanner(
            tool: "fake", command: [path, "{output}", "{files}"], files: ["*.go"], classes: ["tls-off": .tls])
        let report = try await SarifReviewer(name: "fake", scanner: scanner, executable: path)
            .review(SarifReviewerTests.request(Self.devFlagDiff))
        #expect(report.findings.map(\.line) == [14, 7])
        #expect(report.findings.map(\.severity) == [.high, .medium])

        let unclassed = SarifScanner(tool: "fake", command: [path, "{output}", "{files}"], files: ["*.go"])
        let kept = try await SarifReviewer(name: "fake", scanner: unclassed, executable: path)
            .review(SarifReviewerTests.request(Self.devFlagDiff))
        #expect(kept.findings.map(\.severity) == [.high, .high])
    }
}
