import Manifest
import Review
import Testing

@Suite struct ReviewGateTests {
    private static func finding(_ severity: FindingSeverity, _ rule: String, fingerprint: String) -> ReviewFinding {
        ReviewFinding(
            severity: severity, rule: rule, file: "app/main.py", line: 3, message: "m", fingerprint: fingerprint)
    }

    private static let report = ReviewReport(
        reviewer: "static",
        findings: [
            finding(.high, "code.eval", fingerprint: "f-high"),
            finding(.medium, "code.cors-wildcard", fingerprint: "f-medium"),
        ])

    @Test func blockHighBlocksOnHighAndNamesTheTopRule() {
        let outcome = ReviewGate(policy: .blockHigh, failClosed: true).decide([.report(Self.report)])
        #expect(outcome.isBlocked)
        #expect(outcome.summary == "blocked: high code.eval in app/main.py:3 (+1 more)")
        #expect(outcome.findings.map(\.rule) == ["code.eval", "code.cors-wildcard"])
    }

    @Test func blockCriticalAndWarnOnlyWarnOnHigh() {
        for policy in [ReviewPolicy.blockCritical, .warn] {
            let outcome = ReviewGate(policy: policy, failClosed: true).decide([.report(Self.report)])
            guard case .warned(let summary, let findings) = outcome else {
                Issue.record("\(policy): \(outcome)")
                continue
            }
            #expect(summary.hasPrefix("passed with warnings: 2 findings, top: high code.eval"))
            #expect(findings.count == 2)
        }
    }

    @Test func blockMediumBlocksOnMediumAndIsTheStrongestPolicy() {
        let medium = ReviewReport(reviewer: "static", findings: [Self.finding(.medium, "docker.root-user", fingerprint: "m")])
        #expect(ReviewGate(policy: .blockMedium, failClosed: true).decide([.report(medium)]).isBlocked)
        #expect(!ReviewGate(policy: .blockHigh, failClosed: true).decide([.report(medium)]).isBlocked)
        #expect(ReviewPolicy.allCases.sorted() == [.off, .warn, .blockCritical, .blockHigh, .blockMedium])
        #expect(ReviewPolicy(rawValue: "block-medium") == .blockMedium)
        #expect(ReviewPolicy.names == "off, warn, block-critical, block-high or block-medium")
    }

    @Test func severityOverridesApplyBeforeThePolicy() {
        let raised = ReviewGate(
            policy: .blockHigh, failClosed: true, severity: SeverityOverrides(["code.cors-wildcard": .critical]))
        let outcome = raised.decide([.report(Self.report)])
        #expect(outcome.summary.hasPrefix("blocked: critical code.cors-wildcard"))
        #expect(outcome.findings.map(\.severity) == [.critical, .high])

        let lowered = ReviewGate(policy: .blockHigh, failClosed: true, severity: SeverityOverrides(["code": .low]))
        #expect(!lowered.decide([.report(Self.report)]).isBlocked, "a prefix lowers every code rule")

        let longestWins = SeverityOverrides(["code.*": .low, "code.eval": .critical])
        #expect(longestWins.severity(of: "code.eval", default: .high) == .critical)
        #expect(longestWins.severity(of: "code.evaluate", default: .high) == .low)
        #expect(longestWins.severity(of: "codex.eval", default: .high) == .high, "prefixes end at a dot")
        let settings = ReviewSettings(minimumPolicy: .blockHigh, failClosed: true, severity: SeverityOverrides(["code": .info]))
        let spec = ReviewSpec(policy: .blockHigh, reviewers: ["static"], waive: [])
        #expect(!ReviewGate(spec: spec, settings: settings).decide([.report(Self.report)]).isBlocked)
    }

    @Test func offPassesWithoutLooking() {
        #expect(
            ReviewGate(policy: .off, failClosed: true).decide([.report(Self.report)])
                == .passed(summary: "review policy is off"))
    }

    @Test func waiversDropFindingsByFingerprint() {
        let outcome = ReviewGate(policy: .blockHigh, failClosed: true, waive: ["f-high"]).decide([.report(Self.report)])
        #expect(!outcome.isBlocked)
        #expect(outcome.findings.map(\.fingerprint) == ["f-medium"])
        #expect(outcome.summary.hasSuffix(", 1 waived"))
        let all = ReviewGate(policy: .blockHigh, failClosed: true, waive: ["f-high", "f-medium"]).decide([
            .report(Self.report)
        ])
        #expect(all == .passed(summary: "passed: no findings from static, 2 waived"))
    }

    @Test func reviewerErrorsFollowFailClosed() {
        let results: [ReviewerResult] = [
            .report(ReviewReport(reviewer: "static", findings: [])), .failed(reviewer: "llm", reason: "timed out"),
        ]
        let closed = ReviewGate(policy: .blockHigh, failClosed: true).decide(results)
        #expect(closed == .blocked(summary: "blocked: reviewer llm gave no verdict (timed out)", findings: []))
        let open = ReviewGate(policy: .blockHigh, failClosed: false).decide(results)
        #expect(!open.isBlocked && open.summary.contains("failing open"))
        #expect(!ReviewGate(policy: .warn, failClosed: true).decide(results).isBlocked, "warn never blocks")
    }

    @Test func theManifestCannotGoBelowTheControllerMinimum() {
        let spec = ReviewSpec(policy: .warn, reviewers: ["static"], waive: [])
        let gate = ReviewGate(spec: spec, settings: ReviewSettings(minimumPolicy: .blockHigh, failClosed: true))
        #expect(gate.policy == .blockHigh)
    }

    @Test func summariesFitACommitStatus() {
        let long = ReviewFinding(
            severity: .critical, rule: "secret.private-key", file: String(repeating: "deep/", count: 40) + "key.pem",
            line: 1, message: "m", fingerprint: "x")
        let outcome = ReviewGate(policy: .blockHigh, failClosed: true).decide([
            .report(ReviewReport(reviewer: "static", findings: [long]))
        ])
        #expect(outcome.summary.count == 140)
        #expect(outcome.summary.hasPrefix("blocked: critical secret.private-key in deep/"))
    }
}
