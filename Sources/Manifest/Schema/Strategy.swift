/// `spec.strategy`: how a new generation replaces the old one.
package enum Strategy: String, Sendable, Hashable, CaseIterable {
    /// Start and health-check the candidate while the old container still serves.
    case startFirst = "start-first"
    /// Stop the old container first (needed when a host port is fixed); restart it if the candidate fails.
    case stopFirst = "stop-first"
}
