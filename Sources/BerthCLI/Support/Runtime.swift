import Drivers
import Foundation
import Logging
import Manifest
import Reconciler

/// The engine, mirrors and history a command works with, built from the controller config.
struct Runtime {
    /// How a command uses the state dir.
    enum StateAccess {
        /// `apply`, `run`: the state dir is created when missing and history opened for writing.
        case change
        /// `rollback`: the state must exist (there is nothing to go back to otherwise); history opened for writing.
        case amend
        /// `status`, `history`, `logs`: the state must exist; nothing is created (a usage error says where berth
        /// looked and how to point it at a state dir).
        case read
        /// `plan`: reads history when there is one; without a state dir it plans against an empty history and keeps
        /// git mirrors in a temporary directory removed afterwards.
        case plan
    }

    let controller: ControllerConfig
    let engine: DockerClient
    let repositories: GitMirrorStore
    let history: History
    let logger: Logger
    /// Shared by every environment this runtime makes, so the bounds hold across them.
    private let slots: EngineSlots
    /// Where `plan` keeps mirrors when there is no state dir; removed with the runtime.
    private let scratch: ScratchDirectory?

    /// - Parameters:
    ///   - state: the state dir `controller` names, with where its path came from.
    ///   - access: whether the command may create the state dir and write history.
    ///   - logger: where warnings and errors go (commands print their own output on stdout).
    init(
        controller: ControllerConfig, state: StateDirectory, access: StateAccess,
        logger: Logger = LogFormat.text.logger(label: "berth", level: .warning)
    ) throws {
        self.controller = controller
        self.logger = logger
        let endpoint: HTTPEndpoint
        do {
            let tls = controller.docker.tls.map { HTTPEndpoint.TLS(caFile: $0.ca, certFile: $0.cert, keyFile: $0.key) }
            endpoint = try HTTPEndpoint(dockerHost: controller.docker.host, tls: tls)
        } catch {
            throw CommandFailure(exitCode: 2, message: "docker.host: \(error)", field: "docker.host")
        }
        engine = DockerClient(endpoint: endpoint, logger: logger)
        slots = EngineSlots(builds: controller.builds)
        var mirrors = URL(fileURLWithPath: state.path)
        do {
            switch access {
            case .change:
                try state.create()
                history = try History(path: state.databasePath)
                scratch = nil
            case .amend:
                guard state.hasDatabase else { throw Self.noState(state) }
                history = try History(path: state.databasePath)
                scratch = nil
            case .read:
                guard state.hasDatabase else { throw Self.noState(state) }
                history = try History(readingAt: state.databasePath)
                scratch = nil
            case .plan where state.hasDatabase:
                history = try History(readingAt: state.databasePath)
                scratch = nil
            case .plan:
                history = try History()
                let scratch = try ScratchDirectory()
                mirrors = scratch.url
                self.scratch = scratch
            }
        } catch let error as any ActionableError {
            throw CommandFailure(exitCode: 1, error)
        }
        repositories = GitMirrorStore(stateDirectory: mirrors, logger: logger)
    }

    /// A runtime that may create the state dir `controller` names and write its history (benchmarks).
    init(controller: ControllerConfig, logger: Logger = LogFormat.text.logger(label: "berth", level: .warning)) throws {
        try self.init(
            controller: controller, state: StateDirectory(path: controller.stateDir, origin: "stateDir"),
            access: .change, logger: logger)
    }

    /// A read command found no history in `state`: where berth looked, and how to point it at a state dir.
    private static func noState(_ state: StateDirectory) -> CommandFailure {
        let looked = state.exists ? "\(state.databasePath) does not exist" : "\(state.path) does not exist"
        return CommandFailure(
            exitCode: 2, message: "no berth state in \(state.path) (\(state.origin)): \(looked)", field: "stateDir",
            path: state.path,
            hint: "point berth at a controller's state with --config berth.yaml, "
                + "\(StateOptions.configVariable)=/path/to/berth.yaml or --state-dir DIR"
        )
    }

    /// What the pipeline talks to: this runtime's engine (at most ``EngineSlots/defaultCalls`` calls in flight
    /// and `builds` builds at once), history and review gate, `repositories` (the mirror store unless a
    /// wrapper of it is given), and with `runtime: swarm` the engine as a swarm manager.
    func environment(repositories: (any SourceRepository)? = nil) -> Pipeline.Environment {
        Pipeline.Environment(
            engine: ObservedEngine(engine, slots: slots), repositories: repositories ?? self.repositories,
            history: history, controller: controller,
            reviewStep: ReviewRunner(controller: controller, logger: logger), logger: logger,
            hostPorts: engine.endpoint.unixSocketPath == nil ? nil : HostPortProbe(), router: router, swarm: swarm
        )
    }

    /// The swarm runtime when the controller config says `runtime: swarm` (the engine as a swarm manager), nil else.
    var swarm: SwarmRuntime? {
        controller.runtime == .swarm ? SwarmRuntime(engine: engine, stateDir: controller.stateDir) : nil
    }

    /// The router the controller config names (`router.type: caddy`), nil without one.
    var router: (any Router)? {
        guard case .caddy(let settings) = controller.router else { return nil }
        return CaddyRouter(settings: settings, logger: logger)
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
