import Drivers
import Foundation
import Manifest

/// The health stage: probes a started candidate on `127.0.0.1:<port>` until `healthyThreshold` checks in a row
/// pass, within `startPeriod` (DESIGN §5). A container that exits fails at once, with its exit code.
struct HealthGate: Sendable {
    let engine: any ContainerEngine
    let health: Manifest.HealthCheck?
    /// Where the app serves.
    let port: ServingPort
    let spec: DeploymentSpec

    /// How long a deployment without a health check must keep running to count as started.
    static let settleTime = Duration.seconds(1)

    /// Waits until `container` is healthy; throws a ``StageFailure`` saying why not. `output` receives probe lines.
    func wait(for container: String, output: @Sendable (String) -> Void) async throws -> String {
        guard let health else {
            try await Task.sleep(for: Self.settleTime)
            try await requireRunning(container)
            return "running after \(Self.settleTime) (no health check declared)"
        }
        let clock = ContinuousClock()
        let deadline = clock.now + health.startPeriod
        var passes = 0
        var lastFailure = "no check finished"
        var attempt = 0
        while true {
            attempt += 1
            let details = try await requireRunning(container)
            switch await check(health.probe, details: details, timeout: health.timeout) {
            case .none:
                break  // Docker's healthcheck has no verdict yet.
            case .some(.passed):
                passes += 1
                output("check \(attempt): passed (\(passes)/\(health.healthyThreshold))")
                if passes >= health.healthyThreshold {
                    return "\(passes) checks in a row passed on \(target(health.probe))"
                }
            case .some(.failed(let reason)):
                passes = 0
                lastFailure = reason
                output("check \(attempt): \(reason)")
            }
            if clock.now >= deadline {
                throw StageFailure(
                    .health, reason: "HealthCheckFailed",
                    "not healthy within startPeriod \(health.startPeriod) on \(target(health.probe)): \(lastFailure)"
                )
            }
            try await Task.sleep(for: health.interval)
        }
    }

    private func check(_ probe: Manifest.HealthCheck.Probe, details: ContainerDetails, timeout: Duration) async
        -> HealthProbe.Outcome?
    {
        switch probe {
        case .exec:
            switch details.health {
            case .healthy: return .passed
            case .unhealthy: return .failed("Docker's healthcheck reports unhealthy")
            default: return nil
            }
        case .http where details.health == .unhealthy, .tcp where details.health == .unhealthy:
            return .failed("the image's own Docker healthcheck reports unhealthy")
        case .http(let path, let probePort, let expectStatus):
            guard let port = port.hostPort(forProbePort: probePort, in: spec) else { return .failed(Self.noPort) }
            return await HealthProbe.http(path: path, expectStatus: expectStatus).check(port: port, timeout: timeout)
        case .tcp(let probePort):
            guard let port = port.hostPort(forProbePort: probePort, in: spec) else { return .failed(Self.noPort) }
            return await HealthProbe.tcp.check(port: port, timeout: timeout)
        }
    }

    private func target(_ probe: Manifest.HealthCheck.Probe) -> String {
        switch probe {
        case .exec(let command): "exec \(command.joined(separator: " "))"
        case .http(let path, let probePort, _): "http://127.0.0.1:\(shown(probePort))\(path)"
        case .tcp(let probePort): "tcp 127.0.0.1:\(shown(probePort))"
        }
    }

    private func shown(_ probePort: Int?) -> String {
        port.hostPort(forProbePort: probePort, in: spec).map(String.init) ?? "?"
    }

    private static let noPort = "no host port to probe: the probe's port is not published on the host"

    /// The container's details; a ``StageFailure`` naming the exit code when it is no longer running.
    @discardableResult
    private func requireRunning(_ container: String) async throws -> ContainerDetails {
        let details = try await engine.inspectContainer(container)
        guard details.isRunning else {
            let why = details.oomKilled ? "was killed for using too much memory" : "exited with code \(details.exitCode)"
            throw StageFailure(.health, reason: "ContainerExited", "container \(why) before it was healthy")
        }
        return details
    }
}
