import Drivers
import Manifest

/// What a new generation is made of, whichever runtime runs it (a container on one host, a service on a swarm): the
/// deployment, its generation number and image, the spec hash and commits berth's labels carry (DESIGN §3), the
/// owning controller, and the opened secrets. ``CandidateSpec`` and ``ServiceSpec`` turn it into their engine's spec.
struct GenerationInputs {
    let deployment: Deployment
    let generation: Int
    let image: String
    let specHash: String
    let appCommit: String
    let configCommit: String
    /// The owning controller's state dir (``BerthLabel/controller``).
    let stateDir: String
    /// `secretEnv` opened with the controller's key, in memory only.
    let secrets: [String: String]

    /// The inputs of `attempt`'s generation running `image`: a rollback keeps the spec hash and app commit of the
    /// generation it restores.
    init(_ attempt: RolloutAttempt, image: String, stateDir: String) {
        let target = attempt.target
        deployment = target.deployment
        generation = attempt.rollout.generation
        self.image = image
        specHash = attempt.request.restoring?.specHash ?? target.specHash
        appCommit = attempt.request.restoring?.appCommit ?? target.appCommit
        configCommit = attempt.request.configCommit
        self.stateDir = stateDir
        secrets = attempt.secrets
    }

    /// berth's labels of the generation (DESIGN §3).
    var labels: [String: String] {
        BerthLabel.owned(by: stateDir).merging([
            BerthLabel.deployment: deployment.name,
            BerthLabel.generation: String(generation),
            BerthLabel.specHash: specHash,
            BerthLabel.commit: appCommit,
            BerthLabel.configCommit: configCommit,
        ]) { _, new in new }.merging(BerthLabel.role(of: deployment.name)) { _, new in new }
    }

    /// `spec.env` with the opened secrets (a plain value wins over a secret of the same name) and `PORT`.
    func environment(appPort: Int?) -> [String: String] {
        var environment = deployment.spec.env.merging(secrets) { plain, _ in plain }
        if let appPort { environment["PORT"] = String(appPort) }
        return environment
    }

    /// The manifest's volumes: named ones as berth's Docker volumes (``volumeName(_:_:)``), host paths as binds.
    var mounts: [ContainerMount] {
        deployment.spec.volumes.map { volume in
            switch volume.source {
            case .named(let name):
                ContainerMount(
                    source: .volume(Self.volumeName(deployment.name, name)), target: volume.mountPath,
                    readOnly: volume.readOnly)
            case .hostPath(let path):
                ContainerMount(source: .bind(path), target: volume.mountPath, readOnly: volume.readOnly)
            }
        }
    }

    /// `spec.resources` as the engine takes them.
    var resourceLimits: ResourceLimits {
        let resources = deployment.spec.resources
        return ResourceLimits(cpus: resources.nanoCPUs.map { Double($0) / 1e9 }, memoryBytes: resources.memoryBytes)
    }

    /// The Docker volume behind a manifest's named volume: `berth-<deployment>-<name>`.
    static func volumeName(_ deployment: String, _ name: String) -> String { "berth-\(deployment)-\(name)" }
}
