import Crypto
import Drivers
package import Review
import Foundation
package import Logging
package import Manifest

/// Turns the controller's `reviewers:` entries into ``Reviewer`` values, reading key files as it goes.
///
/// ```swift
/// let factory = ReviewerFactory(configs: controller.reviewers, logger: logger)
/// let llm = try factory.reviewer(named: "llm")
/// ```
package struct ReviewerFactory: Sendable {
    package let configs: [String: ReviewerConfig]
    private let logger: Logger

    package init(configs: [String: ReviewerConfig], logger: Logger) {
        self.configs = configs
        self.logger = logger
    }

    /// The reviewer the config names `name`.
    /// - Throws: ``ReviewerError`` (`misconfigured`) for an unknown name, a missing field, an unreadable key file
    ///   or a bad URL.
    package func reviewer(named name: String) throws -> any Reviewer {
        guard let config = configs[name] else {
            throw misconfigured(name, "no reviewer named \(name) in the controller config's reviewers")
        }
        switch config.kind {
        case .static:
            return StaticReviewer(name: name)
        case .openai:
            guard let baseURL = config.baseURL, let model = config.model else {
                throw misconfigured(name, "an openai reviewer needs baseURL and model")
            }
            return try OpenAIReviewer(
                name: name, baseURL: baseURL, model: model,
                apiKey: try config.apiKeyFile.map { try readKey($0, for: name) },
                timeout: config.timeout, logger: logger)
        case .webhook:
            guard let url = config.url else { throw misconfigured(name, "a webhook reviewer needs url") }
            return try WebhookReviewer(
                name: name, url: url, secret: try config.secretFile.map { try readKey($0, for: name) },
                timeout: config.timeout, logger: logger)
        case .sarif:
            return try SarifReviewer(name: name, config: config)
        }
    }

    /// The reviewers of a manifest that names none, when `review.defaultReviewers` is not set: `static` plus every
    /// preset whose scanner is installed and whose name the config leaves to it (DESIGN §8).
    package var defaultSet: [String] {
        ["static"] + SarifPreset.installed().map(\.rawValue).filter { configs[$0]?.isPreset(named: $0) == true }
    }

    /// A hash of everything that shapes the named reviewer's verdicts (its config, and the rules or prompt
    /// version of its kind), for the verdict cache: change any of it and old verdicts no longer apply.
    package func configHash(of name: String) -> String {
        guard let config = configs[name] else { return "unknown" }
        let version =
            switch config.kind {
            case .static: StaticReviewer.rulesVersion
            case .openai: OpenAIReviewer.promptVersion
            case .webhook: "webhook-1"
            case .sarif: Self.scannerVersion(name: name, config: config)
            }
        let fields = [
            name, config.kind.rawValue, config.baseURL ?? "", config.model ?? "", config.apiKeyFile ?? "",
            config.url ?? "", config.secretFile ?? "", "\(config.timeout)", version,
        ]
        let digest = SHA256.hash(data: Data(fields.joined(separator: "\u{0}").utf8))
        return digest.lowercaseHex
    }

    /// What a `sarif` reviewer's verdicts depend on besides the shared fields: the scanner's command, globs, exit
    /// codes and severity mapping (preset and entry merged), its rules version, and the installed program's path and
    /// modification time, so that upgrading the scanner retires old verdicts.
    private static func scannerVersion(name: String, config: ReviewerConfig) -> String {
        guard let scanner = SarifScanner(name: name, config: config) else { return "sarif-unconfigured" }
        let program = SarifReviewer.executable(of: scanner, preset: config.preset) ?? "missing"
        let modified =
            (try? FileManager.default.attributesOfItem(atPath: program)[.modificationDate] as? Date)
            .map { "\($0.timeIntervalSince1970)" } ?? ""
        let severities = (scanner.levels.map { "level:\($0.key)=\($0.value.rawValue)" }
            + scanner.rules.map { "rule:\($0.key)=\($0.value.rawValue)" }).sorted()
        let parts = [
            scanner.version, program, modified, scanner.command.joined(separator: "\u{1}"),
            scanner.files.joined(separator: "\u{1}"),
            scanner.exitCodes.sorted().map(String.init).joined(separator: ","),
        ] + severities
        return parts.joined(separator: "\u{2}")
    }

    /// The first line of a key file, trimmed.
    private func readKey(_ path: String, for name: String) throws -> String {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw misconfigured(name, "cannot read the key file \(path)")
        }
        let key = text.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard !key.isEmpty else { throw misconfigured(name, "the key file \(path) is empty") }
        return key
    }

    private func misconfigured(_ name: String, _ message: String) -> ReviewerError {
        ReviewerError(reviewer: name, kind: .misconfigured, message: message)
    }
}
