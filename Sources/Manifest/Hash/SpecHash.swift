import Crypto

/// The spec hash (DESIGN §2): SHA-256 over a canonical serialisation of the normalised deployment.
///
/// It covers what the container is made from: name, labels, the source or image, build settings, env, sealed
/// secrets (by their sealed text), network, ports, volumes, command, grace period, privileges, devices and health
/// check. It leaves out what only steers the controller and must not restart the app when changed (DESIGN §14):
/// `route`, `rollout`, `strategy`, `review`, `pull`, `drift`, `suspend` and `health.settle`; `replicas` (Swarm scales
/// in place); and the live fields
/// `resources` and `restartPolicy`, which berth applies to the running container in place (`docker update`), so
/// changing them restarts nothing. `init` counts only when true.
///
/// Taking the live fields out kept the hash of every deployment that left them at their defaults (no limits,
/// `unless-stopped`); a deployment that set one got a new hash once, and was rolled out once after that upgrade.
enum SpecHash {
    static func compute(name: String, labels: [String: String], spec: DeploymentSpec) -> String {
        var writer = CanonicalWriter()
        writer.write("berth", "v1")
        writer.write("name", name)
        writer.write("labels", labels)
        writeArtifact(spec.artifact, to: &writer)
        writer.write("env", spec.env)
        writer.write("secretEnv", spec.secretEnv.mapValues(\.text))
        writer.write("network", spec.network.name)
        writer.write("ports", spec.ports.count)
        for port in spec.ports {
            writer.write("container", port.container)
            writer.write("host", port.host)
            writer.write("hostIP", port.hostIP)
        }
        writer.write("volumes", spec.volumes.count)
        for volume in spec.volumes {
            switch volume.source {
            case .named(let name): writer.write("name", name)
            case .hostPath(let path): writer.write("hostPath", path)
            }
            writer.write("mountPath", volume.mountPath)
            writer.write("readOnly", volume.readOnly)
        }
        // The live fields `resources` and `restartPolicy` are not hashed (DESIGN §14): berth applies them in place.
        // Wave 1 wrote them; what it wrote at their defaults (no limits, unless-stopped) stays as a constant
        // marker, so only deployments that set them got a new hash.
        writer.write("cpus", nil as Int?)
        writer.write("memory", nil as Int?)
        if let command = spec.command { writer.write("command", command) } else { writer.write("command", nil as Int?) }
        writer.write("restartPolicy", RestartPolicy.unlessStopped.rawValue)
        writer.write("stopGracePeriod", spec.stopGracePeriod)
        writer.write("privileged", spec.privileged)
        writer.write("capAdd", spec.capAdd)
        writer.write("devices", spec.devices)
        writeHealth(spec.health, to: &writer)
        // Fields added after v1 are written only away from their default, so existing hashes stay (DESIGN §14).
        if spec.runsInit { writer.write("init", true) }
        if let user = spec.user { writer.write("user", user) }
        // Placement moves tasks (a restart); replicas only scale, so they are not hashed.
        if spec.placement != .anywhere {
            writer.write("placement", spec.placement.constraints)
            writer.write("maxPerNode", spec.placement.maxPerNode)
        }
        // The route is not hashed (a router change moves traffic, it does not restart the app), but wave 1 wrote
        // it, as "absent" for every deployment without one: that marker stays so that their hashes do not change.
        writer.write("route", nil as String?)
        return hex(writer.bytes)
    }

    /// The hash of `specHash` combined with build inputs known only later (tree id, dockerfile, args and target;
    /// for images the resolved image id).
    static func combine(_ specHash: String, buildInput: String) -> String {
        var writer = CanonicalWriter()
        writer.write("spec", specHash)
        writer.write("build", buildInput)
        return hex(writer.bytes)
    }

    /// The hash of what a source build reads: the build context's tree id, the dockerfile, args and target, and
    /// the generated Dockerfile's text when berth wrote it (left out otherwise, so committed-Dockerfile hashes stay).
    static func buildInput(
        contextTree: String, build: BuildSpec, dockerfile: String, generatedDockerfile: String? = nil
    ) -> String {
        var writer = CanonicalWriter()
        writer.write("tree", contextTree)
        writer.write("dockerfile", dockerfile)
        if let generatedDockerfile { writer.write("generated", generatedDockerfile) }
        for (key, value) in build.args.sorted(by: { $0.key < $1.key }) {
            writer.write("arg", key)
            writer.write("value", value)
        }
        writer.write("target", build.target)
        return hex(writer.bytes)
    }

    private static func writeArtifact(_ artifact: Artifact, to writer: inout CanonicalWriter) {
        switch artifact {
        case .source(let source, let build, _):
            writer.write("repo", source.repo)
            writer.write("ref", source.ref)
            writer.write("path", source.path)
            writer.write("dockerfile", source.dockerfile)
            writer.write("credentials", source.credentials)
            if let stack = source.stack { writer.write("stack", stack.rawValue) }  // left out unless given
            writer.write("args", build.args)
            writer.write("target", build.target)
            writer.write("timeout", build.timeout)
        case .image(let image):
            writer.write("image", image.reference)
        }
    }

    private static func writeHealth(_ health: HealthCheck?, to writer: inout CanonicalWriter) {
        guard let health else {
            writer.write("health", nil as Int?)
            return
        }
        switch health.probe {
        case .http(let path, let port, let status):
            writer.write("http", path)
            writer.write("port", port)
            writer.write("expectStatus", status)
        case .tcp(let port):
            writer.write("tcp", port)
        case .exec(let command):
            writer.write("exec", command)
        }
        writer.write("interval", health.interval)
        writer.write("timeout", health.timeout)
        writer.write("startPeriod", health.startPeriod)
        writer.write("healthyThreshold", health.healthyThreshold)
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
