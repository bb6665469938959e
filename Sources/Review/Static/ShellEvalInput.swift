import Manifest

/// `code.command-injection` in a shell script: `eval`, or the script of `sh -c "…"` (`sudo -u deploy bash -c "…"`),
/// given text that expands the script's input: its positional parameters (`$1`, `$@`, `${3}`), its standard input
/// (`payload=$(cat)`), or a variable assigned from them or bound by `read` from them (`TEXT="$3"`, then `read -r
/// ENVIRONMENT EXTRA_FLAGS <<<"$TEXT"`, then `eval "./release.sh ${EXTRA_FLAGS}"`; `ref=$(jq -r .ref
/// <<<"$payload")`, then `tag=${ref#refs/tags/}`). Both parse their text as shell code again, so quotes, `$(…)` and
/// `;` in the input run commands, whoever invokes the script (a webhook, a chat command, a CI job). An `eval` of a
/// tool's own output (`eval "$(ssh-agent -s)"`) reads no input, nor does a single-quoted `sh -c '…' _ "$1"` given
/// the input as an argument.
struct ShellEvalInput: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.shell]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard lines.contains(where: { $0.isAdded && Self.evalCall.matches($0.text) }) else { return [] }
        // A value a `case` matched against its arms (`case "$ENVIRONMENT" in staging|sandbox) …`) is one of them.
        let checked = Set(lines.compactMap { Self.caseSubject.firstMatch(in: $0.text, capture: 1).map(String.init) })
        let inputs = Self.inputNames(in: lines).subtracting(checked)
        return lines.compactMap { line in
            guard line.isAdded, let argument = Self.evalCall.firstMatch(in: line.text).flatMap(Self.parsedText)
            else { return nil }
            guard
                let input = Self.expandedNames(in: argument).first(where: {
                    Self.isPositional($0) || inputs.contains($0)
                })
            else {
                return nil
            }
            return file.finding(
                "code.command-injection", .high, on: line,
                message: "`eval` or `sh -c` runs text built from the script's input (`$\(input)`) as shell code; pass "
                    + "the values as arguments (an array) and never eval them", content: line.text)
        }
    }

    /// The text a match of ``evalCall`` parses as code: all of `eval`'s, the first word of `sh -c`'s (nil when it is
    /// single-quoted: nothing expands in it).
    private static func parsedText(_ groups: [Substring?]) -> Substring? {
        guard let text = groups[2] else { return nil }
        guard groups[1] != nil else { return text }
        switch text.first {
        case "'": return nil
        case "\"":
            let body = text.dropFirst()
            var escaped = false
            let end = body.firstIndex { character in
                defer { escaped = character == "\\" && !escaped }
                return character == "\"" && !escaped
            }
            return body[..<(end ?? body.endIndex)]
        default: return text.prefix { !$0.isWhitespace }
        }
    }

    /// Whether `name` is a positional parameter: `1`, `@`, `*`.
    private static func isPositional(_ name: String) -> Bool {
        name == "@" || name == "*" || name.allSatisfy(\.isNumber)
    }

    /// The variables the script assigns from its input, in order: `NAME="$1"`, `NAME=${2:-x}`, `read -r A B <<<"$T"`
    /// where `T` holds input, and a `read` from the script's standard input.
    private static func inputNames(in lines: [ChangedFile.Line]) -> Set<String> {
        var names = Set<String>()
        for line in lines {
            let text = line.text
            if let groups = assignment.firstMatch(in: text), let name = groups[1], let value = groups[2] {
                if standardInput.matches(value)
                    || expandedNames(in: value).contains(where: { isPositional($0) || names.contains($0) })
                {
                    names.insert(String(name))
                }
            } else if let groups = readCall.firstMatch(in: text), let bound = groups[1] {
                let source = groups[2].map(expandedNames(in:)) ?? []
                if groups[2] == nil || source.contains(where: { isPositional($0) || names.contains($0) }) {
                    names.formUnion(bound.split(separator: " ").map(String.init).filter { $0 != "_" })
                }
            }
        }
        return names
    }

    /// The variables and positional parameters `text` expands (``expansion``), in order.
    private static func expandedNames(in text: Substring) -> [String] {
        expansion.matches(in: text).compactMap { $0[1] ?? $0[2] }.map(String.init)
    }

    /// The variable a `case` statement matches (group 1): `case "$ENVIRONMENT" in`.
    private static let caseSubject = LinePattern(#"^\s*case\s+"?\$\{?([A-Za-z_]\w*)\}?"?\s+in\b"#)
    /// `eval` or `sh -c` and its text (group 2; group 1 set for `sh -c`).
    private static let evalCall = LinePattern(
        #"(?:^|[;&|(]\s*|\s)(?:eval|(?:ba|z|da|k)?sh\s+(?:-\w+\s+)*-(c))\s+(?=\S)(.+)$"#,
        holdingOneOf: ["eval", "sh "])
    /// The script's standard input read whole: `$(cat)`, `$(cat -)`, `$(</dev/stdin)`.
    private static let standardInput = LinePattern(#"\$\(\s*(?:cat(?:\s+-|\s+/dev/stdin)?|<\s*/dev/stdin)\s*\)"#)
    /// A variable's expansion: `$NAME`, `${NAME}`, `${NAME:-…}` (group 1 or 2 the name, or a positional parameter).
    private static let expansion = LinePattern(#"\$\{([A-Za-z_]\w*|[0-9]+|[@*])[^}]*\}|\$([A-Za-z_]\w*|[0-9]|[@*])"#)
    /// An assignment (group 1 the name, group 2 the value): `TEXT="$3"`, `local flags=${2:-}`.
    private static let assignment = LinePattern(
        #"^\s*(?:local\s+|export\s+|readonly\s+|declare\s+(?:-\w+\s+)?)?([A-Za-z_]\w*)=(.*)$"#)
    /// A `read` (group 1 the names it binds; group 2 what a here-string gives it, absent for standard input).
    private static let readCall = LinePattern(
        #"^\s*read\s+(?:-\w+\s+)*((?:[A-Za-z_]\w*\s*)+?)\s*(?:<<<\s*(\S+))?\s*(?:;.*)?$"#)
}
