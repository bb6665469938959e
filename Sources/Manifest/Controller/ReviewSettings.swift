/// `review`: controller-wide review rules.
package struct ReviewSettings: Sendable, Hashable {
    /// Manifests may not choose a weaker policy. Default: `block-high`.
    package var minimumPolicy: ReviewPolicy
    /// Whether a reviewer error blocks the rollout. Default: `true`.
    package var failClosed: Bool

    package init(minimumPolicy: ReviewPolicy, failClosed: Bool) {
        self.minimumPolicy = minimumPolicy
        self.failClosed = failClosed
    }

    /// `block-high`, fail closed.
    package static let `default` = ReviewSettings(minimumPolicy: .blockHigh, failClosed: true)
}
