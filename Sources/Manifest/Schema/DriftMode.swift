/// `spec.drift`: what the controller does when the running container no longer matches.
package enum DriftMode: String, Sendable, Hashable, CaseIterable {
    case heal
    case report
}
