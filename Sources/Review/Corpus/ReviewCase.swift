import Drivers
package import Manifest

/// One labelled change for the review gate: a file written (over `before`, when given) in one commit, and whether
/// the gate must block it.
package struct ReviewCase: Sendable {
    /// A short unique name, for test output and the bench's list of misses.
    package let name: String
    /// The language of the changed file (`python`, `dockerfile`, `pem`, ...), as the corpus labels it.
    package let language: String
    /// The file's path in the repository.
    package let path: String
    /// The file's content in the parent commit; nil when the change adds the file.
    package let before: String?
    /// The file's content after the change.
    package let after: String
    /// True when the gate must block the change (`"verdict": "flag"`), false when it must let it through.
    package let isRisky: Bool
    /// The rule a risky change is expected to raise, when the case names one; tuning tests check it fires.
    package let expectedRule: String?
    /// The kind of risk (`secret`, `sql-injection`, `ci-exfiltration`, ...), when the case names one.
    package let riskClass: String?
    /// Why the change is risky or benign, in a sentence.
    package let why: String?
    /// The policy the change is judged under (default `block-high`).
    package let policy: ReviewPolicy

    package init(
        _ name: String, _ path: String, language: String = "", before: String? = nil, _ after: String,
        risky: Bool, rule expectedRule: String? = nil, class riskClass: String? = nil, why: String? = nil,
        policy: ReviewPolicy = .blockHigh
    ) {
        self.name = name
        self.language = language
        self.path = path
        self.before = before
        self.after = after
        self.isRisky = risky
        self.expectedRule = expectedRule
        self.riskClass = riskClass
        self.why = why
        self.policy = policy
    }

    /// Whether the gate, under this case's policy and failing closed, agrees with the label: a risky change is
    /// blocked, a benign one is not.
    package func isJudgedRight(by results: [ReviewerResult]) -> Bool {
        ReviewGate(policy: policy, failClosed: true).decide(results).isBlocked == isRisky
    }

    /// ``isJudgedRight(by:)`` for one reviewer's report.
    package func isJudgedRight(by report: ReviewReport) -> Bool {
        isJudgedRight(by: [.report(report)])
    }

    /// Whether `report` raises ``expectedRule`` at a severity the case's policy blocks on; true when the case
    /// names no rule.
    package func raisesExpectedRule(in report: ReviewReport) -> Bool {
        guard let expectedRule else { return true }
        guard let threshold = policy.threshold else { return false }
        return report.findings.contains { $0.rule == expectedRule && $0.severity >= threshold }
    }

    /// The change as a review request: the ``patch`` on one file, from a made-up commit to another.
    package var request: ReviewRequest {
        ReviewRequest(
            deployment: "corpus", repository: "corpus", fromCommit: before == nil ? nil : String(repeating: "a", count: 40),
            toCommit: String(repeating: "b", count: 40), path: ".", diff: patch, files: [path])
    }

    /// The change as the pipeline's review diff shows it (``FilePatch``): a new file, or the lines that changed
    /// with the rest of the file as context.
    package var patch: String { FilePatch.between(before, after, path: path) }
}
