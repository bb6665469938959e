/// The real prober: connects to `127.0.0.1`.
package struct LoopbackHealthProber: HealthProber {
    package init() {}

    package func check(_ probe: HealthProbe, port: Int, timeout: Duration) async -> HealthProbe.Outcome {
        await probe.check(port: port, timeout: timeout)
    }
}
