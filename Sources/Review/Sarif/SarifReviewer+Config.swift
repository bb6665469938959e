import Foundation
package import Manifest

extension SarifScanner {
    /// The scanner a `type: sarif` entry describes: its preset's, or its own `command` and `files` (named after the
    /// reviewer), with the entry's `files`, `timeout`, `severity` and `exitCodes` over the preset's; nil when the
    /// entry has neither a preset nor a command.
    package init?(name: String, config: ReviewerConfig) {
        if let preset = config.preset {
            self = preset.scanner
        } else if let command = config.command {
            self.init(tool: name, command: command, files: config.files ?? [])
        } else {
            return nil
        }
        if let files = config.files { self.files = files }
        if let exitCodes = config.exitCodes { self.exitCodes = exitCodes }
        timeout = config.timeout
        rules.merge(config.severity) { _, configured in configured }
    }
}

extension SarifReviewer {
    /// The reviewer a `type: sarif` entry describes, its program found on ``SarifPreset/searchPath``.
    /// - Throws: ``ReviewerError`` (`misconfigured`) when the entry has neither preset nor command, or when the
    ///   scanner is not installed (the message names it and where it was looked for).
    package init(name: String, config: ReviewerConfig) throws {
        guard let scanner = SarifScanner(name: name, config: config) else {
            throw ReviewerError(
                reviewer: name, kind: .misconfigured, message: "a sarif reviewer needs preset or command")
        }
        guard let executable = Self.executable(of: scanner, preset: config.preset) else {
            let folders = SarifPreset.searchPath.filter { !$0.isEmpty }.joined(separator: ":")
            throw ReviewerError(
                reviewer: name, kind: .misconfigured,
                message: "\(scanner.tool) is not installed: no executable \(scanner.command[0]) in \(folders)")
        }
        self.init(name: name, scanner: scanner, executable: executable)
    }

    /// The program a scanner runs: the preset's own lookup (detect-secrets runs its venv's python), else the first
    /// element of the command on ``SarifPreset/searchPath``; nil when it is not installed.
    package static func executable(of scanner: SarifScanner, preset: SarifPreset?) -> String? {
        if let preset { return preset.executable }
        return scanner.command.first.flatMap(SarifPreset.locate)
    }
}
