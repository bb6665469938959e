package import Review
package import Manifest

/// The review stage's gate: the configured reviewers and the deployment's policy applied to one change.
package protocol ReviewStep: Sendable {
    /// Reviews `request` under `spec` (policy, reviewers, waivers).
    func review(_ request: ReviewRequest, spec: ReviewSpec) async -> ReviewStepResult
}

/// What the review stage decided.
package enum ReviewStepResult: Sendable, Hashable {
    /// Nothing to stop the change; the message sums up what was found, `warnings` are the findings below the
    /// blocking threshold (each can be waived by its fingerprint).
    case passed(String, warnings: [ReviewFinding])
    /// Blocked by policy or by a reviewer error under `failClosed`; the message names the top finding
    /// (≤ 140 characters, fit for a commit status) and nothing that runs is touched.
    case blocked(String, findings: [ReviewFinding])
}
