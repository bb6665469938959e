import Foundation

/// Jenkins's `ci.script-injection`: a change request's title, description, branch or author interpolated by Groovy
/// into the double-quoted string a `sh`, `bat` or `powershell` step runs (`sh """notify --text "${env.CHANGE_TITLE}"
/// """`). Groovy substitutes the text before the shell sees it, so a title holding `$(…)` or a quote becomes shell
/// code on the agent, beside whatever credentials the step holds. The same name in a single-quoted string (`sh '…
/// "$CHANGE_TITLE"'`) is the shell's own variable, expanded as data, and an `echo` step prints, runs nothing.
enum JenkinsShellInterpolation {
    /// Whether `file` is a Jenkins pipeline.
    static func applies(to file: ReviewedFile) -> Bool {
        let name = file.lowercasedName
        return name == "jenkinsfile" || name.hasSuffix(".jenkinsfile") || name.hasSuffix(".groovy")
    }

    /// The indices of the lines of `lines` that interpolate change-request text into a shell step's string.
    static func lines(in lines: [ChangedFile.Line]) -> [Int] {
        let helpers = changeTextHelpers(in: lines)
        func interpolatesChangeText(_ text: Substring) -> Bool {
            Self.interpolatesChangeText(text) || !helpers.isEmpty && text.hasBytes("$") && callsAny(helpers, in: text)
        }
        var found: [Int] = []
        // Inside a `"""` string: whether a shell step runs it. Inside a `'''` string, which interpolates nothing:
        // false as well.
        var blockRunsShell: Bool?
        var blockQuote = ""
        for (index, line) in lines.enumerated() {
            let text = line.text
            if let runsShell = blockRunsShell {
                let closing = text.range(of: blockQuote)
                if runsShell, interpolatesChangeText(closing.map { text[..<$0.lowerBound] } ?? text) {
                    found.append(index)
                }
                if closing != nil { blockRunsShell = nil }
                continue
            }
            if let open = text.range(of: "\"\"\"") ?? text.range(of: "'''") {
                let quote = String(text[open])
                let rest = text[open.upperBound...]
                guard !rest.hasBytes(quote) else { continue }
                let runsShell = quote == "\"\"\"" && shellStep.matches(text[..<open.lowerBound])
                if runsShell, interpolatesChangeText(rest) { found.append(index) }
                blockRunsShell = runsShell
                blockQuote = quote
                continue
            }
            if let string = oneLineShellString.firstMatch(in: text)?[1], interpolatesChangeText(string) {
                found.append(index)
            } else if passesChangeText(text, helpers: helpers) {
                found.append(index)
            }
        }
        return found
    }

    /// The functions the pipeline defines whose body reads change-request text (`def changelogLine() { return "-
    /// ${env.CHANGE_TITLE} …" }`): a call of one carries it.
    private static func changeTextHelpers(in lines: [ChangedFile.Line]) -> Set<String> {
        Set(
            lines.indices.compactMap { index in
                guard lines[index].text.hasBytes("def "),
                    let name = helperDefinition.firstMatch(in: lines[index].text, capture: 1)
                else { return nil }
                let body = lines[index..<min(index + 8, lines.count)]
                let reads = body.contains { interpolatesChangeText($0.text) || groovyChangeValue.matches($0.text) }
                return reads ? String(name) : nil
            })
    }

    private static let helperDefinition = LinePattern(#"^\s*def\s+(?:\w+\s+)?([A-Za-z_]\w*)\s*\("#)

    private static func callsAny(_ helpers: Set<String>, in text: Substring) -> Bool {
        CodeFlow.identifiers(in: text).contains(where: helpers.contains)
    }

    private static func interpolatesChangeText(_ text: Substring) -> Bool {
        text.hasBytes("$") && changeText.matches(text)
    }

    /// Whether a shell step's script is a Groovy expression that passes change-request text, outside any string: `sh
    /// changelogCmd(env.CHANGE_ID, env.CHANGE_TITLE)` (a function building the command from it), `sh 'notify ' +
    /// env.CHANGE_TITLE`.
    private static func passesChangeText(_ text: Substring, helpers: Set<String>) -> Bool {
        guard text.hasBytes("env.") || !helpers.isEmpty, let script = shellStepScript.firstMatch(in: text, capture: 1)
        else { return false }
        let code = CodeFlow.codeText(script)
        return groovyChangeValue.matches(code) || !helpers.isEmpty && callsAny(helpers, in: code[...])
    }

    /// A shell step before a string opens: `sh """`, `sh(script: """`, `sh label: 'x', script: """`.
    private static let shellStep = LinePattern(
        #"\b(sh|bat|powershell|pwsh)\b[^"'\n]*(?:\(|script\s*:|$)|\b(sh|bat|powershell|pwsh)\s*$"#)
    /// A shell step's one-line double-quoted string (group 1).
    private static let oneLineShellString = LinePattern(
        #"\b(?:sh|bat|powershell|pwsh)\s*\(?\s*(?:script\s*:\s*)?"((?:[^"\\]|\\.)*)""#)
    /// A shell step's script (group 1) on the step's line: `sh changelogCmd(…)`, `sh(script: cmd)`.
    private static let shellStepScript = LinePattern(
        #"^\s*(?:\w+\s*=\s*)?(?:sh|bat|powershell|pwsh)\b\s*\(?\s*(?:(?:label|returnStdout)\s*:[^,]*,\s*)*"#
            + #"(?:script\s*:\s*)?(.+)$"#)
    /// Change-request text Groovy interpolates (`${env.CHANGE_TITLE}`, `$CHANGE_BRANCH`), from the multibranch
    /// pipeline's variables and the pull-request plugins' (GitHub's `ghprb…`, GitLab's `gitlab…`).
    private static let changeText = LinePattern(#"\$\{?\s*(?:env\.)?"# + changeNames)
    /// Change-request text named in Groovy code: `env.CHANGE_TITLE`.
    private static let groovyChangeValue = LinePattern(#"\benv\.\s*"# + changeNames)
    private static let changeNames =
        #"(CHANGE_TITLE|CHANGE_AUTHOR(?:_DISPLAY_NAME|_EMAIL)?|CHANGE_BRANCH|CHANGE_FORK|"#
        + #"ghprbPullTitle|ghprbPullDescription|ghprbPullLongDescription|ghprbSourceBranch|ghprbPullAuthorLogin|"#
        + #"ghprbCommentBody|gitlabMergeRequestTitle|gitlabMergeRequestDescription|gitlabSourceBranch|"#
        + #"gitlabUserName|"#
        // A generic webhook's variables named for a change request's text (`PR_TITLE` from `$.pull_request.title`).
        + #"(?:PR|MR|PULL_REQUEST|MERGE_REQUEST)_\w*?(?:TITLE|BODY|DESCRIPTION|AUTHOR|BRANCH|MESSAGE)|"#
        + #"COMMIT_MESSAGE)\b"#
}
