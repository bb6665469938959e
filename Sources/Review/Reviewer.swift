package import Manifest

/// Something that looks at a change before it goes live (DESIGN §8): offline rules, an OpenAI-compatible
/// model or a webhook. The pipeline's review stage hands each configured reviewer a ``ReviewRequest`` and
/// applies the deployment's policy to the findings; a thrown error is a reviewer error, never an approval.
package protocol Reviewer: Sendable {
    /// The name the controller config gives this reviewer (`reviewers:`), shown with its findings.
    var name: String { get }

    /// Reviews one change; throws when no verdict could be had (timeout, bad reply, unreachable).
    func review(_ request: ReviewRequest) async throws -> ReviewReport
}

/// One change to review: a deployment's app source from the deployed commit (nil the first time) to the
/// commit about to be built, limited to the build context's path.
package struct ReviewRequest: Hashable, Sendable, Codable {
    /// The deployment's `metadata.name`.
    package var deployment: String
    /// The app repository's URL (never with credentials in it).
    package var repository: String
    /// The deployed commit; nil at the first deploy, when the whole tree is reviewed.
    package var fromCommit: String?
    /// The commit about to be built.
    package var toCommit: String
    /// The build context's path inside the repository (`.` for the root).
    package var path: String
    /// The unified diff from `fromCommit` (or the empty tree) to `toCommit` under `path`.
    package var diff: String
    /// The paths the change touches.
    package var files: [String]

    package init(
        deployment: String, repository: String, fromCommit: String?, toCommit: String, path: String,
        diff: String, files: [String]
    ) {
        self.deployment = deployment
        self.repository = repository
        self.fromCommit = fromCommit
        self.toCommit = toCommit
        self.path = path
        self.diff = diff
        self.files = files
    }
}

/// One thing a reviewer found. The fingerprint is stable across unrelated edits (rule + file + the
/// normalised matched content, not the line number), so `review.waive` can name it.
package struct ReviewFinding: Hashable, Sendable, Codable {
    package var severity: FindingSeverity
    /// The rule's id, e.g. `secret.aws-access-key`.
    package var rule: String
    /// The path of the file inside the repository.
    package var file: String
    /// The 1-based line in the new version of the file; nil when the finding is about the whole file.
    package var line: Int?
    /// What is wrong and what to do about it. Never contains the secret it found.
    package var message: String
    /// What `review.waive` names to accept this finding.
    package var fingerprint: String

    package init(severity: FindingSeverity, rule: String, file: String, line: Int?, message: String, fingerprint: String) {
        self.severity = severity
        self.rule = rule
        self.file = file
        self.line = line
        self.message = message
        self.fingerprint = fingerprint
    }
}

/// One reviewer's verdict on one change.
package struct ReviewReport: Hashable, Sendable, Codable {
    /// The reviewer's name (``Reviewer/name``).
    package var reviewer: String
    /// Everything it found, most severe first.
    package var findings: [ReviewFinding]

    package init(reviewer: String, findings: [ReviewFinding]) {
        self.reviewer = reviewer
        self.findings = findings.sorted { $0.severity > $1.severity }
    }
}
