import Manifest

/// `code.cors-reflects-origin` in a proxy's or gateway's configuration: `Access-Control-Allow-Origin` given the
/// request's own `Origin` while `Access-Control-Allow-Credentials` is `true`: Caddy's `{header.Origin}` placeholder,
/// nginx's `$http_origin` directly or through a `map $http_origin $var` whose entry hands the origin back for a
/// pattern that names no host of its own (`"~^https://" $http_origin;`, `default $http_origin;`); Spring's
/// `allowed-origin-patterns: "*"` with `allow-credentials: true` (a Cloud Gateway's `globalcors`). Any site can then
/// make requests with a visitor's cookies and read the answers. A map whose patterns spell out the allowed domains
/// (`"~^https://([a-z0-9-]+\.)?example\.com$" $http_origin;`) is the fix, not a finding.
struct ProxyCORSReflection: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.config, .other]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        if let pattern = Self.everyOriginPattern(in: lines) {
            return [
                file.finding(
                    "code.cors-reflects-origin", .high, on: pattern,
                    message: "CORS allows the origin pattern `*` with credentials, so it answers every origin with "
                        + "itself: any site can act as the signed-in user; list the origins that need access",
                    content: pattern.text)
            ]
        }
        guard lines.contains(where: { $0.isAdded && $0.text.hasBytesIgnoringCase("access-control-allow-origin") }),
            lines.contains(where: { Self.credentials.matches($0.text) })
        else { return [] }
        return lines.compactMap { line in
            guard line.isAdded, let variable = Self.allowOrigin.firstMatch(in: line.text, capture: 1),
                variable.hasPrefix("{") || variable == "$http_origin"
                    || Self.mapReflectsAnyOrigin(String(variable), in: lines)
            else { return nil }
            return file.finding(
                "code.cors-reflects-origin", .high, on: line,
                message: "CORS hands any origin back while allowing credentials; any site can act as the signed-in "
                    + "user; map only the origins that need access", content: line.text)
        }
    }

    /// The added line giving Spring's CORS settings (a gateway's `globalcors`, `spring.web.cors`) the origin pattern
    /// `*`, inline or as the list's item on the next line, where the same settings allow credentials.
    private static func everyOriginPattern(in lines: [ChangedFile.Line]) -> ChangedFile.Line? {
        guard
            lines.contains(where: {
                $0.text.hasBytesIgnoringCase("origin-patterns") || $0.text.hasBytes("OriginPatterns")
            })
        else { return nil }
        let keys = lines.indices.filter { originPatterns.matches(lines[$0].text) }
        return keys.lazy.compactMap { index -> ChangedFile.Line? in
            let line = lines[index]
            let next = index + 1 < lines.count ? lines[index + 1] : nil
            let everyOrigin = anyPattern.matches(line.text) || next.map { anyItem.matches($0.text) } == true
            guard everyOrigin, let reported = [line, next].compactMap({ $0 }).first(where: \.isAdded),
                lines.contains(where: { springCredentials.matches($0.text) })
            else { return nil }
            return reported
        }.first
    }

    /// Spring's origin-pattern setting: `allowed-origin-patterns:`, `allowedOriginPatterns:`.
    private static let originPatterns = LinePattern(#"(?i)^\s*allowed-?origin-?patterns\s*[:=]"#)
    /// The setting given `*` on its line: `["*"]`, `"*"`, `*`.
    private static let anyPattern = LinePattern(#"[:=]\s*\[?\s*["']?\*["']?\s*\]?\s*$"#)
    /// A list item `*`.
    private static let anyItem = LinePattern(#"^\s*-\s*["']?\*["']?\s*$"#)
    /// Spring's credentials setting on.
    private static let springCredentials = LinePattern(#"(?i)^\s*allow-?credentials\s*[:=]\s*["']?true\b"#)

    /// Whether the `map $http_origin <variable> { … }` block hands the origin back for a pattern that names no host.
    private static func mapReflectsAnyOrigin(_ variable: String, in lines: [ChangedFile.Line]) -> Bool {
        guard
            let start = lines.firstIndex(where: { line in
                line.text.hasBytes("map")
                    && mapOpening.firstMatch(in: line.text, capture: 1).map(String.init) == variable
            })
        else { return false }
        for line in lines[(start + 1)...] {
            if line.text.trimmedLine.hasPrefix("}") { break }
            guard let groups = mapEntry.firstMatch(in: line.text), let pattern = groups[1],
                groups[2].map({ $0.filter { $0 != "\"" } }) == "$http_origin"
            else { continue }
            if !namesAHost.matches(pattern) { return true }
        }
        return false
    }

    private static let credentials = LinePattern(#"(?i)\bAccess-Control-Allow-Credentials\s+["']?true\b"#)
    /// The variable `Access-Control-Allow-Origin` is given (group 1): nginx's `add_header … $var`, or Caddy's request
    /// header placeholder in a `header` directive or block (`{header.Origin}`, `{http.request.header.Origin}`).
    private static let allowOrigin = LinePattern(
        #"(?i)^\s*(?:add_header\s+|header\s+)?Access-Control-Allow-Origin\s+["']?"#
            + #"(\$\w+|\{(?:http\.request\.)?header\.Origin\})"#)
    /// `map $http_origin $cors_origin {` (group 1 the variable set).
    private static let mapOpening = LinePattern(#"^\s*map\s+\$http_origin\s+(\$\w+)\s*\{"#)
    /// A map entry: its pattern (group 1) and value (group 2).
    private static let mapEntry = LinePattern(#"^\s*("[^"]*"|'[^']*'|\S+)\s+("?\$\w+"?|\S+)\s*;"#)
    /// A pattern that spells out a domain, anchored at its end: `"~^https://([a-z0-9-]+\.)?example\.com$"`,
    /// `https://app.example.com`.
    private static let namesAHost = LinePattern(#"\\\.[A-Za-z]{2,}\)?\$|^["']?https?://[\w.-]+\.[A-Za-z]{2,}["']?$"#)
}
