import Foundation
package import Manifest

/// A deployment written back as a manifest document in schema v1, every default spelt out and every value in
/// normal form (`memory: 48Mi`, `stopGracePeriod: 10s`, the resolved `strategy`), secrets by their sealed text.
///
/// History keeps one per generation: `berth plan` compares the desired deployment's with the active generation's
/// field by field, and `berth rollback` parses a generation's back into the deployment it rolled out. Because it
/// is a manifest, a record written by this berth is read by every later one (fields added later take their
/// defaults).
package enum CanonicalManifest {
    /// `deployment` as a manifest document.
    package static func document(_ deployment: Deployment) -> CanonicalValue {
        var metadata: [String: CanonicalValue] = ["name": .text(deployment.name)]
        if !deployment.labels.isEmpty { metadata["labels"] = .map(deployment.labels.mapValues(CanonicalValue.text)) }
        return .map([
            "apiVersion": .text("berth/v1"), "kind": .text("Deployment"), "metadata": .map(metadata),
            "spec": .map(spec(deployment.spec)),
        ])
    }

    /// The deployment a stored `document` declares, read as any manifest is, against `controller`'s policy.
    /// - Throws: ``RecordError`` with the parser's messages when it is not valid (any more).
    package static func deployment(from document: CanonicalValue, controller: ControllerConfig) throws -> Deployment {
        let text = try document.documentText()
        let file = SourceFile(path: "history", contents: Data(text.utf8))
        let state = ManifestParser.parse([file], controller: controller)
        guard let deployment = state.deployments.first, state.diagnostics.isEmpty else {
            throw RecordError(
                "the recorded manifest is not valid under today's controller config: "
                    + state.diagnostics.map(\.message).joined(separator: "; ")
            )
        }
        return deployment
    }

    private static func spec(_ spec: DeploymentSpec) -> [String: CanonicalValue] {
        var fields: [String: CanonicalValue] = [
            "restartPolicy": .text(spec.restartPolicy.rawValue),
            "stopGracePeriod": .text(duration(spec.stopGracePeriod)), "privileged": .flag(spec.privileged),
            "init": .flag(spec.runsInit), "strategy": .text(spec.strategy.rawValue),
            "drift": .text(spec.drift.rawValue), "suspend": .flag(spec.suspend),
        ]
        fields["user"] = spec.user.map(CanonicalValue.text)
        switch spec.artifact {
        case .source(let source, let build, let review):
            var sourceFields: [String: CanonicalValue] = [
                "repo": .text(source.repo), "ref": .text(source.ref), "path": .text(source.path),
                "dockerfile": .text(source.dockerfile),
            ]
            sourceFields["credentials"] = source.credentials.map(CanonicalValue.text)
            sourceFields["stack"] = source.stack.map { CanonicalValue.text($0.rawValue) }
            fields["source"] = .map(sourceFields)
            var buildFields: [String: CanonicalValue] = ["timeout": .text(duration(build.timeout))]
            if !build.args.isEmpty { buildFields["args"] = .map(build.args.mapValues(CanonicalValue.text)) }
            buildFields["target"] = build.target.map(CanonicalValue.text)
            fields["build"] = .map(buildFields)
            var reviewFields: [String: CanonicalValue] = ["policy": .text(review.policy.rawValue)]
            reviewFields["reviewers"] = review.reviewers.map { .list($0.map(CanonicalValue.text)) }
            if !review.waive.isEmpty { reviewFields["waive"] = .list(review.waive.map(CanonicalValue.text)) }
            fields["review"] = .map(reviewFields)
        case .image(let image):
            fields["image"] = .text(image.reference)
            fields["pull"] = .text(image.pull.rawValue)
        }
        // The default network is left out: runtime swarm refuses `bridge` written out (its default is berth's overlay).
        if spec.network != .bridge { fields["network"] = .text(spec.network.name) }
        if spec.replicas != 1 { fields["replicas"] = .integer(spec.replicas) }
        if spec.placement != .anywhere {
            var placement: [String: CanonicalValue] = [:]
            if !spec.placement.constraints.isEmpty {
                placement["constraints"] = .list(spec.placement.constraints.map(CanonicalValue.text))
            }
            if spec.placement.maxPerNode != 0 { placement["maxPerNode"] = .integer(spec.placement.maxPerNode) }
            fields["placement"] = .map(placement)
        }
        if !spec.env.isEmpty { fields["env"] = .map(spec.env.mapValues(CanonicalValue.text)) }
        if !spec.secretEnv.isEmpty { fields["secretEnv"] = .map(spec.secretEnv.mapValues { .text($0.text) }) }
        if !spec.ports.isEmpty { fields["ports"] = .list(spec.ports.map { port(of: $0, network: spec.network) }) }
        if !spec.volumes.isEmpty { fields["volumes"] = .list(spec.volumes.map(volume)) }
        var resources: [String: CanonicalValue] = [:]
        resources["cpus"] = spec.resources.nanoCPUs.map { .text(cpus($0)) }
        resources["memory"] = spec.resources.memoryBytes.map { .text(memory($0)) }
        if !resources.isEmpty { fields["resources"] = .map(resources) }
        fields["command"] = spec.command.map { .list($0.map(CanonicalValue.text)) }
        if !spec.capAdd.isEmpty { fields["capAdd"] = .list(spec.capAdd.map(CanonicalValue.text)) }
        if !spec.devices.isEmpty { fields["devices"] = .list(spec.devices.map(CanonicalValue.text)) }
        fields["health"] = .map(health(spec.health, settle: spec.settle))
        fields["route"] = spec.route.map(route)
        if spec.rollout != .default { fields["rollout"] = .map(rollout(spec.rollout)) }
        return fields
    }

    /// The host, and path and drain only away from their defaults, so a record of a route written before they
    /// existed reads the same as one written now.
    private static func route(_ route: Route) -> CanonicalValue {
        var fields: [String: CanonicalValue] = ["host": .text(route.host)]
        if route.path != Route.defaultPath { fields["path"] = .text(route.path) }
        if route.drain != Route.defaultDrain { fields["drain"] = .text(duration(route.drain)) }
        return .map(fields)
    }

    /// The watch and threshold, and Swarm's update settings, each only away from its default.
    private static func rollout(_ rollout: RolloutPolicy) -> [String: CanonicalValue] {
        let standard = RolloutPolicy.default
        var fields: [String: CanonicalValue] = [:]
        fields["watch"] = rollout.watch.map { .text(duration($0)) }
        if rollout.failureThreshold != standard.failureThreshold {
            fields["failureThreshold"] = .integer(rollout.failureThreshold)
        }
        if rollout.parallelism != standard.parallelism { fields["parallelism"] = .integer(rollout.parallelism) }
        if rollout.delay != standard.delay { fields["delay"] = .text(duration(rollout.delay)) }
        if rollout.failureAction != standard.failureAction { fields["failureAction"] = .text(rollout.failureAction.rawValue) }
        if rollout.monitor != standard.monitor { fields["monitor"] = .text(duration(rollout.monitor)) }
        return fields
    }

    private static func port(of mapping: PortMapping, network: NetworkMode) -> CanonicalValue {
        // With host networking nothing is mapped: the container port is the host port, and hostIP does not apply.
        guard network != .host else { return .map(["container": .integer(mapping.container)]) }
        var fields: [String: CanonicalValue] = [
            "container": .integer(mapping.container), "hostIP": .text(mapping.hostIP),
        ]
        fields["host"] = mapping.host.map(CanonicalValue.integer)
        return .map(fields)
    }

    private static func volume(_ mount: VolumeMount) -> CanonicalValue {
        var fields: [String: CanonicalValue] = ["mountPath": .text(mount.mountPath), "readOnly": .flag(mount.readOnly)]
        switch mount.source {
        case .named(let name): fields["name"] = .text(name)
        case .hostPath(let path): fields["hostPath"] = .text(path)
        }
        return .map(fields)
    }

    private static func health(_ check: HealthCheck?, settle: Duration) -> [String: CanonicalValue] {
        guard let check else { return ["settle": .text(duration(settle))] }
        var fields: [String: CanonicalValue] = [
            "interval": .text(duration(check.interval)), "timeout": .text(duration(check.timeout)),
            "startPeriod": .text(duration(check.startPeriod)), "healthyThreshold": .integer(check.healthyThreshold),
        ]
        switch check.probe {
        case .http(let path, let port, let expectStatus):
            var http: [String: CanonicalValue] = ["path": .text(path), "expectStatus": .integer(expectStatus)]
            http["port"] = port.map(CanonicalValue.integer)
            fields["http"] = .map(http)
        case .tcp(let port):
            fields["tcp"] = .map(port.map { ["port": .integer($0)] } ?? [:])
        case .exec(let command):
            fields["exec"] = .list(command.map(CanonicalValue.text))
        }
        return fields
    }

    /// `1h30m`, `10s`, `1s500ms`: the largest units that add up to `duration`, to the millisecond.
    static func duration(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        var milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        guard milliseconds > 0 else { return "0s" }
        var text = ""
        let units: [(String, Int64)] = [("h", 3_600_000), ("m", 60_000), ("s", 1000), ("ms", 1)]
        for (unit, size) in units where milliseconds >= size {
            text += "\(milliseconds / size)\(unit)"
            milliseconds %= size
        }
        return text
    }

    /// `48Mi`, `1G`, `268435456`: the largest binary, then decimal, unit that divides `bytes` exactly.
    static func memory(_ bytes: Int) -> String {
        let units: [(String, Int)] = [
            ("Ti", 1 << 40), ("Gi", 1 << 30), ("Mi", 1 << 20), ("Ki", 1 << 10), ("T", 1_000_000_000_000),
            ("G", 1_000_000_000), ("M", 1_000_000), ("K", 1000),
        ]
        guard bytes > 0, let (unit, size) = units.first(where: { bytes % $0.1 == 0 }) else { return String(bytes) }
        return "\(bytes / size)\(unit)"
    }

    /// `0.5`, `2`, `0.333333333`: billionths of a CPU as the decimal a manifest writes.
    static func cpus(_ nanoCPUs: Int) -> String {
        let whole = nanoCPUs / 1_000_000_000
        let fraction = nanoCPUs % 1_000_000_000
        guard fraction > 0 else { return String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 9 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }
}

/// A generation's record cannot be used (it is missing, or no longer valid).
package struct RecordError: Error, CustomStringConvertible {
    package let description: String

    init(_ description: String) {
        self.description = description
    }
}
