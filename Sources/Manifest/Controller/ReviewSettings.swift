/// `review`: controller-wide review rules.
public struct ReviewSettings: Sendable, Hashable {
    /// Manifests may not choose a weaker policy. Default: `block-high`.
    public var minimumPolicy: ReviewPolicy
    /// Whether a reviewer error blocks the rollout. Default: `true`.
    public var failClosed: Bool

    public init(minimumPolicy: ReviewPolicy, failClosed: Bool) {
        self.minimumPolicy = minimumPolicy
        self.failClosed = failClosed
    }

    /// `block-high`, fail closed.
    public static let `default` = ReviewSettings(minimumPolicy: .blockHigh, failClosed: true)
}
