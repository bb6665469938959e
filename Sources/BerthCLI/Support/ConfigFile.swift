import Foundation
import Manifest
import Reconciler

/// The controller config file a command was pointed at, and what pointed at it (`--config` or `BERTH_CONFIG`).
struct ConfigFile {
    let path: String
    /// `--config` or `BERTH_CONFIG`.
    let origin: String

    /// `option` when given, else `$BERTH_CONFIG` when set and not empty; nil when neither names a file.
    init?(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let option {
            self.init(path: option, origin: "--config")
        } else if let variable = environment[StateOptions.configVariable], !variable.isEmpty {
            self.init(path: variable, origin: StateOptions.configVariable)
        } else {
            return nil
        }
    }

    init(path: String, origin: String) {
        self.path = path
        self.origin = origin
    }

    /// Reads and validates the file.
    /// - Throws: a usage error saying the file does not exist and where berth looked, or listing every problem in it.
    func load() throws -> ControllerConfig {
        try checkReadable()
        do {
            return try LocalManifests.controllerConfig(at: path)
        } catch {
            throw CommandFailure.usage(error.diagnostics.map(\.description).joined(separator: "\n"))
        }
    }

    /// - Throws: a usage error naming the file, what named it and where berth looked, when it is missing or cannot
    ///   be read.
    func checkReadable() throws {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        let problem: String
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            problem = "no such file"
        } else if isDirectory.boolValue {
            problem = "is a directory, not a controller config file"
        } else if !FileManager.default.isReadableFile(atPath: path) {
            problem = "permission denied"
        } else {
            return
        }
        let looked = absolute == path ? "" : "; looked for \(absolute)"
        throw CommandFailure(
            exitCode: 2, message: "\(path): \(problem) (from \(origin))\(looked)", path: absolute,
            hint: "pass the controller config (kind: Controller) with --config or \(StateOptions.configVariable), "
                + "e.g. /etc/berth/berth.yaml"
        )
    }
}
