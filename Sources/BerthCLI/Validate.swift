import ArgumentParser
import Drivers
import Foundation
import Logging
import Manifest
import Reconciler

/// `berth validate [PATH] [--config berth.yaml] [--output text|json]`.
struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check manifests (and a controller config) and print every error with its place.",
        discussion: """
            Reads every *.yaml / *.yml file under PATH (recursively; PATH may also be one file), checks each
            document against schema berth/v1 and against the controller's policy: the --config file's, else
            that of a controller config (kind: Controller) found under PATH, which is itself checked too. With
            --config and no PATH, checks what configRepo.path holds at the head of configRepo.branch, read as
            plan reads it. When the controller's key (secrets.keyFile) can be read, every secretEnv value must
            open for its deployment and variable. Each error reads file:line:column: field.path: what is wrong
            and what would be valid.
            Exit 0 when everything is valid, 1 when anything is not, 2 on a usage error (PATH or --config
            cannot be read).
            """
    )

    @Argument(help: "A directory of manifests, or one manifest file (default: configRepo of --config, else .).")
    var path: String?

    @Option(help: ArgumentHelp("A controller config (kind: Controller) to check, and whose policy applies.", valueName: "berth.yaml"))
    var config: String?

    @Option(help: "text for people, json for scripts ({diagnostics: [{file, line, column, field, message}]}).")
    var output: OutputFormat = .text

    func run() async throws {
        var diagnostics: [Diagnostic] = []
        var controller: ControllerConfig?
        if let config {
            let file = ConfigFile(path: config, origin: "--config")
            try file.checkReadable()
            do {
                controller = try LocalManifests.controllerConfig(at: config)
            } catch {
                diagnostics += error.diagnostics
                controller = .default
            }
        }
        let checked: Checked
        if path == nil, diagnostics.isEmpty, let controller, let configRepo = controller.configRepo {
            checked = try await readConfigRepository(configRepo, controller: controller)
        } else {
            checked = try readLocal(path ?? ".", controller: controller)
        }
        diagnostics += checked.controllerDiagnostics + checked.state.diagnostics
        let deployments = checked.state.deployments.count
        var summary =
            "\(counted(deployments, "deployment")) in \(counted(checked.state.documentCount, "document")) "
            + "\(deployments == 1 ? "is" : "are") valid\(checked.place)"
        if !checked.controllerFiles.isEmpty {
            summary += "; controller config \(checked.controllerFiles.joined(separator: ", ")) is valid"
        }
        try print(diagnostics, summary: summary)
        if !diagnostics.isEmpty { throw ExitCode(1) }
    }

    /// What was checked, and where it came from.
    private struct Checked {
        let state: DesiredState
        var controllerFiles: [String] = []
        var controllerDiagnostics: [Diagnostic] = []
        /// ` at <commit> of <repository>` for a config repository; empty for local files.
        var place = ""
    }

    private func readLocal(_ path: String, controller: ControllerConfig?) throws -> Checked {
        let keyFile = (controller ?? .default).secretKeyFile
        let validation: LocalManifests.Validation
        do {
            validation = try LocalManifests.validate(
                at: path, controller: controller, secretKey: SecretKeyPair(readableAt: keyFile))
        } catch {
            throw CommandFailure.usage(error.diagnostics.map { "\($0.file): \($0.message)" }.joined(separator: "\n"))
        }
        return Checked(
            state: validation.state, controllerFiles: validation.controllerFiles,
            controllerDiagnostics: validation.controllerDiagnostics)
    }

    /// Reads `configRepo` at its branch head with the reader `plan` uses, keeping mirrors in the state dir when it
    /// exists and in a temporary directory otherwise (validate creates no state dir).
    private func readConfigRepository(_ configRepo: ConfigRepository, controller: ControllerConfig) async throws
        -> Checked
    {
        let state = StateDirectory(path: controller.stateDir, origin: "stateDir of \(config ?? "")")
        let scratch = state.exists ? nil : try ScratchDirectory()
        defer { withExtendedLifetime(scratch) {} }
        let mirrors = GitMirrorStore(
            stateDirectory: scratch?.url ?? URL(fileURLWithPath: state.path),
            logger: LogFormat.text.logger(label: "berth", level: .warning))
        let source = StateOptions.source(configRepo, controller: controller)
        let reader = DesiredStateReader(source: source, repositories: mirrors, controller: controller)
        let snapshot: DesiredSnapshot
        do {
            snapshot = try await reader.read()
        } catch let error as ConfigPathMissing {
            throw CommandFailure(exitCode: 2, message: error.description, field: "configRepo.path", path: config)
        } catch {
            throw CommandFailure.failed("cannot read configRepo", error)
        }
        return Checked(state: snapshot.state, place: " at \(snapshot.configCommit.prefix(12)) of \(source)")
    }

    private func print(_ diagnostics: [Diagnostic], summary: String) throws {
        switch output {
        case .json:
            try printJSON(["diagnostics": diagnostics])
        case .text where diagnostics.isEmpty:
            Swift.print(summary)
        case .text:
            diagnostics.forEach { Swift.print($0) }
            Swift.print(counted(diagnostics.count, "error"))
        }
    }
}
