import ArgumentParser
import Foundation
import Manifest
import Reconciler

/// `berth validate [PATH] [--config berth.yaml] [--output text|json]`.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check manifests (and a controller config) and print every error with its place.",
        discussion: """
            Reads every *.yaml / *.yml file under PATH (recursively; PATH may also be one file), checks each
            document against schema berth/v1 and against the controller's policy: the --config file's, else
            that of a controller config (kind: Controller) found under PATH, which is itself checked too. Each error
            reads file:line:column: field.path: what is wrong and what would be valid.
            Exit 0 when everything is valid, 1 when anything is not, 2 on a usage error (PATH cannot be read).
            """
    )

    @Argument(help: "A directory of manifests, or one manifest file.")
    var path: String = "."

    @Option(help: ArgumentHelp("A controller config (kind: Controller) to check, and whose policy applies.", valueName: "berth.yaml"))
    var config: String?

    @Option(help: "text for people, json for scripts (an array of {file, line, column, path, message}).")
    var output: OutputFormat = .text

    func run() throws {
        var diagnostics: [Diagnostic] = []
        var controller: ControllerConfig?
        if let config {
            do {
                controller = try LocalManifests.controllerConfig(at: config)
            } catch {
                diagnostics += error.diagnostics
                controller = .default
            }
        }
        let validation: LocalManifests.Validation
        do {
            validation = try LocalManifests.validate(at: path, controller: controller)
        } catch {
            throw CommandFailure.usage(error.diagnostics.map { "\($0.file): \($0.message)" }.joined(separator: "\n"))
        }
        let desired = validation.state
        diagnostics += validation.controllerDiagnostics + desired.diagnostics
        var summary = "\(desired.deployments.count) deployments in \(desired.documentCount) documents are valid"
        if !validation.controllerFiles.isEmpty {
            summary += "; controller config \(validation.controllerFiles.joined(separator: ", ")) is valid"
        }
        try print(diagnostics, summary: summary)
        if !diagnostics.isEmpty { throw ExitCode(1) }
    }

    private func print(_ diagnostics: [Diagnostic], summary: String) throws {
        switch output {
        case .json:
            try printJSON(["diagnostics": diagnostics])
        case .text where diagnostics.isEmpty:
            Swift.print(summary)
        case .text:
            diagnostics.forEach { Swift.print($0) }
            Swift.print("\(diagnostics.count) error\(diagnostics.count == 1 ? "" : "s")")
        }
    }
}
