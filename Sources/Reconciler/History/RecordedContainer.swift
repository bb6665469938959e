package import Drivers
import Foundation

/// The create request berth sent the engine for one generation, as history keeps it: every field of the
/// ``Drivers/ContainerSpec``, with each opened secret replaced by its sealed text (`berth:v1:...`), so the record
/// never holds a secret. Drift reports compare live inspect output with it.
package struct RecordedContainer: Sendable, Hashable, Codable {
    /// One published port.
    package struct Port: Sendable, Hashable, Codable {
        package var containerPort: Int
        package var transport: String
        package var hostPort: Int?
        package var hostIP: String?
    }

    /// One mount: a named volume or a host path.
    package struct Mount: Sendable, Hashable, Codable {
        /// `volume` or `bind`.
        package var type: String
        /// The volume's name or the host path.
        package var source: String
        package var target: String
        package var readOnly: Bool
    }

    /// The engine-native healthcheck.
    package struct HealthCheck: Sendable, Hashable, Codable {
        /// As the engine takes it: `["CMD", ...]`, `["CMD-SHELL", text]` or `["NONE"]`.
        package var test: [String]
        package var intervalMs: Int64
        package var timeoutMs: Int64
        package var startPeriodMs: Int64
        package var retries: Int
    }

    package var name: String
    package var image: String
    package var labels: [String: String]
    /// Plain variables, `PORT` included.
    package var environment: [String: String]
    /// Secret variables by their sealed text, never opened.
    package var sealedEnvironment: [String: String]
    package var command: [String]?
    package var ports: [Port]
    package var networkMode: String?
    /// `no`, `always`, `unless-stopped` or `on-failure`.
    package var restartPolicy: String
    package var restartMaximumRetries: Int
    /// Billionths of a CPU.
    package var nanoCPUs: Int?
    package var memoryBytes: Int?
    package var healthCheck: HealthCheck?
    package var mounts: [Mount]
    /// `json-file` rotation: `10m`.
    package var logMaxSize: String?
    package var logMaxFiles: Int?
    package var stopTimeoutMs: Int64?
    package var privileged: Bool
    package var runsInit: Bool
    /// `nil` for the image's user (and in records written before `spec.user`).
    package var user: String?
    package var capabilitiesAdded: [String]
    package var devices: [String]

    /// The record of `spec`, whose environment holds the opened values of `sealed` (variable → sealed text).
    package init(_ spec: ContainerSpec, sealed: [String: String]) {
        name = spec.name
        image = spec.image
        labels = spec.labels
        environment = spec.environment.filter { sealed[$0.key] == nil }
        sealedEnvironment = sealed.filter { spec.environment[$0.key] != nil }
        command = spec.command
        ports = spec.ports.map {
            Port(containerPort: $0.containerPort, transport: $0.transport, hostPort: $0.hostPort, hostIP: $0.hostIP)
        }
        networkMode = spec.networkMode
        switch spec.restartPolicy {
        case .no: restartPolicy = "no"
        case .always: restartPolicy = "always"
        case .unlessStopped: restartPolicy = "unless-stopped"
        case .onFailure: restartPolicy = "on-failure"
        }
        if case .onFailure(let retries) = spec.restartPolicy { restartMaximumRetries = retries } else {
            restartMaximumRetries = 0
        }
        nanoCPUs = spec.resources.cpus.map { Int(($0 * 1e9).rounded()) }
        memoryBytes = spec.resources.memoryBytes
        healthCheck = spec.healthCheck.map { check in
            let test: [String] =
                switch check.test {
                case .exec(let argv): ["CMD"] + argv
                case .shell(let command): ["CMD-SHELL", command]
                case .disabled: ["NONE"]
                }
            return HealthCheck(
                test: test, intervalMs: Self.milliseconds(check.interval), timeoutMs: Self.milliseconds(check.timeout),
                startPeriodMs: Self.milliseconds(check.startPeriod), retries: check.retries
            )
        }
        mounts = spec.mounts.map { mount in
            switch mount.source {
            case .volume(let name): Mount(type: "volume", source: name, target: mount.target, readOnly: mount.readOnly)
            case .bind(let path): Mount(type: "bind", source: path, target: mount.target, readOnly: mount.readOnly)
            }
        }
        logMaxSize = spec.logRotation?.maxSize
        logMaxFiles = spec.logRotation?.maxFiles
        stopTimeoutMs = spec.stopTimeout.map(Self.milliseconds)
        privileged = spec.privileged
        runsInit = spec.runsInit
        user = spec.user
        capabilitiesAdded = spec.capabilitiesAdded
        devices = spec.devices
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }

    /// The record as compact JSON with sorted keys.
    func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// The record stored as JSON `text`.
    init(jsonText text: String) throws {
        self = try JSONDecoder().decode(Self.self, from: Data(text.utf8))
    }
}
