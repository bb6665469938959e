import Foundation
import Drivers
package import Manifest

/// Desired state read from a local directory (or one file) and a controller config file: what `berth validate`
/// checks, and what a trial run on a machine without a config repository applies.
package enum LocalManifests {
    /// Reads and validates the controller config at `path`.
    /// - Throws: ``DiagnosticList`` located in the file; a file that cannot be read is one diagnostic at 1:1.
    package static func controllerConfig(at path: String) throws(DiagnosticList) -> ControllerConfig {
        let contents: Data
        do {
            contents = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DiagnosticList([
                Diagnostic(file: path, line: 1, column: 1, path: "", message: "cannot be read (\(reason(error)))")
            ])
        }
        return try ControllerConfig.parse(SourceFile(path: path, contents: contents))
    }

    /// What `berth validate PATH` found: the manifests, and the controller configs (`kind: Controller`) among the
    /// files, each checked as one.
    package struct Validation: Sendable {
        package let state: DesiredState
        /// The controller configs found under the path, by file.
        package let controllerFiles: [String]
        /// Problems in those controller configs.
        package let controllerDiagnostics: [Diagnostic]
    }

    /// Validates everything under `path`: files whose first document is `kind: Controller` as controller configs,
    /// the rest as manifests, checked against `controller`'s policy or, without one, the first valid controller
    /// config found under the path.
    /// - Throws: ``DiagnosticList`` when the path itself cannot be read (nothing was parsed).
    package static func validate(
        at path: String, controller: ControllerConfig?, secretKey: SecretKeyPair? = nil
    ) throws(DiagnosticList) -> Validation {
        let (files, origin) = (try sourceFiles(at: path), configOrigin(of: path))
        let (configs, manifests) = (
            files.filter(ControllerConfig.isControllerConfig), files.filter { !ControllerConfig.isControllerConfig($0) }
        )
        var found: ControllerConfig?
        var diagnostics: [Diagnostic] = []
        for file in configs {
            do throws(DiagnosticList) {
                let config = try ControllerConfig.parse(file)
                found = found ?? config
            } catch {
                diagnostics += error.diagnostics
            }
        }
        return Validation(
            state: ManifestParser.parse(
                manifests, controller: controller ?? found ?? .default, secretKey: secretKey, origin: origin),
            controllerFiles: configs.map { $0.path }, controllerDiagnostics: diagnostics
        )
    }

    /// Every manifest under `path`, parsed and validated against `controller`'s policy.
    /// - Throws: ``DiagnosticList`` when the path itself cannot be read (nothing was parsed).
    package static func desiredState(
        at path: String, controller: ControllerConfig, secretKey: SecretKeyPair? = nil
    ) throws(DiagnosticList) -> DesiredState {
        ManifestParser.parse(
            try sourceFiles(at: path), controller: controller, secretKey: secretKey, origin: configOrigin(of: path))
    }

    /// The git work tree `path` lies in, where a compose service's `build:` builds from; nil outside one.
    private static func configOrigin(of path: String) -> ConfigOrigin? {
        ManifestDirectory(root: URL(fileURLWithPath: path)).configOrigin()
    }

    private static func sourceFiles(at path: String) throws(DiagnosticList) -> [Manifest.SourceFile] {
        let files: [ManifestDirectory.File]
        do throws(ManifestDirectory.ReadError) {
            files = try ManifestDirectory(root: URL(fileURLWithPath: path)).files()
        } catch {
            throw DiagnosticList([Diagnostic(file: error.path, line: 1, column: 1, path: "", message: error.reason)])
        }
        return files.map { Manifest.SourceFile(path: $0.path, contents: $0.contents) }
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}

extension SecretKeyPair {
    /// The controller's key at `path`, when this process may read it and it is a key; nil otherwise (the checks that
    /// need it are then skipped, and the rollout's start stage reports a missing key).
    package init?(readableAt path: String) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
            let pair = try? SecretKeyPair(privateKeyText: text, source: path)
        else { return nil }
        self = pair
    }
}
