import Foundation

/// A preview's name (DESIGN §14): `<parent>--pr<N>`. Manifest names may not hold `--`, so no manifest takes one.
package struct PreviewName: Sendable, Hashable, CustomStringConvertible {
    /// The deployment the preview is made from.
    package let parent: String
    /// The pull request's number.
    package let number: Int

    package init(parent: String, number: Int) {
        self.parent = parent
        self.number = number
    }

    /// Reads `<parent>--pr<N>`; nil for any other name. A pass reads every deployment's name this way, so it reads
    /// the trailing digits first and compares no more than it must.
    package init?(_ name: String) {
        let digitCount = name.utf8.reversed().prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
        guard digitCount > 0 else { return nil }
        let digits = name.utf8.index(name.endIndex, offsetBy: -digitCount)
        let head = name[..<digits]
        guard head.hasSuffix("--pr"), head.utf8.count > 4, let number = Int(name[digits...]), number > 0,
            String(number) == name[digits...]
        else { return nil }
        parent = String(head.dropLast(4))
        self.number = number
    }

    /// `<parent>--pr<N>`.
    package var description: String { "\(parent)--pr\(number)" }

    /// The deployment whose sealed values the deployment `name` opens (they are bound to a name): a preview's parent
    /// (`previews.secrets: inherit`), else `name` itself.
    package static func secretsOwner(of name: String) -> String { PreviewName(name)?.parent ?? name }
}

/// Why a deployment gets no preview.
package struct PreviewRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    package let description: String
}

extension Deployment {
    /// This deployment's preview for pull request `number`: the same spec built from `commit`, routed at `host` (the
    /// path and drain of its own route, if any), its ports allocated by berth instead of fixed, and its sealed values
    /// only when `inheritSecrets` (they stay bound to this deployment's name). Named volumes are the preview's own.
    /// - Throws: ``PreviewRefusal`` for an `image:` deployment (no pull request builds it), one with ports on the host
    ///   network or one mounting a host path (a preview would share them with this deployment). On the host network
    ///   without `ports`, each generation binds the `PORT` berth allocates, so a preview can run beside its parent.
    package func preview(number: Int, commit: String, host: String, inheritSecrets: Bool) throws(PreviewRefusal)
        -> Deployment
    {
        guard case .source(let source, let build, let review) = spec.artifact else {
            throw PreviewRefusal(
                description: "\(name) runs a prebuilt image; only deployments built from source have previews")
        }
        guard spec.network != .host || spec.ports.isEmpty else {
            throw PreviewRefusal(
                description: "\(name) binds fixed ports on the host network, which a preview would share")
        }
        if let shared = spec.volumes.first(where: { if case .hostPath = $0.source { true } else { false } }) {
            throw PreviewRefusal(
                description: "\(name) mounts a host path at \(shared.mountPath), which a preview would share with it")
        }
        let previewSource = SourceSpec(
            repo: source.repo, ref: commit, path: source.path, dockerfile: source.dockerfile,
            credentials: source.credentials, stack: source.stack)
        let route = Route(
            host: host, path: spec.route?.path ?? Route.defaultPath, drain: spec.route?.drain ?? Route.defaultDrain)
        let previewSpec = DeploymentSpec(
            artifact: .source(previewSource, build: build, review: review), env: spec.env,
            secretEnv: inheritSecrets ? spec.secretEnv : [:], network: spec.network,
            ports: spec.ports.map { PortMapping(container: $0.container, host: nil, hostIP: "127.0.0.1") },
            volumes: spec.volumes, resources: spec.resources, command: spec.command, restartPolicy: spec.restartPolicy,
            stopGracePeriod: spec.stopGracePeriod, privileged: spec.privileged, capAdd: spec.capAdd,
            devices: spec.devices, health: spec.health, settle: spec.settle, runsInit: spec.runsInit, user: spec.user,
            strategy: spec.strategy, route: route, rollout: spec.rollout, replicas: spec.replicas,
            placement: spec.placement, drift: spec.drift, driftFiles: spec.driftFiles, suspend: false)
        let previewName = PreviewName(parent: name, number: number).description
        return Deployment(
            name: previewName, file: file, line: line, labels: labels, spec: previewSpec,
            specHash: SpecHash.compute(name: previewName, labels: labels, spec: previewSpec))
    }
}
