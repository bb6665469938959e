import Manifest

/// A protection switched off only inside a block guarded by a development flag (`if *insecureDevTLS {`,
/// `if settings.LOCAL_DEV:`, `if (devMode) {`) is `medium`, not `high`: a deployment runs with the flag off unless
/// someone turns it on, so it is worth a look but does not block under `block-high`. The flag is read from the
/// nearest less-indented line above the finding that opens a condition. So is one in a development setup's file
/// (`dev/traefik/…`, `docker-compose.dev.yml`), and one whose every target is a loopback URL the file sets.
enum DevOnlyGuard {
    /// The rules whose findings a development-only guard lowers.
    static let rules: Set<String> = ["code.tls-verify-disabled"]

    /// `findings` with those of ``rules`` in a block guarded by a development flag lowered to `medium`.
    static func lowering(_ findings: [ReviewFinding], in file: ChangedFile) -> [ReviewFinding] {
        guard findings.contains(where: { rules.contains($0.rule) && $0.severity > .medium }) else { return findings }
        let index = Dictionary(file.visible.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { a, _ in a })
        let developmentFile = isDevelopmentFile(file.file.path)
        let flagged = findings.lowering(to: .medium, note: "only behind a development flag") { finding in
            guard rules.contains(finding.rule), let line = finding.line, let at = index[line] else { return false }
            return isGuardedByDevFlag(at, in: file.visible)
        }
        return flagged.lowering(to: .medium, note: "only in development or against this machine") { finding in
            guard rules.contains(finding.rule), finding.severity > .medium, let line = finding.line,
                let at = index[line]
            else { return false }
            return developmentFile || targetsLoopbackOnly(at, in: file.visible)
                || proxiesToLoopbackOnly(at, in: file.visible)
        }
    }

    /// Whether `path` is a development setup's: under a `dev/`, `local/` or `development/` folder, or named for one
    /// (`docker-compose.dev.yml`, `traefik.local.yml`).
    static func isDevelopmentFile(_ path: String) -> Bool {
        let parts = path.lowercased().split(separator: "/")
        if parts.dropLast().contains(where: { ["dev", "local", "development"].contains($0) }) { return true }
        let name = parts.last ?? ""
        return [".dev.", ".local.", ".development.", "-dev.", "_dev."].contains { name.contains($0) }
    }

    /// Whether line `index` reaches only this machine: it names no URL itself, and the variables it expands that the
    /// file sets to URLs (`BASE_URL="https://localhost:8443"`, then `curl --insecure "${BASE_URL}$1"`) are set only to
    /// loopback ones.
    ///
    /// Options kept in a variable (`CURL="curl -fsS --insecure"`) reach only this machine when every line expanding
    /// the variable does.
    static func targetsLoopbackOnly(_ index: Int, in lines: [ChangedFile.Line]) -> Bool {
        let text = lines[index].text
        guard !text.hasBytes("://") else { return false }
        if let held = optionsHolder.firstMatch(in: text, capture: 1).map(String.init) {
            let uses = lines.indices.filter { use in
                use != index && lines[use].text.hasBytes(held)
                    && expansion.matches(in: lines[use].text).contains { ($0[1] ?? $0[2]).map(String.init) == held }
            }
            return !uses.isEmpty && uses.allSatisfy { expansionsReachLoopbackOnly($0, in: lines) }
        }
        return expansionsReachLoopbackOnly(index, in: lines)
    }

    /// Whether line `index` names no URL and the variables it expands that the file sets to URLs are set only to
    /// loopback ones.
    private static func expansionsReachLoopbackOnly(_ index: Int, in lines: [ChangedFile.Line]) -> Bool {
        let text = lines[index].text
        guard !text.hasBytes("://") else { return false }
        let names = Set(expansion.matches(in: text).compactMap { ($0[1] ?? $0[2]).map(String.init) })
        var reachesLoopback = false
        for name in names {
            let urls = lines.compactMap { line -> Substring? in
                guard line.text.hasBytes(name), line.text.hasBytes("://"),
                    let groups = urlAssignment.firstMatch(in: line.text), groups[1].map(String.init) == name
                else { return nil }
                return groups[2]
            }
            guard !urls.isEmpty else { continue }
            guard urls.allSatisfy(loopbackURL.matches) else { return false }
            reachesLoopback = true
        }
        return reachesLoopback
    }

    /// Whether the proxy line `index` configures reaches only this machine: HAProxy's `server web 127.0.0.1:9200 ssl
    /// verify none` on the line itself, or the `reverse_proxy` (Caddy) or `proxy_pass` (nginx) beside it in its block
    /// or opening a block around it, naming only loopback upstreams.
    static func proxiesToLoopbackOnly(_ index: Int, in lines: [ChangedFile.Line]) -> Bool {
        let own = lines[index].text.split(whereSeparator: \.isWhitespace)
        if own.first == "server", own.count > 2 { return isLoopback(own[2]) }
        let (opening, block) = ChangedFile.block(around: index, in: lines)
        var candidates = Array(block)
        var level = opening
        while let header = level {
            candidates.append(lines[header])
            let depth = lines[header].text.indentation
            level = lines[..<header].lastIndex { $0.text.isCodeLine && $0.text.indentation < depth }
        }
        guard let directive = candidates.lazy.compactMap({ proxyDirective.firstMatch(in: $0.text, capture: 1) }).first
        else { return false }
        let upstreams = directive.split(whereSeparator: \.isWhitespace).filter { $0 != "{" }
        return !upstreams.isEmpty && upstreams.allSatisfy(isLoopback)
    }

    /// Whether `target` (`https://127.0.0.1:9200`, `localhost:8080;`) is on this machine.
    private static func isLoopback(_ target: Substring) -> Bool {
        loopbackTarget.matches(target)
    }

    /// Caddy's `reverse_proxy` and nginx's `proxy_pass` with their upstreams (group 1).
    private static let proxyDirective = LinePattern(#"^\s*(?:reverse_proxy|proxy_pass)\s+([^;#]+)"#)
    private static let loopbackTarget = LinePattern(
        #"^(?:\w+://)?(?:localhost|127\.\d+\.\d+\.\d+|\[::1\])(?::\d+)?(?:/\S*)?;?$"#)
    /// A variable given a command's options (group 1): `CURL="curl -fsS --insecure"`, `CURL_OPTS=(-k)`.
    private static let optionsHolder = LinePattern(
        #"^\s*(?:export\s+|local\s+|readonly\s+)?([A-Za-z_]\w*)\+?=\(?["']?(?:curl|wget|-)"#)
    /// A variable expanded: `$NAME` (group 1) or `${NAME}`, `${NAME:-…}` (group 2).
    private static let expansion = LinePattern(#"\$([A-Za-z_]\w*)|\$\{([A-Za-z_]\w*)"#)
    /// A variable set to a URL, in a script or a YAML map (group 1 the name, group 2 the value).
    private static let urlAssignment = LinePattern(
        #"^\s*(?:export\s+|local\s+|readonly\s+|-\s+)?([A-Za-z_]\w*)(?:=|:\s+)(\S*://\S*)"#)
    /// A URL on this machine, its port a number or a variable (`https://127.0.0.1:${PORT}`).
    private static let loopbackURL = LinePattern(
        #"^["']?\w+://(?:[^/@\s]*@)?"# + loopbackHost + #"(?::(?:\d+|\$\{[^}]*\}|\$\w+))?(?:[/"'\s]|$)"#)
    /// This machine's names, as a regular expression: `localhost`, `127.0.0.1`, `[::1]`.
    static let loopbackHost = #"(?:localhost|127\.0\.0\.1|\[::1\])"#

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
