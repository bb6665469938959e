import ArgumentParser
import Drivers
import Foundation
import Manifest
import Reconciler

/// `--config` / `--repo` / `--branch` / `--path` / `--state-dir`: where desired state and berth's state live.
struct StateOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The controller config (kind: Controller): config repo, state dir, docker, policy (default: $BERTH_CONFIG).",
        valueName: "berth.yaml"))
    var config: String?

    @Option(help: ArgumentHelp(
        "The config repository instead of configRepo in --config: a URL (https, http, ssh, git, file), a git repository on disk, or a plain directory of manifests.",
        valueName: "URL"))
    var repo: String?

    @Option(help: "The config repository's branch (with --repo).")
    var branch: String = "main"

    @Option(help: ArgumentHelp("The folder of manifests inside the repository (with --repo).", valueName: "P"))
    var path: String = "."

    @Option(help: ArgumentHelp("Where berth keeps mirrors, history and its lock (default: stateDir in --config, else /var/lib/berth).", valueName: "D"))
    var stateDir: String?

    /// The environment variable that stands in for `--config` when it is not given.
    static let configVariable = "BERTH_CONFIG"

    /// The controller config file: `--config`, else `$BERTH_CONFIG`, with what named it.
    var configFile: ConfigFile? { ConfigFile(option: config) }

    /// The controller config from `--config` or `BERTH_CONFIG` (defaults without either), with `--state-dir`
    /// applied.
    func controller() throws -> ControllerConfig {
        try Self.controller(at: configFile, stateDir: stateDir)
    }

    /// The controller config in `file` (defaults when nil), with `stateDir` applied; a usage error naming the file
    /// and where it came from when it does not exist, listing every problem when it is invalid.
    static func controller(at file: ConfigFile?, stateDir: String?) throws -> ControllerConfig {
        var controller = ControllerConfig.default
        if let file { controller = try file.load() }
        if let stateDir { controller.stateDir = stateDir }
        return controller
    }

    /// The controller config at `path`, given with `--config` (defaults when nil), with `stateDir` applied.
    static func controller(at path: String?, stateDir: String?) throws -> ControllerConfig {
        try controller(at: path.map { ConfigFile(path: $0, origin: "--config") }, stateDir: stateDir)
    }

    /// The state dir `controller` names, with where its path came from.
    func stateDirectory(_ controller: ControllerConfig) -> StateDirectory {
        let origin =
            if stateDir != nil { "from --state-dir" } else if let configFile { "stateDir of \(configFile.path)" } else {
                "the default: no --config, \(Self.configVariable) or --state-dir given"
            }
        return StateDirectory(path: controller.stateDir, origin: origin)
    }

    /// The controller config and the engine, mirrors and history for a command that uses the state dir as `access`
    /// says.
    func runtime(_ access: Runtime.StateAccess) throws -> Runtime {
        let controller = try controller()
        return try Runtime(controller: controller, state: stateDirectory(controller), access: access)
    }

    /// Where desired state comes from: `--repo`, else `configRepo` of `--config`.
    func desiredSource(_ controller: ControllerConfig) throws -> DesiredSource {
        if let repo { return Self.source(repo, branch: branch, path: path, credentials: nil, controller: controller) }
        guard let configRepo = controller.configRepo else {
            throw CommandFailure(
                exitCode: 2,
                message: configFile.map { "\($0.path) has no configRepo: berth does not know where desired state is" }
                    ?? "no controller config: berth does not know where desired state is",
                field: configFile == nil ? nil : "configRepo", path: configFile?.path,
                hint: "pass --config berth.yaml (with configRepo) or set \(Self.configVariable), or pass --repo URL "
                    + "[--branch B] [--path P]"
            )
        }
        return Self.source(configRepo, controller: controller)
    }

    /// Where the controller config's `configRepo` points.
    static func source(_ configRepo: ConfigRepository, controller: ControllerConfig) -> DesiredSource {
        source(
            configRepo.url, branch: configRepo.branch, path: configRepo.path, credentials: configRepo.credentials,
            controller: controller
        )
    }

    /// A local path that is a git repository becomes a `file://` remote; any other local directory is read as
    /// manifests; anything else is a remote URL.
    private static func source(
        _ location: String, branch: String, path: String, credentials: String?, controller: ControllerConfig
    ) -> DesiredSource {
        var isDirectory: ObjCBool = false
        guard !location.contains("://"), FileManager.default.fileExists(atPath: location, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            return .repository(GitRemote(url: location, credentialName: credentials, in: controller), branch: branch, path: path)
        }
        let absolute = URL(fileURLWithPath: location).standardizedFileURL.path
        let isGit = ["HEAD", ".git"].contains { FileManager.default.fileExists(atPath: absolute + "/" + $0) }
        guard isGit else { return .directory(path == "." ? absolute : absolute + "/" + path) }
        return .repository(GitRemote(url: "file://" + absolute), branch: branch, path: path)
    }
}
