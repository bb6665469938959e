import Foundation
package import Manifest

/// How each ``SarifPreset`` runs, as `scripts/bootstrap` installs the scanners from PyPI into a virtual environment
/// at `/opt/berth-scanners` (``searchPath`` looks there first, then `PATH`). The default reviewer set is `static`
/// plus every preset whose executable is found (``installed()``). A preset classes its scanner's rules by risk
/// (``SarifScanner/classes``), so static's judgement of the same lines carries over; its version names static's
/// rules for that reason.
extension SarifPreset {
    /// The scanner with its command, globs, exit codes and severity mapping.
    package var scanner: SarifScanner {
        switch self {
        case .bandit:
            // bandit's own issue_severity decides; the unsafe-deserialisation and eval checks are medium in bandit
            // but are the classes the review gate blocks (DESIGN §8).
            SarifScanner(
                tool: "bandit", command: ["bandit", "-q", "-f", "sarif", "-o", "{output}", "{files}"],
                files: ["*.py"], exitCodes: [0, 1],
                rules: [
                    "B301": .high, "B302": .high, "B307": .high, "B506": .high, "B102": .high,
                    // md5 and sha1 calls are mostly checksums, cache keys and ETags; password hashing is judged
                    // where the password is (static's weak-password-hash rule).
                    "B324": .medium,
                ],
                classes: [
                    "B105": .secret, "B106": .secret, "B107": .secret, "B301": .deserialisation,
                    "B302": .deserialisation, "B506": .deserialisation, "B614": .deserialisation, "B102": .eval,
                    "B307": .eval, "B323": .tls, "B501": .tls, "B502": .tls, "B503": .tls, "B504": .tls,
                    "B602": .shell, "B604": .shell, "B605": .shell, "B609": .shell, "B608": .sql, "B610": .sql,
                    "B611": .sql, "B324": .passwordHash,
                ],
                version: "bandit-preset-3/" + StaticReviewer.rulesVersion)
        case .semgrep:
            // --metrics=off --disable-version-check: offline, semgrep otherwise waits ~100 s for its servers. The
            // config path is relative so rule ids come out as `berth.<id>`.
            SarifScanner(
                tool: "semgrep",
                command: [
                    "semgrep", "scan", "--config", "../berth/semgrep.yml", "--sarif", "--metrics=off",
                    "--disable-version-check", "--quiet", "--no-git-ignore", "-o", "{output}", "{files}",
                ],
                files: ["*.{py,js,jsx,mjs,cjs,ts,tsx,go,java,kt,php,rb}"], exitCodes: [0, 1],
                support: ["semgrep.yml": SemgrepRules.text], classes: SemgrepRules.classes,
                version: SemgrepRules.version + "/" + StaticReviewer.rulesVersion)
        case .checkov:
            // checkov reports every failed check at level error and carries no severity offline: medium, except
            // the checks that are real risks rather than hygiene.
            SarifScanner(
                tool: "checkov",
                command: [
                    "checkov", "--quiet", "--compact", "--skip-download", "--framework", "dockerfile", "github_actions",
                    "-o", "sarif", "--output-file-path", "{outdir}", "-f", "{files}",
                ],
                files: ["Dockerfile", "Dockerfile.*", "Containerfile", "*.dockerfile", ".github/workflows/*.{yml,yaml}"],
                exitCodes: [0, 1], levels: ["error": .medium, "warning": .low, "note": .info, "none": .info],
                rules: [
                    "CKV_GHA_2": .high, "CKV_GHA_3": .high, "CKV_DOCKER_2": .low, "CKV_DOCKER_7": .low,
                    "CKV2_GHA_1": .medium,
                ],
                classes: ["CKV_GHA_3": .ciExfiltration, "CKV_GHA_4": .ciExfiltration],
                version: "checkov-preset-2/" + StaticReviewer.rulesVersion)
        case .hadolint:
            // A Dockerfile linter: mostly hygiene (pin versions, clean apt lists), so it informs and never blocks
            // under block-high. It starts in milliseconds but runs ShellCheck on every RUN instruction (about 10 ms
            // each), so its time grows with the Dockerfiles: they are split over the cores from 32 KiB on.
            SarifScanner(
                tool: "hadolint", command: ["hadolint", "--no-fail", "-f", "sarif", "{files}"],
                files: ["Dockerfile", "Dockerfile.*", "Containerfile", "*.dockerfile"], exitCodes: [0],
                levels: ["error": .medium, "warning": .low, "note": .info, "none": .info], version: "hadolint-preset-1",
                bytesPerProcess: 32 << 10)
        case .detectSecrets:
            // detect-secrets writes no SARIF: a few lines of Python over its API convert its findings (never the
            // secret itself). Provider-specific detectors are high; keyword and entropy guesses lower.
            SarifScanner(
                tool: "detect-secrets", command: ["python", "-c", Self.detectSecretsToSarif, "{output}", "{files}"],
                files: ["*"], exitCodes: [0], levels: ["error": .high],
                rules: [
                    "Secret Keyword": .medium, "Base64 High Entropy String": .low, "Hex High Entropy String": .low,
                    "Basic Auth Credentials": .medium,
                    // Sample and test JWTs are everywhere; a token that signs in is judged by static's rule.
                    "JSON Web Token": .medium,
                ],
                classes: ["*": .secret], version: "detect-secrets-preset-3/" + StaticReviewer.rulesVersion)
        }
    }

    /// The program the preset's command starts, as the venv names it.
    var program: String { scanner.command[0] }

    /// Where scanners are looked for: `$BERTH_SCANNERS/bin` (default `/opt/berth-scanners/bin`), then `PATH`.
    package static var searchPath: [String] {
        let environment = ProcessInfo.processInfo.environment
        let venv = (environment["BERTH_SCANNERS"] ?? "/opt/berth-scanners") + "/bin"
        return [venv] + (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
    }

    /// The absolute path of `program`: itself when it has a `/`, else the first executable in ``searchPath``.
    /// The detect-secrets converter needs the venv's python (where `detect_secrets` is importable): the python
    /// beside a found `detect-secrets`.
    package static func locate(_ program: String) -> String? {
        if program.contains("/") { return access(program, X_OK) == 0 ? program : nil }
        for folder in searchPath where !folder.isEmpty {
            let candidate = folder + "/" + program
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// The executable this preset runs, or nil when the scanner is not installed.
    package var executable: String? {
        if self == .detectSecrets {
            guard let tool = Self.locate("detect-secrets") else { return nil }
            let python = URL(fileURLWithPath: tool).deletingLastPathComponent().appendingPathComponent("python").path
            return access(python, X_OK) == 0 ? python : nil
        }
        return Self.locate(program)
    }

    /// Every preset whose scanner is installed here, in declaration order.
    package static func installed() -> [SarifPreset] {
        allCases.filter { $0.executable != nil }
    }

    /// detect-secrets' findings as SARIF 2.1.0: `python -c <this> OUTPUT FILE...`.
    static let detectSecretsToSarif = #"""
import json, sys
from importlib.metadata import version
from detect_secrets import SecretsCollection
from detect_secrets.settings import default_settings
output, files = sys.argv[1], sys.argv[2:]
found = SecretsCollection()
with default_settings():
    for name in files:
        found.scan_file(name)
results = [
    {"ruleId": secret.type, "level": "error", "message": {"text": secret.type + " in the file"},
     "locations": [{"physicalLocation": {"artifactLocation": {"uri": name}, "region": {"startLine": secret.line_number}}}]}
    for name, secret in found
]
driver = {"name": "detect-secrets", "version": version("detect-secrets"), "informationUri": "https://github.com/Yelp/detect-secrets"}
with open(output, "w") as out:
    json.dump({"version": "2.1.0", "runs": [{"tool": {"driver": driver}, "results": results}]}, out)
"""#
}
