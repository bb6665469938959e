/// Runs one ``HealthProbe`` against an app's host port: the rollout's health stage asks it, so tests can answer from
/// a fake world instead of a real listener.
package protocol HealthProber: Sendable {
    /// Checks `probe` once on `host:port` (an IPv4 address), giving up after `timeout`.
    func check(_ probe: HealthProbe, host: String, port: Int, timeout: Duration) async -> HealthProbe.Outcome
}

extension HealthProber {
    /// Checks `probe` once on `127.0.0.1:port`: an app on this machine.
    package func check(_ probe: HealthProbe, port: Int, timeout: Duration) async -> HealthProbe.Outcome {
        await check(probe, host: "127.0.0.1", port: port, timeout: timeout)
    }
}
