/// `spec.restartPolicy`: Docker's restart policies.
package enum RestartPolicy: String, Sendable, Hashable, CaseIterable {
    case no
    case always
    case unlessStopped = "unless-stopped"
    case onFailure = "on-failure"
}
