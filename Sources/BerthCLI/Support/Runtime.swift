import Drivers
import Foundation
import Logging
import Manifest
import Reconciler

/// The engine, mirrors and history a command works with, built from the controller config.
struct Runtime {
    let controller: ControllerConfig
    let engine: DockerClient
    let repositories: GitMirrorStore
    let history: History
    let logger: Logger
    /// Shared by every environment this runtime makes, so the bounds hold across them.
    private let slots: EngineSlots

    /// - Parameter logger: where warnings and errors go (commands print their own output on stdout).
    init(controller: ControllerConfig, logger: Logger = LogFormat.text.logger(label: "berth", level: .warning)) throws {
        self.controller = controller
        self.logger = logger
        let endpoint: HTTPEndpoint
        do {
            let tls = controller.docker.tls.map { HTTPEndpoint.TLS(caFile: $0.ca, certFile: $0.cert, keyFile: $0.key) }
            endpoint = try HTTPEndpoint(dockerHost: controller.docker.host, tls: tls)
        } catch {
            throw CommandFailure.usage("docker.host: \(error)")
        }
        engine = DockerClient(endpoint: endpoint, logger: logger)
        slots = EngineSlots(builds: controller.builds)
        do {
            try FileManager.default.createDirectory(atPath: controller.stateDir, withIntermediateDirectories: true)
            history = try History(path: controller.stateDir + "/berth.sqlite")
        } catch {
            throw CommandFailure.failed("state dir \(controller.stateDir): \(error)")
        }
        repositories = GitMirrorStore(stateDirectory: URL(fileURLWithPath: controller.stateDir), logger: logger)
    }

    /// What the pipeline talks to: this runtime's engine (at most ``EngineSlots/defaultCalls`` calls in flight
    /// and `builds` builds at once), history and review gate, and `repositories` (the mirror store unless a
    /// wrapper of it is given).
    func environment(repositories: (any SourceRepository)? = nil) -> Pipeline.Environment {
        Pipeline.Environment(
            engine: ObservedEngine(engine, slots: slots), repositories: repositories ?? self.repositories, history: history, controller: controller,
            reviewStep: ReviewRunner(controller: controller, logger: logger), logger: logger
        )
    }

    /// Plans and applies against `source` in `environment`, reporting progress to `progress`.
    func reconciliation(
        _ source: DesiredSource, environment: Pipeline.Environment? = nil, progress: @escaping ProgressHandler
    ) -> Reconciliation {
        let environment = environment ?? self.environment()
        let reader = DesiredStateReader(source: source, repositories: environment.repositories, controller: controller)
        return Reconciliation(reader: reader, environment: environment, progress: progress)
    }

    /// The exclusive lock on the state dir, for commands that change what runs.
    func lockStateDirectory() throws -> StateDirectoryLock {
        do {
            return try StateDirectoryLock(stateDirectory: controller.stateDir)
        } catch {
            throw CommandFailure.failed(error.description)
        }
    }
}
