/// Runs one ``HealthProbe`` against an app on `127.0.0.1:<port>`: the rollout's health stage asks it, so tests can
/// answer from a fake world instead of a real listener.
package protocol HealthProber: Sendable {
    /// Checks `probe` once on `127.0.0.1:port`, giving up after `timeout`.
    func check(_ probe: HealthProbe, port: Int, timeout: Duration) async -> HealthProbe.Outcome
}
