/// The scanners berth knows how to run as `type: sarif` reviewers (`preset:` in a `reviewers` entry), by the name
/// config files use. Every preset is a built-in reviewer of that name unless the config defines the name; how each
/// one runs (command, globs, severity mapping) is the Review module's business (`SarifPreset.scanner`).
package enum SarifPreset: String, Sendable, Hashable, CaseIterable {
    case bandit
    case semgrep
    case checkov
    case hadolint
    case detectSecrets = "detect-secrets"
}
