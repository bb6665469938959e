import Manifest

/// A protection switched off only inside a block guarded by a development flag (`if *insecureDevTLS {`,
/// `if settings.LOCAL_DEV:`, `if (devMode) {`) is `medium`, not `high`: a deployment runs with the flag off unless
/// someone turns it on, so it is worth a look but does not block under `block-high`. The flag is read from the
/// nearest less-indented line above the finding that opens a condition.
enum DevOnlyGuard {
    /// The rules whose findings a development-only guard lowers.
    static let rules: Set<String> = ["code.tls-verify-disabled"]

    /// `findings` with those of ``rules`` in a block guarded by a development flag lowered to `medium`.
    static func lowering(_ findings: [ReviewFinding], in file: ChangedFile) -> [ReviewFinding] {
        guard findings.contains(where: { rules.contains($0.rule) && $0.severity > .medium }) else { return findings }
        let index = Dictionary(file.visible.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { a, _ in a })
        return findings.lowering(to: .medium, note: "only behind a development flag") { finding in
            guard rules.contains(finding.rule), let line = finding.line, let at = index[line] else { return false }
            return isGuardedByDevFlag(at, in: file.visible)
        }
    }

    /// Whether the condition opening the block that holds line `index` (within ``reach`` lines) names a
    /// development flag.
    static func isGuardedByDevFlag(_ index: Int, in lines: [ChangedFile.Line]) -> Bool {
        let indent = lines[index].text.indentation
        for above in stride(from: index - 1, through: max(0, index - reach), by: -1) {
            let text = lines[above].text
            guard !text.allSatisfy(\.isWhitespace), text.indentation < indent else { continue }
            return devCondition.matches(text)
        }
        return false
    }

    /// How many lines above a finding its guarding condition is looked for.
    static let reach = 6

    /// A condition on a name saying development or local use.
    private static let devCondition = LinePattern(
        #"^\s*(\}\s*)?(if|elif|else\s+if|when|unless)\b.*((?<![A-Za-z])(dev|local)|Dev|DEV|Local|LOCAL)"#
            + #"(elopment|ELOPMENT)?(?![a-z])"#)
}
