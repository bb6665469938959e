/// `spec.review`: the review gate for a source deployment (DESIGN §8).
package struct ReviewSpec: Sendable, Hashable {
    /// Never weaker than the controller's `review.minimumPolicy`, which is also the default.
    package let policy: ReviewPolicy
    /// Reviewer names from the controller config; nil when the manifest names none, for the controller's default
    /// set (`review.defaultReviewers`, else `static` plus every installed scanner), resolved where reviews run.
    package let reviewers: [String]?
    /// Finding fingerprints accepted as known.
    package let waive: [String]

    package init(policy: ReviewPolicy, reviewers: [String]?, waive: [String]) {
        self.policy = policy
        self.reviewers = reviewers
        self.waive = waive
    }
}
