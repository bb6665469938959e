import ManifestSamples

extension SampleDeployment {
    /// How many distinct ``mutated(_:random:)`` changes there are.
    static let mutationCount = 12

    /// This deployment with one semantic change (`kind` in `0..<mutationCount`): its spec hash must differ.
    func mutated(_ kind: Int, random: inout SampleRandom) -> SampleDeployment {
        var copy = self
        switch kind % Self.mutationCount {
        case 0: copy.labels["extra"] = "yes"
        case 1: copy.env["VAR_\(env.count + 10)"] = "x"
        case 2: copy.env = env.isEmpty ? ["ONE": "1"] : env.mapValues { $0 + "-changed" }
        case 3:
            if let image { copy.image = image + "-rc" } else if let source { copy.source?.ref = source.ref + "-next" }
        case 4:
            copy.ports = ports.isEmpty ? [(8080, nil)] : [(ports[0].container + 1, ports[0].host)] + ports.dropFirst()
        case 5: copy.command = (command ?? ["/bin/app"]) + ["--extra"]
        case 6: copy.stopGraceSeconds = (stopGraceSeconds ?? 10) + 1
        case 7: copy.volumes = volumes + [("cache", "/cache")]
        case 8: copy.secretEnv["SECRET_\(secretEnv.count + 5)"] = Self.sealedText(&random)
        case 9:
            if healthPath != nil { copy.healthIntervalSeconds += 1 } else { copy.labels["probe"] = "none" }
        case 10: copy.name = name + "-b"
        default:
            if image != nil {
                copy.image = nil
                copy.source = ("https://git.example.com/acme/x.git", "main", ".")
            } else {
                copy.buildArgs["EXTRA"] = "1"
            }
        }
        return copy
    }

    /// How many distinct ``liveChanged(_:)`` changes there are.
    static let liveChangeCount = 4

    /// This deployment with a live field changed (`kind` in `0..<liveChangeCount`): memory, cpus, restart policy,
    /// or all three. Berth applies these in place, so its spec hash must stay (DESIGN §14).
    func liveChanged(_ kind: Int) -> SampleDeployment {
        var copy = self
        let memory = kind % Self.liveChangeCount == 0 || kind % Self.liveChangeCount == 3
        let cpus = kind % Self.liveChangeCount == 1 || kind % Self.liveChangeCount == 3
        let restart = kind % Self.liveChangeCount >= 2
        if memory { copy.memoryMi = (memoryMi ?? 64) + 1 }
        if cpus { copy.cpuMillis = (cpuMillis ?? 500) + 10 }
        if restart { copy.restartPolicy = restartPolicy == "always" ? "no" : "always" }
        return copy
    }

    /// This deployment with its route and rollout changed (what only steers the router and the watch): its spec
    /// hash must stay (DESIGN §14). A deployment without ports gets no route, which it could not have.
    func steered(random: inout SampleRandom) -> SampleDeployment {
        var copy = self
        if !ports.isEmpty {
            if let route {
                copy.route = (
                    "new-" + route.host, route.path == "/api" ? "/other" : "/api", (route.drainSeconds ?? 10) + 1
                )
            } else {
                copy.route = ("\(name).example.org", nil, random.chance(0.5) ? 0 : nil)
            }
        }
        copy.rollout = (
            (rollout?.watchSeconds ?? 30) + random.int(1...60), (rollout?.failureThreshold ?? 3) % 5 + 1
        )
        return copy
    }
}
