package import Drivers
import Foundation
package import Logging
package import Manifest

/// Caddy run by berth itself (`router.manage: true`, DESIGN §13): one container `berth-router`, labelled
/// `berth.role=router`, on the host network, with the volume `berth-router-data` for certificates. It is healed like
/// a deployment: started when stopped, created when missing, replaced when its image or admin address changed.
///
/// Its first config (the admin API's address) is copied in before it starts. Caddy's autosave lives in the
/// container's own layer, so a restart by Docker resumes the routes it had, while a new container starts empty and
/// the same pass puts every route back.
package struct ManagedRouter: Sendable {
    package static let containerName = "berth-router"
    package static let volumeName = "berth-router-data"
    /// The label saying which admin address and image the container was made for: a change replaces it.
    static let configLabel = "berth.router-config"

    let engine: any ContainerEngine
    let settings: CaddySettings
    /// The owning controller's state dir (``BerthLabel/controller``).
    let stateDir: String
    let logger: Logger

    package init(engine: any ContainerEngine, settings: CaddySettings, stateDir: String, logger: Logger) {
        self.engine = engine
        self.settings = settings
        self.stateDir = stateDir
        self.logger = logger
    }

    /// Makes the router container run as configured; returns what it did, nil when it already ran as configured.
    /// - Throws: when a container of that name belongs to something else, or the engine refuses.
    package func ensure() async throws -> String? {
        let labels = Self.labels(stateDir: stateDir)
        let existing = try await engine.listContainers(labels: labels)
        var done: [String] = []
        if let container = existing.first {
            if container.labels[Self.configLabel] == configValue {
                guard container.state != .running else { return nil }
                try await engine.startContainer(container.id)
                return "started \(Self.containerName) again"
            }
            try await engine.removeContainer(container.id, force: true, removeVolumes: false)
            done.append("replaced \(Self.containerName) (image or admin address changed)")
        }
        if try await engine.containerExists(Self.containerName) {
            throw ManagedRouterConflict(name: Self.containerName)
        }
        if !(try await engine.imageExists(settings.image)) {
            logger.notice("pulling the router image \(settings.image)")
            _ = try await engine.pullImage(settings.image, auth: nil) { _ in }
        }
        _ = try await engine.createVolume(name: Self.volumeName, labels: labels)
        let id = try await engine.createContainer(containerSpec(labels: labels))
        try await engine.copyFiles(["berth-caddy.json": try bootConfig()], into: "/etc", of: id)
        try await engine.startContainer(id)
        done.append("started \(Self.containerName) from \(settings.image)")
        return done.joined(separator: "; ")
    }

    /// `berth.managed`, `berth.controller` and `berth.role=router`: no deployment label, so planning never sees it.
    static func labels(stateDir: String) -> [String: String] {
        BerthLabel.owned(by: stateDir).merging([BerthLabel.role: BerthLabel.Role.router.rawValue]) { _, new in new }
    }

    private var configValue: String { "\(settings.image) \(settings.admin)" }

    private func containerSpec(labels: [String: String]) -> ContainerSpec {
        var spec = ContainerSpec(name: Self.containerName, image: settings.image)
        spec.labels = labels.merging([Self.configLabel: configValue]) { _, new in new }
        spec.command = ["caddy", "run", "--config", "/etc/berth-caddy.json", "--resume"]
        spec.environment = ["XDG_DATA_HOME": "/data", "XDG_CONFIG_HOME": "/config"]
        spec.networkMode = "host"
        spec.restartPolicy = .unlessStopped
        spec.mounts = [ContainerMount(source: .volume(Self.volumeName), target: "/data")]
        spec.stopTimeout = .seconds(10)
        return spec
    }

    /// The config Caddy starts with: only where its admin API listens (berth adds its server through that API).
    private func bootConfig() throws -> Data {
        let admin = URL(string: settings.admin).map { "\($0.host ?? "127.0.0.1"):\($0.port ?? 2019)" } ?? "127.0.0.1:2019"
        return try JSONSerialization.data(withJSONObject: ["admin": ["listen": admin]], options: [.sortedKeys])
    }
}

/// A container named like the managed router exists but is not this controller's.
struct ManagedRouterConflict: Error, CustomStringConvertible {
    let name: String

    var description: String {
        "a container named \(name) exists but is not this controller's router: remove it, or drive it with "
            + "router.manage: false and router.admin pointing at its admin API"
    }
}
