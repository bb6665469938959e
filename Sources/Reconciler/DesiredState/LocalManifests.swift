import Foundation
import Drivers
public import Manifest

/// Desired state read from a local directory (or one file) and a controller config file: what `berth validate`
/// checks, and what a trial run on a machine without a config repository applies.
public enum LocalManifests {
    /// Reads and validates the controller config at `path`.
    /// - Throws: ``DiagnosticList`` located in the file; a file that cannot be read is one diagnostic at 1:1.
    public static func controllerConfig(at path: String) throws(DiagnosticList) -> ControllerConfig {
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

    /// Every manifest under `path`, parsed and validated against `controller`'s policy.
    /// - Throws: ``DiagnosticList`` when the path itself cannot be read (nothing was parsed).
    public static func desiredState(at path: String, controller: ControllerConfig) throws(DiagnosticList)
        -> DesiredState
    {
        let files: [ManifestDirectory.File]
        do {
            files = try ManifestDirectory(root: URL(fileURLWithPath: path)).files()
        } catch {
            throw DiagnosticList([Diagnostic(file: error.path, line: 1, column: 1, path: "", message: error.reason)])
        }
        return ManifestParser.parse(files.map { SourceFile(path: $0.path, contents: $0.contents) }, controller: controller)
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
