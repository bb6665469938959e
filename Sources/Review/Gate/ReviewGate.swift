package import Manifest

/// The review policy applied to reviewers' results: a pure function from reports and errors to a
/// ``ReviewOutcome``.
///
/// - `block-medium` blocks on any unwaived finding of `medium` or above, `block-high` on `high` or above,
///   `block-critical` on `critical` only; below the threshold findings warn. `warn` never blocks; `off` passes
///   without looking.
/// - The controller's `review.severity` moves each finding's severity by rule before the threshold applies.
/// - A reviewer error blocks when `failClosed` and the policy can block at all; otherwise it warns.
/// - Waived fingerprints (`spec.review.waive`) are dropped before anything is decided.
///
/// ```swift
/// let gate = ReviewGate(spec: deployment.review, settings: controller.review)
/// let outcome = gate.decide([.report(try await StaticReviewer().review(request))])
/// ```
package struct ReviewGate: Sendable, Hashable {
    /// The policy in force: the manifest's, never weaker than the controller's minimum.
    package let policy: ReviewPolicy
    package let failClosed: Bool
    package let waivers: Set<String>
    /// Per-rule severities (`review.severity`), applied before anything is decided.
    package let severity: SeverityOverrides

    /// The status description limit of commit statuses (DESIGN §7).
    package static let summaryLimit = 140

    package init(policy: ReviewPolicy, failClosed: Bool, waive: [String] = [], severity: SeverityOverrides = .none) {
        self.policy = policy
        self.failClosed = failClosed
        self.waivers = Set(waive)
        self.severity = severity
    }

    /// The gate for a deployment: its `spec.review` under the controller's `review` settings.
    package init(spec: ReviewSpec, settings: ReviewSettings) {
        self.init(
            policy: max(spec.policy, settings.minimumPolicy), failClosed: settings.failClosed, waive: spec.waive,
            severity: settings.severity)
    }

    /// The lowest severity that blocks; nil when nothing does.
    package var threshold: FindingSeverity? { policy.threshold }

    /// Decides on `results`, one per reviewer.
    package func decide(_ results: [ReviewerResult]) -> ReviewOutcome {
        guard policy != .off else { return .passed(summary: "review policy is off") }
        var findings: [ReviewFinding] = []
        var waived = 0
        var failures: [(reviewer: String, reason: String)] = []
        for result in results {
            switch result {
            case .report(let report):
                for var finding in report.findings {
                    if waivers.contains(finding.fingerprint) {
                        waived += 1
                    } else {
                        finding.severity = severity.severity(of: finding.rule, default: finding.severity)
                        findings.append(finding)
                    }
                }
            case .failed(let reviewer, let reason):
                failures.append((reviewer, reason))
            }
        }
        findings.sort { $0.severity > $1.severity }
        let waivedNote = waived == 0 ? "" : ", \(waived) waived"
        let blocking = threshold.map { limit in findings.filter { $0.severity >= limit } } ?? []
        if let top = blocking.first {
            let more = findings.count > 1 ? " (+\(findings.count - 1) more)" : ""
            return .blocked(summary: Self.fit("blocked: \(Self.describe(top))\(more)\(waivedNote)"), findings: findings)
        }
        if let failure = failures.first, failClosed, threshold != nil {
            return .blocked(
                summary: Self.fit("blocked: reviewer \(failure.reviewer) gave no verdict (\(failure.reason))"),
                findings: findings)
        }
        if findings.isEmpty, failures.isEmpty {
            let names = results.map(\.reviewer).joined(separator: ", ")
            return .passed(
                summary: Self.fit("passed: no findings from \(names.isEmpty ? "no reviewers" : names)\(waivedNote)"))
        }
        var parts: [String] = []
        if let top = findings.first {
            parts.append("\(findings.count) finding\(findings.count == 1 ? "" : "s"), top: \(Self.describe(top))")
        }
        if let failure = failures.first {
            parts.append("reviewer \(failure.reviewer) gave no verdict (\(failure.reason)), failing open")
        }
        return .warned(
            summary: Self.fit("passed with warnings: \(parts.joined(separator: "; "))\(waivedNote)"), findings: findings
        )
    }

    /// `critical secret.aws-access-key in app/boto.py:2`.
    private static func describe(_ finding: ReviewFinding) -> String {
        let place = finding.file.isEmpty ? "" : " in \(finding.file)\(finding.line.map { ":\($0)" } ?? "")"
        return "\(finding.severity.rawValue) \(finding.rule)\(place)"
    }

    /// `text` cut to ``summaryLimit`` characters, ending in `…` when cut.
    static func fit(_ text: String) -> String {
        text.count <= summaryLimit ? text : String(text.prefix(summaryLimit - 1)) + "…"
    }
}
