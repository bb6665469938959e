import Drivers
import Foundation
import Manifest
import Review

/// The steps of resolve, review, build and start that need more than one engine call.
extension Pipeline {
    // MARK: resolve

    /// Pulls the image of an `image:` deployment whose pull policy asks for it (``ImagePull``), each progress line
    /// kept as resolve output, then resolves the deployment again to the image id now on the engine: the new
    /// generation, and its history row, carry that id. A failed pull fails the stage with the registry's message
    /// before anything was touched.
    func pullImage(_ attempt: RolloutAttempt) async throws -> String {
        guard let pull = attempt.target.pull else { return "nothing to pull" }
        attempt.recorder.output(.resolve, pull.description)
        let resolver = ImageResolver(engine: engine, controller: environment.controller)
        let image: ImageInfo
        do {
            image = try await resolver.pull(pull) { line in attempt.recorder.output(.resolve, line) }
        } catch let failure as ImageResolver.Failure {
            throw StageFailure(.resolve, reason: "PullFailed", failure.description)
        }
        let target = attempt.target.pulled(imageID: image.id)
        attempt.target = target
        try await shielded {
            try await self.environment.history.retarget(
                attempt.rollout.id!, appCommit: target.appCommit, specHash: target.specHash)
        }
        return "pulled \(pull.reference) from \(pull.registry): image \(image.id.prefix(19))"
    }

    // MARK: review

    func review(_ attempt: RolloutAttempt) async throws -> RolloutStateMachine.Ending {
        if attempt.request.restoring != nil { return .skipped("rollback to an image reviewed before") }
        guard case .source(_, _, let spec) = attempt.target.deployment.spec.artifact, let source = attempt.target.source
        else { return .skipped("prebuilt image: nothing to review") }
        if spec.policy == .off { return .skipped("review policy is off") }
        guard let reviewStep = environment.reviewStep else { return .skipped("no reviewers configured") }
        let from = attempt.request.active.map(\.commit).flatMap(CommitID.init(hex:))
        let diff = try await environment.repositories.diff(
            from: from == source.commit ? nil : from, to: source.commit, path: source.path, in: source.remote
        )
        let request = ReviewRequest(
            deployment: attempt.target.name, repository: source.remote.description, fromCommit: from?.hex,
            toCommit: source.commit.hex, path: source.path, diff: diff.patch, files: diff.files.map(\.path)
        )
        switch await reviewStep.review(request, spec: spec) {
        case .passed(let message, let warnings):
            for finding in warnings { attempt.recorder.output(.review, "warning: \(Self.waivable(finding))") }
            return .succeeded(message)
        case .blocked(let message, let findings):
            for finding in findings { attempt.recorder.output(.review, Self.waivable(finding)) }
            throw StageFailure(.review, reason: "ReviewBlocked", message, result: .blocked)
        }
    }

    /// `high secret.private-key in deploy/id_rsa:1: <message> [waive: 3f2a…]`: a finding with the fingerprint
    /// that `spec.review.waive` (or `berth review --waive`) takes to accept it.
    static func waivable(_ finding: ReviewFinding) -> String {
        let place = finding.file.isEmpty ? "" : " in \(finding.file)\(finding.line.map { ":\($0)" } ?? "")"
        return "\(finding.severity.rawValue) \(finding.rule)\(place): \(finding.message) "
            + "[waive: \(finding.fingerprint)]"
    }

    // MARK: build

    func build(_ attempt: RolloutAttempt) async throws -> (String, RolloutStateMachine.Ending) {
        if let restoring = attempt.request.restoring {
            guard try await engine.imageExists(restoring.image) else {
                throw StageFailure(
                    .build, reason: "ImageGone",
                    "the image of generation \(restoring.generation) (\(restoring.image.prefix(19))) was removed; "
                        + "raise imageRetention to keep more"
                )
            }
            let settings = restoring.settingsSource.map { "; settings from \($0)" } ?? ""
            return (restoring.image, .skipped("kept image of generation \(restoring.generation)\(settings)"))
        }
        let target = attempt.target
        guard let source = target.source else { return (target.image, .skipped("prebuilt image \(target.image)")) }
        if let generated = source.generated {
            attempt.recorder.output(.build, "generated Dockerfile for \(generated.detection)")
            for line in generated.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                attempt.recorder.output(.build, String(line))
            }
        }
        if try await engine.imageExists(target.image) {
            return (target.image, .skipped("\(target.image) is already built"))
        }
        let context = environment.repositories.buildContext(
            at: source.commit, path: source.path, dockerfile: source.dockerfile, generated: source.generated?.text,
            in: source.remote, logger: environment.logger
        )
        var options = BuildOptions(tags: [target.image])
        options.labels = BerthLabel.owned(by: environment.controller.stateDir, deployment: target.name)
        options.labels[BerthLabel.commit] = source.commit.hex
        options.buildArgs = source.build.args
        options.target = source.build.target
        options.dockerfile = source.dockerfile
        try await checkSizes(of: source, context: context)
        let (limit, setting) = environment.controller.limits.buildTimeout(requested: source.build.timeout)
        do {
            let result = try await withinBuildTimeout(limit, setting: setting) { [engine, options] in
                try await engine.buildImage(context: context, options: options) { line in
                    attempt.recorder.output(.build, line)
                }
            }
            return (target.image, .succeeded("built \(target.image) (\(result.imageID.prefix(19)))"))
        } catch let error as ContainerEngineError where error.code == .buildFailed {
            let message = TerminalEscapes.stripped(error.message)
            let tail = error.logTail.suffix(5).map(TerminalEscapes.stripped).joined(separator: " | ")
            throw StageFailure(.build, reason: "BuildFailed", tail.isEmpty ? message : "\(message): \(tail)")
        }
    }

    // MARK: start

    func createVolumes(_ attempt: RolloutAttempt) async throws {
        let target = attempt.target
        let labels = BerthLabel.owned(by: environment.controller.stateDir, deployment: target.name)
        for volume in target.deployment.spec.volumes {
            guard case .named(let name) = volume.source else { continue }
            let volumeName = GenerationInputs.volumeName(target.name, name)
            _ = try await shielded { try await self.engine.createVolume(name: volumeName, labels: labels) }
        }
    }

    /// The checks that run before anything is touched, in one place: host paths against the policy, component by
    /// component (``HostPathCheck``; again right before the container is created), and sealed secrets opened (a
    /// missing key fails here, before anything is created).
    func prepare(_ attempt: RolloutAttempt) throws {
        try HostPathCheck(controller: environment.controller).verify(attempt.target.deployment)
        attempt.secrets = try secrets.open(
            attempt.target.deployment.spec.secretEnv, deployment: PreviewName.secretsOwner(of: attempt.target.name))
    }

    /// Picks the serving port (allocating one outside `excluded` when the manifest fixes none) and creates the
    /// candidate; returns its id and port.
    func createCandidate(_ attempt: RolloutAttempt, image: String, excludingPorts excluded: Set<Int>) async throws
        -> (String, ServingPort)
    {
        let target = attempt.target
        let spec = target.deployment.spec
        let taken = attempt.request.claimedPorts.union(excluded)
        guard let port = ServingPort.choose(for: spec, allocate: { ports.allocate(excluding: taken) }) else {
            throw StageFailure(.start, reason: "NoFreePort", "no free host port in ports.range \(ports.range)")
        }
        let candidate = CandidateSpec(
            inputs: GenerationInputs(attempt, image: image, stateDir: environment.controller.stateDir), port: port)
        let containerSpec = candidate.containerSpec
        try HostPathCheck(controller: environment.controller).verify(target.deployment)
        let id = try await shielded { try await self.engine.createContainer(containerSpec) }
        attempt.port = port
        attempt.created = RecordedContainer(
            containerSpec, sealed: target.deployment.spec.secretEnv.mapValues(\.text)
        )
        return (id, port)
    }

    // MARK: health

    /// One check of the candidate: is it running, and does its declared check pass?
    func probe(_ id: String, of attempt: RolloutAttempt) async throws -> RolloutStateMachine.ProbeResult {
        let details = try await shielded { try await self.engine.inspectContainer(id) }
        guard details.isRunning else {
            return .exited(
                details.oomKilled ? "was killed for using too much memory" : "exited with code \(details.exitCode)")
        }
        // Docker's restart policy brought it back: it exited (or was OOM-killed) meanwhile.
        if details.restartCount > 0 {
            return .exited(
                details.oomKilled
                    ? "was killed for using too much memory and restarted"
                    : "restarted \(counted(details.restartCount, "time"))")
        }
        let spec = attempt.target.deployment.spec
        guard let health = spec.health else { return .passed }
        let probe: HealthProbe
        let probePort: Int?
        switch health.probe {
        case .exec:
            switch details.health {
            case .healthy: return .passed
            case .unhealthy: return .failed("Docker's healthcheck reports unhealthy")
            default: return .pending
            }
        case .http(let path, let port, let expectStatus):
            (probe, probePort) = (.http(path: path, expectStatus: expectStatus), port)
        case .tcp(let port):
            (probe, probePort) = (.tcp, port)
        }
        if details.health == .unhealthy { return .failed("the image's own Docker healthcheck reports unhealthy") }
        guard let port = attempt.port?.hostPort(forProbePort: probePort, in: spec) else {
            return .failed("no host port to probe: the probe's port is not published on the host")
        }
        switch await environment.prober.check(probe, port: port, timeout: health.timeout) {
        case .passed: return .passed
        case .failed(let reason): return .failed(reason)
        }
    }

    /// Lists the deployment's containers in one call right before the swap: why the candidate no longer runs (nil
    /// while it does; one inspect says why, on that path only) and the other generations, which the swap retires.
    func checkGenerations(of attempt: RolloutAttempt, candidate id: String) async throws
        -> (exited: String?, generations: [RolloutStateMachine.Generation])
    {
        let labels = BerthLabel.owned(by: environment.controller.stateDir, deployment: attempt.target.name)
        let listed = try await shielded { try await self.engine.listContainers(labels: labels) }
        let containers = listed.compactMap(ActualContainer.init)
        let generations = containers.filter { !$0.isCandidate && $0.id != id }.map(Self.generation)
        guard let candidate = containers.first(where: { $0.id == id }) else { return ("is gone", generations) }
        guard candidate.state != .running else { return (nil, generations) }
        guard case .exited(let why) = try await probe(id, of: attempt) else { return ("stopped", generations) }
        return (why, generations)
    }

    /// Where the candidate's health check goes, in words: `http://127.0.0.1:20001/healthz`.
    func probeTarget(_ attempt: RolloutAttempt, port: ServingPort) -> String {
        let spec = attempt.target.deployment.spec
        let shown = { (probePort: Int?) in port.hostPort(forProbePort: probePort, in: spec).map(String.init) ?? "?" }
        switch spec.health?.probe {
        case nil: return "\(attempt.candidate) (no health check declared)"
        case .exec(let command)?: return "exec \(command.joined(separator: " "))"
        case .http(let path, let probePort, _)?: return "http://127.0.0.1:\(shown(probePort))\(path)"
        case .tcp(let probePort)?: return "tcp 127.0.0.1:\(shown(probePort))"
        }
    }

    /// Copies the last lines `container` wrote into the rollout's history as output of `stage`, before it goes.
    func keepLastOutput(of container: String, stage: Stage, _ attempt: RolloutAttempt) async {
        guard
            let lines = try? await shielded({
                try await self.engine.containerLogs(container, options: LogOptions(tail: 20))
            })
        else { return }
        do {
            for try await line in lines { attempt.recorder.output(stage, "container: \(line.text)") }
        } catch {
            attempt.recorder.output(stage, "container output unavailable: \(error)")
        }
    }
}
