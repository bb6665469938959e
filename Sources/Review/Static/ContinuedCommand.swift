import Manifest

/// Line rules of commands that a shell or a Dockerfile continues over several lines with a trailing `\`: the command
/// is judged as the one line the shell runs, so `RUN wget -qO- https://… \` followed by `    | sh -s --` is a script
/// piped into a shell, as it is when written on one line (``DockerfileRules/curlPipeShell``). A finding lands on the
/// added line where the match ends; a command any of whose lines matches on its own is left to the line rule.
struct ContinuedCommand: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.dockerfile, .shell, .ci]

    /// The rules judged over a joined command.
    private static let rules = [DockerfileRules.curlPipeShell]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        for command in Self.commands(in: file.visible) where command.contains(where: \.isAdded) {
            let texts = command.indices.map { index in
                command[index].text.trimmingSuffixWhitespace.dropLast(index == command.count - 1 ? 0 : 1)
            }
            let joined = texts.joined(separator: " ")[...]
            for rule in Self.rules where rule.applies(to: file.file) {
                for pattern in rule.patterns where pattern.triggers.contains(where: joined.hasBytesIgnoringCase) {
                    guard rule.match(pattern, on: joined, in: file.file) != nil,
                        !texts.contains(where: { rule.match(pattern, on: $0, in: file.file) != nil }),
                        let line = Self.addedLine(endingMatchOf: pattern, of: rule, in: command, texts: texts, file)
                    else { continue }
                    findings.append(
                        file.finding(rule.id, rule.severity, on: line, message: rule.message, content: joined))
                    break
                }
            }
        }
        return findings
    }

    /// Runs of consecutive lines joined by a trailing `\` (two lines or more).
    private static func commands(in lines: [ChangedFile.Line]) -> [[ChangedFile.Line]] {
        var commands: [[ChangedFile.Line]] = []
        var current: [ChangedFile.Line] = []
        for line in lines {
            if let last = current.last, line.number != last.number + 1 {
                if current.count > 1 { commands.append(current) }
                current = []
            }
            current.append(line)
            if !line.text.trimmingSuffixWhitespace.hasSuffix("\\") {
                if current.count > 1 { commands.append(current) }
                current = []
            }
        }
        if current.count > 1 { commands.append(current) }
        return commands
    }

    /// The added line of `command` where the match of `pattern` ends: the first whose prefix of the command matches.
    private static func addedLine(
        endingMatchOf pattern: StaticRule.Pattern, of rule: StaticRule, in command: [ChangedFile.Line],
        texts: [Substring],
        _ file: ChangedFile
    ) -> ChangedFile.Line? {
        let end = texts.indices.first { end in
            rule.match(pattern, on: texts[...end].joined(separator: " ")[...], in: file.file) != nil
        }
        guard let end else { return nil }
        return command[...end].last(where: \.isAdded) ?? command.first(where: \.isAdded)
    }
}
