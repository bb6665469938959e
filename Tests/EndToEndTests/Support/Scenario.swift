import Drivers
import Foundation
import Reconciler
import TestSupport

/// One end-to-end scenario: app repositories and a config repository (real bare git repositories on disk),
/// a controller config, a state dir, and the containers and images berth makes for it, removed at the end.
///
/// Deployment names carry a random prefix so scenarios never see each other's containers.
final class Scenario: @unchecked Sendable {
    let id = String(UUID().uuidString.lowercased().prefix(6))
    let directory: TemporaryDirectory
    let config: GitFixture
    private(set) var apps: [String: GitFixture] = [:]
    let docker = DockerTestEnvironment.client()

    /// Named volumes the scenario's deployments create, removed at clean-up.
    var volumes: [String] = []

    /// - Parameter controllerExtra: more lines for the controller config.
    init(controllerExtra: String = "") throws {
        directory = try TemporaryDirectory(prefix: "berth-e2e")
        config = try GitFixture()
        try directory.write(
            """
            apiVersion: berth/v1
            kind: Controller
            configRepo: {url: "\(config.fileURL)", branch: main, path: deployments}
            stateDir: \(stateDir)
            workers: 2
            imageRetention: 3
            ports: {range: 21000-29999}
            review: {minimumPolicy: off, defaultReviewers: [static]}
            \(controllerExtra)
            """, to: "berth.yaml")
    }

    var stateDir: String { directory.url.appendingPathComponent("state").path }
    var controllerFile: String { directory.url.appendingPathComponent("berth.yaml").path }

    /// The deployment name for `short`, unique to this scenario.
    func name(_ short: String) -> String { "e\(id)-\(short)" }

    /// The app repository `short` (created on first use).
    func app(_ short: String) throws -> GitFixture {
        if let fixture = apps[short] { return fixture }
        let fixture = try GitFixture()
        apps[short] = fixture
        return fixture
    }

    /// Commits a busybox httpd app serving `page` at `/` and, when `healthy`, `ok` at `/healthz`.
    /// `setup` adds Dockerfile lines before CMD; `command` replaces the default start command.
    @discardableResult
    func commitApp(
        _ short: String, page: String, healthy: Bool = true, setup: String = "",
        command: String = #"exec httpd -f -p "$PORT" -h /www"#
    ) throws -> String {
        let app = try app(short)
        try app.write(page, to: "site/index.html")
        if healthy {
            try app.write("ok\n", to: "site/healthz")
        } else if FileManager.default.fileExists(atPath: app.work.appendingPathComponent("site/healthz").path) {
            try app.remove("site/healthz")
        }
        let quoted = command.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        try app.write(
            """
            FROM \(DockerTestEnvironment.baseImage)
            COPY site/ /www/
            \(setup)
            CMD ["sh", "-c", "\(quoted)"]
            """, to: "Dockerfile")
        return try app.commitAndPush("app \(short): \(page)")
    }

    /// A manifest building `short` from its app repository, on host networking with a port berth allocates.
    func manifest(_ short: String, app: String? = nil, stopGracePeriod: String = "2s", extra: String = "") throws
        -> String
    {
        """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: \(name(short))}
        spec:
          source: {repo: "\(try self.app(app ?? short).fileURL)", ref: main}
          review: {policy: off}
          network: host
          stopGracePeriod: \(stopGracePeriod)
          health:
            http: {path: /healthz}
            interval: 200ms
            timeout: 1s
            startPeriod: 8s
            healthyThreshold: 2
        \(extra)
        """
    }

    /// Replaces the config repository's manifests with `files` (name → YAML) and pushes.
    @discardableResult
    func commitConfig(_ files: [String: String]) throws -> String {
        if FileManager.default.fileExists(atPath: config.work.appendingPathComponent("deployments").path) {
            try config.remove("deployments")
        }
        for (file, yaml) in files { try config.write(yaml, to: "deployments/\(file)") }
        return try config.commitAndPush("config")
    }

    /// Runs `berth COMMAND --config berth.yaml ARGS...`.
    func berth(_ command: String, _ arguments: String...) throws -> BerthBinary.Run {
        try BerthBinary.run([command, "--config", controllerFile] + arguments)
    }

    /// The line `berth apply` prints when `short`'s rollout of `generation` enters `stage`, when `short` has the
    /// widest name of the apply (the prefix is padded to the widest).
    func stageStarted(_ short: String, generation: Int, _ stage: Stage) -> String {
        "\(name(short)) │ #\(generation) \(stage.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) started"
    }

    /// Whether `berth apply` printed `result` for `short` among its closing lines (`<name, padded> │ result: …`).
    func applied(_ short: String, _ result: String, in run: BerthBinary.Run) -> Bool {
        run.stdout.split(separator: "\n").contains { line in
            let parts = line.split(separator: "│", maxSplits: 1)
            return parts.count == 2 && parts[0].trimmingCharacters(in: .whitespaces) == name(short)
                && parts[1].hasPrefix(" \(result): ")
        }
    }

    /// `short`'s entry in `berth status --output json`, or nil.
    func status(_ short: String) throws -> [String: Any]? {
        let run = try berth("status", "--output", "json")
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let rows = document?["deployments"] as? [[String: Any]] ?? []
        return rows.first { $0["name"] as? String == name(short) }
    }

    /// Whether `short`'s status holds a condition of `kind` with status True and `reason`.
    func holds(_ short: String, _ kind: String, reason: String) throws -> Bool {
        let conditions = try status(short)?["conditions"] as? [[String: Any]] ?? []
        return conditions.contains {
            $0["kind"] as? String == kind && $0["status"] as? String == "True" && $0["reason"] as? String == reason
        }
    }

    /// Starts `berth apply` in the background.
    func startApply() throws -> RunningBerth {
        try RunningBerth(["apply", "--config", controllerFile])
    }

    /// Starts `berth run` in the background.
    func startRun(_ extra: String...) throws -> RunningBerth {
        try RunningBerth(["run", "--config", controllerFile] + extra)
    }

    /// Waits until `condition` holds, checking every 100 ms; false after `timeout`.
    func eventually(within timeout: Duration, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try await condition()
    }

    /// The berth containers of this scenario's deployments.
    func containers() async throws -> [ActualContainer] {
        try await docker.listContainers(labels: BerthLabel.owned(by: stateDir)).compactMap(ActualContainer.init)
    }

    /// The one active container of `short`, failing when there is not exactly one container.
    func onlyContainer(_ short: String) async throws -> ActualContainer? {
        let all = try await containers().filter { $0.deployment == name(short) }
        return all.count == 1 ? all[0] : nil
    }

    /// The body `GET http://127.0.0.1:<port>/` answers with, or nil.
    func page(at port: Int?) -> String? {
        guard let port,
            let output = try? GitCommand.runAllowingFailure(
                "/usr/bin/curl", ["-s", "--max-time", "3", "http://127.0.0.1:\(port)/"]),
            output.status == 0
        else { return nil }
        return output.text
    }

    /// The history of `short`, read from the state dir.
    func history(_ short: String) async throws -> [Rollout] {
        try await History(path: stateDir + "/berth.sqlite").rollouts(of: name(short), limit: 100)
    }

    /// Runs `body` with a new scenario and removes what it made afterwards, whether `body` threw or not.
    static func run(controllerExtra: String = "", _ body: (Scenario) async throws -> Void) async throws {
        let scenario = try Scenario(controllerExtra: controllerExtra)
        do {
            try await body(scenario)
        } catch {
            await scenario.cleanUp()
            throw error
        }
        await scenario.cleanUp()
    }

    /// Removes every service, container, image and volume berth made for this scenario.
    func cleanUp() async {
        // Runtime swarm: its services (an engine in no swarm answers with an error: nothing to remove).
        for service in (try? await docker.listServices(labels: BerthLabel.owned(by: stateDir), taskCounts: false)) ?? []
        {
            try? await docker.removeService(service.id)
        }
        for container in (try? await containers()) ?? [] {
            try? await docker.removeContainer(container.id, force: true, removeVolumes: true)
        }
        for image in (try? await docker.listImages(labels: BerthLabel.owned(by: stateDir))) ?? [] {
            try? await docker.removeImage(image.id, force: true)
        }
        let labelled = (try? await docker.listVolumes(labels: BerthLabel.owned(by: stateDir)).map(\.name)) ?? []
        for volume in Set(volumes + labelled) { try? await docker.removeVolume(volume) }
    }
}
