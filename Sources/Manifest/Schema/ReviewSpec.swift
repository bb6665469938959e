/// `spec.review`: the review gate for a source deployment (DESIGN §8).
public struct ReviewSpec: Sendable, Hashable {
    /// Never weaker than the controller's `review.minimumPolicy`, which is also the default.
    public let policy: ReviewPolicy
    /// Reviewer names from the controller config. Default: `[static]`.
    public let reviewers: [String]
    /// Finding fingerprints accepted as known.
    public let waive: [String]

    public init(policy: ReviewPolicy, reviewers: [String], waive: [String]) {
        self.policy = policy
        self.reviewers = reviewers
        self.waive = waive
    }
}
