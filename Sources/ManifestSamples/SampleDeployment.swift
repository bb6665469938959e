import Manifest

/// A random valid deployment manifest, as a model that can be written as YAML in many equivalent forms.
///
/// Used by the spec-hash property test (which also changes it one field at a time) and by `berth bench manifests`:
/// both need many valid, varied manifests.
package struct SampleDeployment {
    package var name: String
    package var labels: [String: String] = [:]
    package var image: String?
    package var source: (repo: String, ref: String, path: String)?
    package var buildArgs: [String: String] = [:]
    package var env: [String: String] = [:]
    package var secretEnv: [String: String] = [:]
    package var ports: [(container: Int, host: Int?)] = []
    package var volumes: [(name: String, mountPath: String)] = []
    package var cpuMillis: Int?
    package var memoryMi: Int?
    package var command: [String]?
    package var restartPolicy: String?
    package var stopGraceSeconds: Int?
    package var healthPath: String?
    package var healthIntervalSeconds = 2
    /// `spec.route`: the host, and path and drain when not left to their defaults.
    package var route: (host: String, path: String?, drainSeconds: Int?)?
    /// `spec.rollout`, when present: the watch window and threshold, each when not left to its default.
    package var rollout: (watchSeconds: Int?, failureThreshold: Int?)?

    /// A random deployment named `name`; `hostPort`, when given, is fixed on the first port.
    package static func random(name: String, hostPort: Int? = nil, using random: inout SampleRandom) -> SampleDeployment
    {
        var sample = SampleDeployment(name: name)
        if random.chance(0.5) {
            let repository = random.pick(["web", "redis", "api", "worker"])
            sample.image = "registry.example.com/\(repository):\(random.int(1...20)).\(random.int(0...9))"
        } else {
            sample.source = (
                "https://git.example.com/acme/\(name).git", random.pick(["main", "release/v2", "v1.4.0"]),
                random.pick([".", "app", "services/api"])
            )
            if random.chance(0.5) { sample.buildArgs = ["NODE_ENV": "production", "VERSION": "\(random.int(1...99))"] }
        }
        for index in 0..<random.int(0...3) {
            sample.labels["team\(index)"] = random.pick(["storefront", "ops", "data"])
        }
        for index in 0..<random.int(0...6) { sample.env["VAR_\(index)"] = randomValue(&random) }
        for index in 0..<random.int(0...2) { sample.secretEnv["SECRET_\(index)"] = sealedText(&random) }
        if random.chance(0.8) {
            sample.ports = [(container: random.int(1024...9999), host: hostPort)]
            if random.chance(0.3) { sample.ports.append((container: 10_000 + random.int(0...999), host: nil)) }
        }
        if random.chance(0.4) { sample.volumes = [("data", "/var/lib/\(name)")] }
        if random.chance(0.6) { sample.cpuMillis = random.pick([250, 500, 1000, 2000]) }
        if random.chance(0.6) { sample.memoryMi = random.pick([64, 128, 256, 512, 1024]) }
        if random.chance(0.4) { sample.command = ["/app/server", "--log-level", random.pick(["info", "debug"])] }
        if random.chance(0.3) { sample.restartPolicy = random.pick(["always", "on-failure", "no"]) }
        if random.chance(0.3) { sample.stopGraceSeconds = random.pick([5, 30, 90]) }
        if !sample.ports.isEmpty && random.chance(0.6) {
            sample.healthPath = random.pick(["/healthz", "/ready", "/"])
            sample.healthIntervalSeconds = random.pick([1, 2, 5, 90])
            if sample.ports[0].host == nil && random.chance(0.5) {
                sample.route = (
                    "\(name).example.com", random.chance(0.3) ? random.pick(["/", "/api", "/v1/app"]) : nil,
                    random.chance(0.3) ? random.pick([0, 5, 30]) : nil
                )
            }
        }
        if random.chance(0.2) {
            sample.rollout = (
                random.chance(0.7) ? random.pick([10, 30, 120]) : nil, random.chance(0.5) ? random.int(1...5) : nil
            )
        }
        return sample
    }

    /// The manifest as a node tree, for ``SampleYAMLWriter``.
    package var node: SampleNode {
        var metadata: [(String, SampleNode)] = [("name", .text(name))]
        if !labels.isEmpty { metadata.append(("labels", Self.map(labels))) }
        var spec: [(String, SampleNode)] = []
        if let image { spec.append(("image", .text(image))) }
        if let source {
            var fields: [(String, SampleNode)] = [("repo", .text(source.repo)), ("ref", .text(source.ref))]
            fields.append(("path", .spelling(source.path == "." ? ["."] : [source.path, "./" + source.path])))
            spec.append(("source", .mapping(fields)))
            if !buildArgs.isEmpty { spec.append(("build", .mapping([("args", Self.map(buildArgs))]))) }
        }
        if !env.isEmpty { spec.append(("env", Self.map(env))) }
        if !secretEnv.isEmpty { spec.append(("secretEnv", Self.map(secretEnv))) }
        if !ports.isEmpty {
            spec.append(
                (
                    "ports",
                    .sequence(
                        ports.map { port in
                            var fields: [(String, SampleNode)] = [("container", .literal(String(port.container)))]
                            if let host = port.host { fields.append(("host", .literal(String(host)))) }
                            return .mapping(fields)
                        })
                ))
        }
        if !volumes.isEmpty {
            spec.append(
                (
                    "volumes",
                    .sequence(volumes.map { .mapping([("name", .text($0.name)), ("mountPath", .text($0.mountPath))]) })
                ))
        }
        var resources: [(String, SampleNode)] = []
        if let cpuMillis { resources.append(("cpus", .spelling(Self.cpuSpellings(cpuMillis)))) }
        if let memoryMi { resources.append(("memory", .spelling(["\(memoryMi)Mi", String(memoryMi << 20)]))) }
        if !resources.isEmpty { spec.append(("resources", .mapping(resources))) }
        if let command { spec.append(("command", .sequence(command.map { .text($0) }))) }
        if let restartPolicy { spec.append(("restartPolicy", .text(restartPolicy))) }
        if let stopGraceSeconds {
            spec.append(("stopGracePeriod", .spelling(Self.durationSpellings(stopGraceSeconds))))
        }
        if let healthPath {
            spec.append(
                (
                    "health",
                    .mapping([
                        ("http", .mapping([("path", .text(healthPath))])),
                        ("interval", .spelling(Self.durationSpellings(healthIntervalSeconds))),
                    ])
                ))
        }
        if let route {
            var fields: [(String, SampleNode)] = [("host", .text(route.host))]
            if let path = route.path { fields.append(("path", .text(path))) }
            if let drain = route.drainSeconds { fields.append(("drain", .spelling(Self.durationSpellings(drain)))) }
            spec.append(("route", .mapping(fields)))
        }
        if let rollout {
            var fields: [(String, SampleNode)] = []
            if let watch = rollout.watchSeconds { fields.append(("watch", .spelling(Self.durationSpellings(watch)))) }
            if let threshold = rollout.failureThreshold {
                fields.append(("failureThreshold", .literal(String(threshold))))
            }
            spec.append(("rollout", .mapping(fields)))
        }
        return .mapping([
            ("apiVersion", .text("berth/v1")), ("kind", .text("Deployment")), ("metadata", .mapping(metadata)),
            ("spec", .mapping(spec)),
        ])
    }

    private static func map(_ values: [String: String]) -> SampleNode {
        .mapping(values.sorted { $0.key < $1.key }.map { ($0.key, .text($0.value)) })
    }

    private static func cpuSpellings(_ millis: Int) -> [String] {
        let whole = millis / 1000
        let fraction = millis % 1000
        if fraction == 0 { return [String(whole), "\(whole).0"] }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return ["\(whole).\(digits)", "\(whole).\(digits)0"]
    }

    private static func durationSpellings(_ seconds: Int) -> [String] {
        var spellings = ["\(seconds)s", "\(seconds * 1000)ms"]
        if seconds >= 60 { spellings.append("\(seconds / 60)m\(seconds % 60)s") }
        return spellings
    }

    private static func randomValue(_ random: inout SampleRandom) -> String {
        random.pick(["info", "debug", "42", "true", "https://api.example.com/v1", "a value: with colon", "it's", ""])
    }

    /// Text in the sealed format (it parses, though no key opens it).
    package static func sealedText(_ random: inout SampleRandom) -> String {
        let bytes = (0..<64).map { _ in UInt8.random(in: 0...255, using: &random) }
        return SealedSecret.prefix + Base64URL.encode(bytes)
    }
}
