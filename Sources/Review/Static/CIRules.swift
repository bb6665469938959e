import Foundation
import Manifest

/// Rules for CI pipeline files (`.github/workflows/*.yml`, `.gitlab-ci.yml`, …), where a job holds the project's
/// secrets, and for shell scripts (the first rule only: they hold no workflow syntax):
/// - `ci.secrets-exfiltration`: the whole environment (`env`, `printenv`, `set`, `/proc/self/environ`,
///   `toJSON(secrets)`, jq's `env` object, also at the start of a quoted command and through a pipeline of filters) or
///   a secret (`${{ secrets.X }}`, `$CI_JOB_TOKEN`, an env name mapped from a secret) sent off the runner by `curl`,
///   `wget`, `nc` or the like, in the same command or the same step (written to a file, or captured in a variable the
///   command sends). A secret in an `Authorization`/`-u` header of an API call, or as the address it calls (a webhook
///   URL kept as a secret, ``SenderAddress``), is how it is meant to be used, and is not a finding.
/// - `ci.pull-request-target`: a `pull_request_target` workflow that checks out the pull request's head: code from a
///   fork runs with the base repository's secrets and write token.
/// - `ci.script-injection`: a pull request's or issue's title, body, branch name or commit message expanded into a
///   `run:` script, where its text becomes shell code, or interpolated by Groovy into a Jenkins shell step
///   (``JenkinsShellInterpolation``).
struct CIRules: FileCheck {
    /// CI files, and shell scripts (which CI jobs and servers run with the same secrets in their environment).
    let kinds: Set<ReviewedFile.Kind> = [.ci, .shell]

    private static let sender = LinePattern(
        #"(?i)(\b(curl|wget|nc|ncat|netcat|socat|telnet|scp|rsync|ftp|sftp|httpie|http\s+(post|put|get))\b|"#
            + #"Invoke-(WebRequest|RestMethod)|\b(iwr|irm)\b|/dev/(tcp|udp)/|requests\.(post|put|get)|fetch\(|urllib)"#)
    private static let environmentDump = LinePattern(
        #"(?i)((^|[\s|;&(`$"'])(env|printenv|export\s+-p|set)(\s*($|[|>)`;&])|\s+>)|/proc/(self|\d+|\$\$)/environ|"#
            + #"to(JSON|Json)\(\s*(secrets|env)\s*\)|\$\{\{\s*secrets\s*\}\}|os\.environ\b(?!\[|\.get)|"#
            + #"process\.env\b(?!\.|\[)|\bjq\b[^|]*(?<![.\w$])(env|\$ENV)(?![.\w\[]))"#
    )
    /// An environment printed and kept only for the names a `grep` picks (`printenv | grep '^APP_'`): not the whole.
    private static let narrowedEnvironment = LinePattern(
        #"\b(?:env|printenv)\s*\|\s*grep\s+(?:-[A-Za-ux-z]+\s+)*["']?\^"#)

    /// Whether `text` makes a dump of the whole environment (``environmentDump``, not ``narrowedEnvironment``).
    private static func dumpsEnvironment(_ text: Substring) -> Bool {
        environmentDump.matches(text) && !narrowedEnvironment.matches(text)
    }

    /// A secret: GitHub's `${{ secrets.X }}`, a runner's own tokens, and a variable named for one, as GitLab, Jenkins
    /// and CircleCI hand a project's secrets to jobs (`$PROD_DEPLOY_TOKEN`, `$SIGNING_KEY`, `$KUBECONFIG`).
    static let secretReference = LinePattern(
        #"(\$\{\{\s*secrets\.\w+\s*\}\}|\$\{?(CI_JOB_TOKEN|GITHUB_TOKEN|ACTIONS_RUNTIME_TOKEN|"#
            + #"ACTIONS_ID_TOKEN_REQUEST_TOKEN|CI_REGISTRY_PASSWORD|CI_DEPLOY_PASSWORD|NPM_TOKEN|NODE_AUTH_TOKEN|"#
            + #"AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|KUBECONFIG|[A-Z][A-Z0-9_]*_(TOKEN|SECRET|PASSWORD|PASSWD|"#
            + #"API_KEY|PRIVATE_KEY|SECRET_KEY|ACCESS_KEY|CREDENTIALS))\b)"#)
    /// Header and user options, where a secret is used to authenticate rather than sent.
    private static let authenticationOption = LinePattern(
        #"(?i)((-H|--header)\s+("[^"]*"|'[^']*'|\S+)|(-u|--user|--oauth2-bearer)\s+("[^"]*"|'[^']*'|\S+)|"#
            + #"(Authorization|PRIVATE-TOKEN|JOB-TOKEN)\s*[:=]\s*("[^"]*"|'[^']*'|\S+))"#)
    /// `NAME: ${{ secrets.X }}`, `NAME: ${{ secrets[format(…)] }}`, `NAME: ${{ toJSON(secrets) }}`: an env name that
    /// holds a secret, or all of them.
    private static let secretEnvName = LinePattern(
        #"^\s*([A-Za-z_]\w*)\s*:\s*["']?\$\{\{\s*(secrets\s*[.\[]|to(JSON|Json)\(\s*secrets\s*\))"#)
    /// `NAME=$(…)`, ``NAME=`…` ``: a shell variable given a command's output.
    private static let capturedOutput = LinePattern(
        #"(?:^|[\s;&])(?:export\s+|local\s+|readonly\s+)?([A-Za-z_]\w*)=["']?(?:\$\(|`)"#)
    private static let headCheckout = LinePattern(
        #"\$\{\{[^}]*\bgithub\.(event\.pull_request\.head\.(sha|ref|repo\.full_name)|head_ref)\b[^}]*\}\}|refs/pull/|"#
            + #"gh\s+pr\s+checkout|\bpull/\$\{\{"#)
    private static let untrustedText = LinePattern(
        #"\$\{\{\s*github\.(event\.(issue\.(title|body)|pull_request\.(title|body|head\.ref|head\.label)|"#
            + #"comment\.body|review\.body|review_comment\.body|head_commit\.(message|author\.(name|email))|"#
            + #"commits\[?[^}]*message|discussion\.(title|body))|head_ref)\s*\}\}|"#
            // Azure Pipelines' macros, substituted into the script's text before it runs.
            + #"\$\((Build\.SourceVersionMessage|Build\.SourceBranchName|System\.PullRequest\.SourceBranch|"#
            + #"Build\.RequestedFor)\)"#)
    /// `KEY: value` that is not a script: an `env:` or `with:` entry.
    private static let mappingEntry = LinePattern(#"^\s*(-\s+)?([\w.-]+)\s*:\s*\S"#)

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        let secretNames = Set(lines.compactMap { Self.secretEnvName.firstMatch(in: $0.text)?[1].map(String.init) })
        let triggered = lines.contains { $0.text.hasBytes("pull_request_target") }
        let interpolatedByGroovy =
            JenkinsShellInterpolation.applies(to: file.file)
            ? Set(JenkinsShellInterpolation.lines(in: lines)) : []
        var findings: [ReviewFinding] = []
        for (index, line) in lines.enumerated() where line.isAdded {
            if let rule = exfiltration(at: index, in: lines, secretNames: secretNames) {
                findings.append(
                    file.finding(
                        rule, .critical, on: line,
                        message: "the job sends its environment or a secret off the runner", content: line.text))
            }
            if triggered, Self.headCheckout.matches(line.text) {
                findings.append(
                    file.finding(
                        "ci.pull-request-target", .critical, on: line,
                        message:
                            "pull_request_target checks out the pull request's code and runs it with the repository's "
                            + "secrets; use pull_request, or never run the head's code", content: line.text))
            }
            if Self.untrustedText.matches(line.text), isScript(line.text) {
                findings.append(
                    file.finding(
                        "ci.script-injection", .high, on: line,
                        message: "untrusted text is expanded into a run script; pass it through env: and quote it",
                        content: line.text))
            }
            if interpolatedByGroovy.contains(index) {
                findings.append(
                    file.finding(
                        "ci.script-injection", .high, on: line,
                        message: "Groovy interpolates a change request's text into a shell step's double-quoted "
                            + "string, where it becomes shell code; use a single-quoted script and the shell's "
                            + "\"$CHANGE_TITLE\"", content: line.text))
            }
        }
        return findings
    }

    /// `ci.secrets-exfiltration` when line `index` sends something off the runner and holds an environment dump or a
    /// secret outside an authentication option or the address it calls, or one of the four script lines before it in
    /// the same step starts its command (continued with `\`) with one, writes one to a file (`env > e.txt`,
    /// `echo "${{ secrets.X }}" > key`, a here-document or a `{ …; }` group written to a file) or captures one in a variable the command
    /// sends (`ctx=$(printenv | base64)`, then `curl --data "$ctx" …`).
    private func exfiltration(at index: Int, in lines: [ChangedFile.Line], secretNames: Set<String>) -> String? {
        guard Self.sender.matches(lines[index].text) else { return nil }
        let line = command(at: index, in: lines)
        // A script's call whose arguments run on over lines (`fetch(url, {` … `body: process.env.CONTEXT`).
        let call = CodeFlow.statement(at: index, in: lines)
        if Self.dumpsEnvironment(line) || sendsSecret(line, secretNames: secretNames)
            || call.count > line.count && sendsSecret(call, secretNames: secretNames)
            || stepHoldsAllSecrets(index, in: lines)
        {
            return "ci.secrets-exfiltration"
        }
        // A line holds a dump when it makes one, or reads a variable an earlier line captured one in
        // (`BUNDLE="$(env | sort)"`, then `printf '%s' "$BUNDLE" | base64 > /tmp/bundle.b64`).
        let window = max(0, index - 4)..<index
        var dumpVariables: [Substring] = []
        var holdsDump = Set<Int>()
        for candidateIndex in window {
            let text = lines[candidateIndex].text
            guard
                Self.dumpsEnvironment(text) || sendsSecret(text, secretNames: secretNames)
                    || dumpVariables.contains(where: { Self.references(text, variable: $0) })
            else { continue }
            holdsDump.insert(candidateIndex)
            dumpVariables += Self.capturedOutput.matches(in: text).compactMap { $0[1] }
        }
        var sameCommand = true
        for candidateIndex in window.reversed() {
            let text = lines[candidateIndex].text
            if text.hasBytes("- name:") || text.hasBytes("- uses:") || !isScript(text) { break }
            // A line continued with `\` into the sender's line is the start of the same command.
            sameCommand = sameCommand && text.trimmingSuffixWhitespace.hasSuffix("\\")
            guard holdsDump.contains(candidateIndex) else { continue }
            // A secret written to a file the sender reads as its request headers (`-H @"$auth_header"`) authenticates.
            if !sameCommand, let file = Self.redirectTarget.firstMatch(in: text, capture: 1),
                LinePattern(#"(?:-H|--header)\s*@["']?\$\{?"# + file + #"\b"#).matches(lines[index].text)
            {
                continue
            }
            if sameCommand || text.hasBytes(">") || text.hasBytes("tee ") || Self.closesGroupIntoPipe(lines[index].text)
                || isInHeredocWrittenToFile(candidateIndex, in: lines)
                || isInGroupWrittenToFile(after: candidateIndex, before: index, in: lines)
            {
                return "ci.secrets-exfiltration"
            }
            let captured = Self.capturedOutput.matches(in: text).compactMap { $0[1] }
            if captured.contains(where: { Self.references(line, variable: $0) }) { return "ci.secrets-exfiltration" }
        }
        return nil
    }

    /// Whether the step holding line `index` is given every secret (`RUN_CONTEXT: ${{ toJSON(secrets) }}` in its
    /// `env:`): then whatever it sends may carry them. The step runs from the nearest list item above the line that is
    /// indented less (`- name:`, `- uses:`), at most 40 lines up.
    private func stepHoldsAllSecrets(_ index: Int, in lines: [ChangedFile.Line]) -> Bool {
        let indent = lines[index].text.indentation
        for candidate in lines[max(0, index - 40)...index].reversed() {
            if Self.allSecrets.matches(candidate.text) { return true }
            let text = candidate.text.drop(while: \.isWhitespace)
            if text.hasPrefix("- ") && candidate.text.indentation < indent { return false }
        }
        return false
    }

    /// A command's output written to the file a variable names (group 1): `>"$auth_header"`, `> ${HEADERS}`.
    private static let redirectTarget = LinePattern(#">\s*["']?\$\{?([A-Za-z_]\w*)"#)

    /// Every secret of the job at once.
    private static let allSecrets = LinePattern(#"to(JSON|Json)\(\s*secrets\s*\)|\$\{\{\s*secrets\s*\}\}"#)

    /// Whether line `index` is in a here-document that its command writes to a file (`cat > ctx.json <<'EOF'`,
    /// `tee ctx.json <<EOF`): the nearest line above it within four that opens one, before the word that closes it.
    private func isInHeredocWrittenToFile(_ index: Int, in lines: [ChangedFile.Line]) -> Bool {
        for candidate in lines[max(0, index - 4)..<index].reversed() {
            let text = candidate.text
            guard let opening = text.range(of: "<<") else { continue }
            let command = text[..<opening.lowerBound]
            return command.hasBytes(">") || command.hasBytes("tee ")
        }
        return false
    }

    /// Whether a line after `start` and before `end` closes a command group by writing it to a file (`} > diag.txt`,
    /// `) > out.log 2>&1`): what the group's commands print, an environment dump among them, lands in that file.
    private func isInGroupWrittenToFile(after start: Int, before end: Int, in lines: [ChangedFile.Line]) -> Bool {
        lines[(start + 1)..<end].contains { line in
            let text = line.text.drop(while: \.isWhitespace)
            return (text.hasPrefix("}") || text.hasPrefix(")")) && text.hasBytes(">")
        }
    }

    /// Whether `text` closes a command group and pipes what it printed on (`} | curl --data-binary @- …`): the
    /// group's commands, an environment dump among them, are the sender's input.
    private static func closesGroupIntoPipe(_ text: Substring) -> Bool {
        let start = text.drop(while: \.isWhitespace)
        return (start.hasPrefix("}") || start.hasPrefix(")"))
            && start.dropFirst().drop(while: \.isWhitespace).hasPrefix("|")
    }

    /// Line `index` with the lines that continue its command (at most six): after a trailing `\`, and inside a folded
    /// block (`- >`, `run: >-`), whose lines YAML joins into one.
    private func command(at index: Int, in lines: [ChangedFile.Line]) -> Substring {
        var text = lines[index].text
        let indent = text.indentation
        let folded = isInFoldedBlock(index, in: lines)
        var next = index + 1
        while next < lines.count, next - index <= 6 {
            let candidate = lines[next].text
            let continues =
                text.hasSuffix("\\")
                || folded && candidate.indentation >= indent && !candidate.allSatisfy(\.isWhitespace)
            guard continues else { break }
            text = Substring(text + "\n" + candidate)
            next += 1
        }
        return text
    }

    /// Whether line `index` is inside a folded block scalar: the nearest line above it indented less ends with `>`.
    private func isInFoldedBlock(_ index: Int, in lines: [ChangedFile.Line]) -> Bool {
        let indent = lines[index].text.indentation
        for candidate in lines[max(0, index - 8)..<index].reversed() where !candidate.text.allSatisfy(\.isWhitespace) {
            guard candidate.text.indentation < indent else { continue }
            let trimmed = candidate.text.trimmingSuffixWhitespace
            return trimmed.hasSuffix(">") || trimmed.hasSuffix(">-") || trimmed.hasSuffix(">+")
        }
        return false
    }

    /// Whether `text` expands shell variable `name` (`$name`, `${name}`, `${name:-…}`).
    private static func references(_ text: Substring, variable name: Substring) -> Bool {
        LinePattern(#"\$\{?"# + NSRegularExpression.escapedPattern(for: String(name)) + #"(?!\w)"#).matches(text)
    }

    /// True when `text` uses a secret other than in a header or user option, or as the address a sender calls
    /// (``SenderAddress``).
    private func sendsSecret(_ text: Substring, secretNames: Set<String>) -> Bool {
        var sent = String(text)
        for option in Self.authenticationOption.matches(in: text).compactMap({ $0[0] }) {
            sent = sent.replacingOccurrences(of: option, with: " ")
        }
        sent = sent.split(omittingEmptySubsequences: false) { "|;&".contains($0) }.map { command in
            Self.sender.matches(command) ? SenderAddress.removingAddresses(from: command) : String(command)
        }.joined(separator: ";")
        return Self.secretReference.matches(sent)
            || secretNames.contains {
                sent.contains("$" + $0) || sent.contains("${" + $0) || sent.contains("env." + $0)
            }
    }

    /// True for a line of a script: a `run:`/`script:` entry or a line of its block, not an `env:`/`with:` entry.
    private func isScript(_ text: Substring) -> Bool {
        guard let key = Self.mappingEntry.firstMatch(in: text)?[2] else { return true }
        return ["run", "script", "before_script", "after_script", "command", "commands"].contains(key.lowercased())
    }
}
