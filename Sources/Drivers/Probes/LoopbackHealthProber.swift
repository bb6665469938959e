/// The real prober: connects to `127.0.0.1`.
public struct LoopbackHealthProber: HealthProber {
    public init() {}

    public func check(_ probe: HealthProbe, port: Int, timeout: Duration) async -> HealthProbe.Outcome {
        await probe.check(port: port, timeout: timeout)
    }
}
