import Manifest

/// `ci.secrets-exfiltration` for shell tracing turned on (`set -x`, `set -euxo pipefail`, `set -o xtrace`) by the
/// change in a script or CI job that goes on to use a secret (`$NPM_TOKEN`, `${{ secrets.DEPLOY_KEY }}`) before
/// tracing is turned off again: the shell prints each command with its variables expanded, and what it builds from a
/// secret (a base64 `user:token`, a URL with the password in it) is not what the runner knows to mask. Tracing with
/// no secret after it, switched off (`set +x`) before the secret, or in another CI job or step than the secret, is no
/// finding.
struct TracedSecrets: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.shell, .ci]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard let on = lines.indices.first(where: { lines[$0].isAdded && Self.tracingOn.matches(lines[$0].text) })
        else { return [] }
        // In a CI file a step's or a job's script is a shell of its own: tracing ends with the lines indented as deep.
        let depth = file.file.kind == .ci ? lines[on].text.indentation : 0
        let traced = lines[(on + 1)...].prefix { line in
            !Self.tracingOff.matches(line.text) && (line.text.indentation >= depth || !line.text.isCodeLine)
        }
        guard let secret = traced.first(where: { $0.text.isCodeLine && CIRules.secretReference.matches($0.text) })
        else { return [] }
        return [
            file.finding(
                "ci.secrets-exfiltration", .high, on: lines[on],
                message: "shell tracing prints every command with its variables expanded, and line \(secret.number) "
                    + "uses a secret: what is built from it reaches the log unmasked; turn tracing off (set +x) "
                    + "around it", content: lines[on].text)
        ]
    }

    /// `set -x`, `set -euxo pipefail`, `set -o xtrace`.
    private static let tracingOn = LinePattern(
        #"^\s*(?:-\s*)?set\s+(?:-[a-wyz]*x[a-z]*\b|-o\s+xtrace\b)"#, holdingOneOf: ["set"])
    /// `set +x`, `set +o xtrace`.
    private static let tracingOff = LinePattern(#"^\s*(?:-\s*)?set\s+(?:\+[a-z]*x|\+o\s+xtrace\b)"#)
}
