/// `review`: controller-wide review rules.
package struct ReviewSettings: Sendable, Hashable {
    /// Manifests may not choose a weaker policy. Default: `block-high`.
    package var minimumPolicy: ReviewPolicy
    /// Whether a reviewer error blocks the rollout. Default: `true`.
    package var failClosed: Bool
    /// `review.severity`: per-rule severities applied before the policy. Default: none.
    package var severity: SeverityOverrides
    /// `review.defaultReviewers`: the reviewers of a manifest that names none. Default (nil): `static` plus every
    /// scanner preset that is installed, resolved where the reviewers run, so installing a scanner changes no
    /// manifest.
    package var defaultReviewers: [String]?

    package init(
        minimumPolicy: ReviewPolicy, failClosed: Bool, severity: SeverityOverrides = .none,
        defaultReviewers: [String]? = nil
    ) {
        self.minimumPolicy = minimumPolicy
        self.failClosed = failClosed
        self.severity = severity
        self.defaultReviewers = defaultReviewers
    }

    /// `block-high`, fail closed, no severity overrides, the default reviewer set.
    package static let `default` = ReviewSettings(minimumPolicy: .blockHigh, failClosed: true)
}
