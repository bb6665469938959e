import ArgumentParser
import Drivers
import Foundation
import Manifest
import Reconciler

/// `--config` / `--repo` / `--branch` / `--path` / `--state-dir`: where desired state and berth's state live.
struct StateOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The controller config (kind: Controller): config repo, state dir, docker, policy.", valueName: "berth.yaml"))
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

    /// The controller config from `--config` (defaults without it), with `--state-dir` applied.
    func controller() throws -> ControllerConfig {
        try Self.controller(at: config, stateDir: stateDir)
    }

    /// The controller config at `path` (defaults when nil), with `stateDir` applied; a usage error listing every
    /// problem when it is invalid.
    static func controller(at path: String?, stateDir: String?) throws -> ControllerConfig {
        var controller = ControllerConfig.default
        if let path {
            do {
                controller = try LocalManifests.controllerConfig(at: path)
            } catch {
                throw CommandFailure.usage(error.diagnostics.map(\.description).joined(separator: "\n"))
            }
        }
        if let stateDir { controller.stateDir = stateDir }
        return controller
    }

    /// Where desired state comes from: `--repo`, else `configRepo` of `--config`.
    func desiredSource(_ controller: ControllerConfig) throws -> DesiredSource {
        if let repo { return Self.source(repo, branch: branch, path: path, credentials: nil, controller: controller) }
        guard let configRepo = controller.configRepo else {
            throw CommandFailure.usage(
                "say where desired state is: --config berth.yaml (with configRepo) or --repo URL [--branch B] [--path P]"
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
