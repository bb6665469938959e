import ArgumentParser
import Drivers
import Foundation
import Logging
import Manifest
import Reconciler
import ServiceLifecycle
import UnixSignals

/// `berth run`: the controller, left running.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the controller: reconcile on a timer, on webhooks and on Docker events; post commit statuses.",
        discussion: """
            Every `interval` (jittered) berth plans and queues each deployment that needs work; a queued
            deployment rolls out as `berth apply` would, at most `workers` at a time, one rollout per deployment,
            backing off after failures. A managed container that dies or is stopped is reconciled again within a
            second (drift: heal restarts or redeploys it; drift: report only records it). Webhooks, the API,
            /metrics and the dashboard (at /, log in with the api.tokenFile token; dashboard.public opens its read
            pages) are served on `listen`. Commit statuses go to `forge` (pending, then success or failure), on the
            config commit and on the app commit deployed, and link to the dashboard's run and plan pages.
            Failures, rollbacks, drift and (when asked) successes go to the `notify` targets (webhook, Slack, email),
            retried with backoff; GET /api/v1/notifications shows the deliveries.
            SIGTERM or SIGINT: no new work; a running build is cancelled and its candidate removed, a swap
            completes; exit 0 within shutdownGracePeriod. Takes the state dir's lock.
            """
    )

    @Option(
        help: ArgumentHelp(
            "The controller config (kind: Controller; default: $BERTH_CONFIG).", valueName: "berth.yaml"))
    var config: String?

    @Flag(help: "Remove containers whose deployment left the repository (volumes are kept).")
    var prune = false

    @Option(help: "text for people, json for log collectors (timestamp, level, deployment.name, rollout.id, stage).")
    var logFormat: LogFormat = .text

    func run() async throws {
        GlibcHeap.limitArenas()  // before the controller's threads start: it runs for months
        let logger = logFormat.logger(label: "berth", level: .info)
        guard let configFile = ConfigFile(option: config) else {
            throw CommandFailure(
                exitCode: 2, message: "berth run needs a controller config",
                hint: "pass --config berth.yaml or set \(StateOptions.configVariable)")
        }
        let controller = try StateOptions.controller(at: configFile, stateDir: nil)
        guard let configRepo = controller.configRepo else {
            throw CommandFailure(
                exitCode: 2, message: "\(configFile.path): configRepo is required", field: "configRepo",
                path: configFile.path)
        }
        let runtime = try Runtime(
            controller: controller,
            state: StateDirectory(path: controller.stateDir, origin: "stateDir of \(configFile.path)"), access: .change,
            logger: logger)
        let lock = try runtime.lockStateDirectory()
        defer { withExtendedLifetime(lock) {} }
        let source = StateOptions.source(configRepo, controller: controller)
        let metrics = ControllerMetrics()
        let environment = runtime.environment(
            repositories: ObservedRepositories(runtime.repositories, metrics: metrics)
        )
        var settings = Controller.Settings(
            interval: controller.interval, prune: prune,
            webhookSecret: try controller.webhookSecretFile.map {
                try Self.readSecret($0, field: "webhook.secretFile")
            },
            apiBaseURL: "http://\(controller.listen)"
        )
        let forge = try Self.resolvedForge(controller, source: source)
        if case .api(let flavor, let baseURL, let repository, _)? = forge {
            settings.commitPagePrefix = flavor.commitPagePrefix(baseURL: baseURL, repository: repository)
        }
        let statuses = try Self.statusReporter(forge, runtime: runtime, logger: logger)
        let appStatuses = try Self.appStatusReporter(forge, controller: controller, runtime: runtime, logger: logger)
        let driftPullRequest = try Self.driftPullRequest(
            controller, forge: forge, runtime: runtime, source: source, logger: logger)
        let service = Controller(
            source: source, environment: environment, statuses: statuses, appStatuses: appStatuses, metrics: metrics,
            settings: settings, driftPullRequest: driftPullRequest,
            notifications: try Self.notificationTargets(controller)
        ) { progress in
            Self.log(progress, to: logger)
        }
        let server: ControllerHTTPServer
        let bound: String
        do {
            server = try ControllerHTTPServer(
                listen: controller.listen, actions: service,
                apiToken: try controller.apiTokenFile.map { try Self.readSecret($0, field: "api.tokenFile") },
                metrics: metrics, logger: logger, dashboard: controller.dashboard, version: Version.current
            )
            bound = try server.checkBindable()
        } catch let error as ControllerHTTPServer.ListenError {
            throw CommandFailure(exitCode: 2, message: error.description, field: "listen", path: configFile.path)
        } catch let error as ControllerHTTPServer.BindError {
            throw CommandFailure(
                exitCode: 2, message: "\(error.summary) (config key listen in \(configFile.path))", field: "listen",
                path: configFile.path, hint: error.hint)
        }
        var configuration = ServiceGroupConfiguration(
            services: [.init(service: service), .init(service: server)], gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        )
        configuration.maximumGracefulShutdownDuration = controller.shutdownGracePeriod
        logger.info("berth run: \(source), state dir \(controller.stateDir), listening on \(bound)")
        try await ServiceGroup(configuration: configuration).run()
    }

    /// Each stage transition as a log line carrying the deployment, run id and stage.
    private static func log(_ progress: RolloutProgress, to logger: Logger) {
        let metadata: Logger.Metadata = [
            "deployment.name": "\(progress.deployment)", "rollout.id": "\(progress.rolloutID)",
            "stage": "\(progress.stage.rawValue)", "rollout.generation": "\(progress.generation)",
        ]
        let took = progress.duration.map { " after \(DurationText.stage($0))" } ?? ""
        switch progress.event {
        case .started: logger.info("\(progress.stage.rawValue) started", metadata: metadata)
        case .succeeded(let message):
            logger.info("\(progress.stage.rawValue) done\(took): \(message)", metadata: metadata)
        case .skipped(let message): logger.info("\(progress.stage.rawValue) skipped: \(message)", metadata: metadata)
        case .failed(let message):
            logger.error("\(progress.stage.rawValue) failed\(took): \(message)", metadata: metadata)
        case .interrupted(let message):
            logger.notice("\(progress.stage.rawValue) interrupted\(took): \(message)", metadata: metadata)
        case .output(let line): logger.debug("\(line)", metadata: metadata)
        }
    }

    /// The forge the controller config's `forge` names, with what it needs to be called.
    private enum ResolvedForge {
        /// `git-notes`: statuses as notes in the config repository, no API.
        case notes(GitRemote)
        case api(flavor: ForgeFlavor, baseURL: String, repository: ForgeRepository, token: String)
    }

    /// `forge` resolved against the config repository; nil when none is configured (or desired state is a folder).
    private static func resolvedForge(_ controller: ControllerConfig, source: DesiredSource) throws -> ResolvedForge? {
        guard let forge = controller.forge, case .repository(let remote, _, _) = source else { return nil }
        guard let flavor = ForgeFlavor(rawValue: forge.provider.rawValue) else { return .notes(remote) }
        guard let tokenFile = forge.tokenFile else {
            throw CommandFailure.usage(
                "forge.tokenFile: the \(forge.provider.rawValue) provider needs an API token file")
        }
        guard let repository = forge.repo.flatMap(ForgeRepository.init(path:)) ?? ForgeRepository(cloneURL: remote.url)
        else {
            throw CommandFailure.usage("forge.repo: cannot tell owner/name from \(remote); set forge.repo")
        }
        guard let baseURL = forge.baseURL ?? flavor.defaultBaseURL(cloneURL: remote.url) else {
            throw CommandFailure.usage("forge.baseURL: cannot derive the API base from \(remote); set forge.baseURL")
        }
        return .api(
            flavor: flavor, baseURL: baseURL, repository: repository,
            token: try readSecret(tokenFile, field: "forge.tokenFile"))
    }

    /// The reporter `forge` names; nil when none is configured.
    private static func statusReporter(_ forge: ResolvedForge?, runtime: Runtime, logger: Logger) throws
        -> (any CommitStatusReporter)?
    {
        switch forge {
        case nil:
            return nil
        case .notes(let remote):
            return GitNotesStatusReporter(repositories: runtime.repositories, remote: remote)
        case .api(let flavor, let baseURL, let repository, let token):
            do {
                return try ForgeStatusReporter(
                    flavor: flavor, baseURL: baseURL, repository: repository, token: token, logger: logger)
            } catch let error as ForgeStatusReporter.InvalidBaseURL {
                throw CommandFailure.usage("forge.baseURL: \(error)")
            }
        }
    }

    /// The reporter of statuses on app commits (DESIGN §7): the same provider and API base as `forge`, with
    /// `forge.appTokenFile` when it is set; nil when no forge is configured.
    private static func appStatusReporter(
        _ forge: ResolvedForge?, controller: ControllerConfig, runtime: Runtime, logger: Logger
    ) throws -> (any AppCommitStatusReporter)? {
        switch forge {
        case nil:
            return nil
        case .notes:
            return GitNotesAppStatusReporter(repositories: runtime.repositories)
        case .api(let flavor, let baseURL, _, let token):
            let appToken = try controller.forge?.appTokenFile.map { try readSecret($0, field: "forge.appTokenFile") }
            return ForgeAppStatusReporter(flavor: flavor, baseURL: baseURL, token: appToken ?? token, logger: logger)
        }
    }

    /// The drift pull request `drift.pullRequest` asks for: through the forge's API, or the branch alone for
    /// `git-notes`; nil when it is off. - Throws: a usage error when it is on without a forge.
    private static func driftPullRequest(
        _ controller: ControllerConfig, forge: ResolvedForge?, runtime: Runtime, source: DesiredSource, logger: Logger
    ) throws -> DriftPullRequest? {
        guard controller.drift.pullRequest else { return nil }
        guard let forge, case .repository(let remote, let branch, let path) = source,
            let branches = runtime.repositories as? any BranchPublisher
        else {
            throw CommandFailure.usage(
                "drift.pullRequest needs a config repository and a forge (forge: {provider: github|gitlab|gitea|git-notes, ...})"
            )
        }
        let target: DriftPullRequest.Forge
        switch forge {
        case .notes:
            target = .branchOnly
        case .api(let flavor, let baseURL, let repository, let token):
            do {
                target = .api(
                    try PullRequestClient(
                        flavor: flavor, baseURL: baseURL, repository: repository, token: token, logger: logger))
            } catch {
                throw CommandFailure.usage("forge.baseURL: \(error)")
            }
        }
        return DriftPullRequest(
            enabled: true, repositories: runtime.repositories, branches: branches,
            config: .init(remote: remote, branch: branch, path: path), forge: target, logger: logger)
    }

    /// The trimmed contents of a secret file; a usage error naming the field when it cannot be read.
    static func readSecret(_ path: String, field: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            throw CommandFailure.usage("\(field): \(path) cannot be read")
        }
    }
}
