/// `review`: controller-wide review rules.
package struct ReviewSettings: Sendable, Hashable {
    /// Manifests may not choose a weaker policy. Default: `block-high`.
    package var minimumPolicy: ReviewPolicy
    /// Whether a reviewer error blocks the rollout. Default: `true`.
    package var failClosed: Bool
    /// `review.severity`: per-rule severities applied before the policy. Default: none.
    package var severity: SeverityOverrides

    package init(minimumPolicy: ReviewPolicy, failClosed: Bool, severity: SeverityOverrides = .none) {
        self.minimumPolicy = minimumPolicy
        self.failClosed = failClosed
        self.severity = severity
    }

    /// `block-high`, fail closed, no severity overrides.
    package static let `default` = ReviewSettings(minimumPolicy: .blockHigh, failClosed: true)
}
