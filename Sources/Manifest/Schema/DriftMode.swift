/// `spec.drift`: what the controller does when the running container no longer matches.
public enum DriftMode: String, Sendable, Hashable, CaseIterable {
    case heal
    case report
}
