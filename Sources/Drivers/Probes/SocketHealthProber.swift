/// The real prober: connects to the address it is given.
package struct SocketHealthProber: HealthProber {
    package init() {}

    package func check(_ probe: HealthProbe, host: String, port: Int, timeout: Duration) async -> HealthProbe.Outcome {
        await probe.check(host: host, port: port, timeout: timeout)
    }
}
