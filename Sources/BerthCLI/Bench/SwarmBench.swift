import ArgumentParser
import Drivers
import Foundation
import Logging
import Manifest
import Reconciler

/// `berth bench swarm`: berth's rolling update of a service against Docker's own, and a no-op pass over many services
/// against one list call, in one run on the local engine made a swarm.
struct SwarmBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swarm",
        abstract: """
            Time berth's rolling update of one N-replica service against `docker service update` of the same change, \
            and a no-op pass over many services against one GET /services (targets: ratio ≤ 1.2, noop_ratio ≤ 1.5).
            """,
        discussion: """
            Makes the local engine a single-node swarm when it is in none (advertised on 127.0.0.1; it leaves the
            swarm at the end), and removes the services it creates.

            Workload: deployments of the test base image (berth-test/busybox) running `sleep` under init, no health
            check, `rollout: {parallelism: 2, monitor: 1s}`, on `runtime: swarm`.
              update  berth: one manifest's env changed, plan + apply until Swarm completed the update (update_ms);
                      docker: `docker service update --env-add` of the same service, which waits until Swarm
                      converged (docker_update_ms). ratio = update_ms / docker_update_ms. Both change the task
                      template the same way (a changed image would too: Swarm replaces every task either way).
              noop    S more deployments of 0 replicas (services without tasks) are applied (the same pass writes
                      back the env docker's update changed by hand); then a pass that finds everything in sync
                      (desired state read from the config repository at its head, one service list, plan), once
                      the swarm has settled for 3 s, median of 30 (noop_ms), each round against one GET /services
                      through the same HTTP client (list_ms). noop_ratio = noop_ms / list_ms. For scale,
                      config_head_ms is one remote-head check of the config repository, which any pass makes, and
                      noop_floor_ratio = noop_ms / (list_ms + config_head_ms), the floor `berth bench reconcile`
                      uses.
            """
    )

    @Option(help: "Replicas of the service the update rolls.")
    var replicas = 10

    @Option(help: "Services the no-op pass goes over.")
    var services = 200

    @Option(help: "The engine socket to measure against.")
    var engine = "/var/run/docker.sock"

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard replicas > 0, services > 0 else { throw ValidationError("--replicas and --services must be positive") }
    }

    func run() async throws {
        let directory = URL(fileURLWithPath: "/tmp/berth-swarm-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let docker = DockerClient(endpoint: .unixSocket(engine), logger: Self.quiet)
        let made = try await becomeManager(docker)
        let repository = try BenchRepositories.repository(
            in: directory, named: "config",
            files: ["deployments/\(Self.rolled).yaml": manifest(Self.rolled, revision: 1)])
        let controller = try BenchRepositories.controllerConfig(
            repository: repository, in: directory, extra: "runtime: swarm\ndocker: {host: \"unix://\(engine)\"}")
        let measured: Result<BenchReport, any Error>
        do {
            measured = .success(try await measure(controller: controller, repository: repository, in: directory))
        } catch {
            measured = .failure(error)
        }
        for service
            in (try? await docker.listServices(labels: BerthLabel.owned(by: controller.stateDir), taskCounts: false))
            ?? []
        {
            try? await docker.removeService(service.id)
        }
        if made { try? await docker.leaveSwarm(force: true) }
        try measured.get().print(as: options.output)
    }

    private static let quiet = Logger(label: "berth.bench", factory: { _ in SwiftLogNoOpLogHandler() })

    /// The two phases, on the swarm the engine is now a manager of.
    private func measure(controller: ControllerConfig, repository: URL, in directory: URL) async throws -> BenchReport {
        let runtime = try Runtime(controller: controller)
        let reconciliation = runtime.reconciliation(BenchRepositories.source(repository)) { _ in }
        progress("berth: create a service of \(replicas) replicas")
        try await BenchRepositories.apply(reconciliation, expecting: 1, .succeeded)

        _ = try BenchRepositories.repository(
            in: directory, named: "config",
            files: ["deployments/\(Self.rolled).yaml": manifest(Self.rolled, revision: 2)])
        progress("berth: roll it to a changed env")
        let update = try await measureMilliseconds {
            try await BenchRepositories.apply(reconciliation, expecting: 1, .succeeded)
        }
        progress("docker: service update --env-add of the same service")
        let dockerUpdate = try measureMilliseconds {
            try run(
                "/usr/bin/docker",
                ["-H", "unix://\(engine)", "service", "update", "--quiet", "--env-add", "REVISION=3", Self.rolled])
        }

        var files: [String: String] = [:]
        for index in 0..<services {
            let name = String(format: "bench-idle-%04d", index)
            files["deployments/\(name).yaml"] = manifest(name, revision: 1, replicas: 0)
        }
        files["deployments/\(Self.rolled).yaml"] = manifest(Self.rolled, revision: 2)
        _ = try BenchRepositories.repository(in: directory, named: "config", files: files)
        // The same pass writes back the env docker's update changed by hand (drift: heal): one more rollout.
        progress("berth: create \(services) services of 0 replicas, and write \(Self.rolled) back")
        try await BenchRepositories.apply(reconciliation, expecting: services + 1, .succeeded)
        progress("berth: no-op passes over \(services + 1) services, and GET /services")
        let transport = HTTPClient(endpoint: .unixSocket(engine), logger: Self.quiet)
        var noop: [Double] = []
        var list: [Double] = []
        var heads: [Double] = []
        try await Task.sleep(for: .seconds(3))  // the 200 services just created still keep the swarm busy
        // Thirty rounds: on two cores a few milliseconds move with whatever else runs, and the median of ten moved
        // with them.
        for round in 0...30 {  // round 0 warms caches and is not counted
            let pass = try await measureMilliseconds {
                let plan = try await reconciliation.plan().plan
                guard plan.entries.allSatisfy({ $0.action == .inSync }) else {
                    throw CommandFailure.failed("a pass found work to do: not a no-op pass")
                }
            }
            let listed = try await measureMilliseconds {
                let response = try await transport.execute(
                    HTTPRequest(method: "GET", target: "/v\(DockerClient.apiVersion)/services"))
                _ = try await response.body.collect(upTo: 64 << 20)
            }
            let head = try await measureMilliseconds {
                _ = try await runtime.repositories.remoteHeads(of: GitRemote(url: "file://\(repository.path)"))
            }
            if round > 0 {
                noop.append(pass)
                list.append(listed)
                heads.append(head)
            }
        }
        let (noopMedian, listMedian, headMedian) = (median(noop), median(list), median(heads))
        return BenchReport(
            bench: "swarm",
            metrics: [
                ("replicas", Double(replicas)), ("update_ms", update), ("docker_update_ms", dockerUpdate),
                ("ratio", update / dockerUpdate), ("services", Double(services + 1)), ("noop_ms", noopMedian),
                ("list_ms", listMedian), ("noop_ratio", noopMedian / listMedian), ("config_head_ms", headMedian),
                ("noop_floor_ratio", noopMedian / (listMedian + headMedian)),
            ])
    }

    private static let rolled = "bench-rolled"

    private func manifest(_ name: String, revision: Int, replicas: Int? = nil) -> String {
        """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: \(name)}
        spec:
          image: berth-test/busybox:latest
          pull: never
          init: true
          command: [sleep, "86400"]
          replicas: \(replicas ?? self.replicas)
          stopGracePeriod: 1s
          rollout: {parallelism: 2, monitor: 1s}
          env: {REVISION: "\(revision)"}
        """
    }

    /// Makes the engine a single-node swarm manager when it is in no swarm; whether it did.
    private func becomeManager(_ docker: DockerClient) async throws -> Bool {
        let info = try await docker.swarmInfo()
        if info.isManager { return false }
        guard info.localNodeState == .inactive else {
            throw CommandFailure.failed(
                "the engine is in a swarm as a worker (\(info.localNodeState)); run the bench on a manager")
        }
        _ = try await docker.initSwarm(advertiseAddress: "127.0.0.1", listenAddress: "127.0.0.1:2377")
        return true
    }

    private func run(_ executable: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure.failed(
                "\(executable) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
    }
}
