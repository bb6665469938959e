import Foundation
import Manifest

/// `code.cors-reflects-origin` in a proxy's or gateway's configuration: `Access-Control-Allow-Origin` given the
/// request's own `Origin` while `Access-Control-Allow-Credentials` is `true`: Caddy's `{header.Origin}` placeholder,
/// nginx's `$http_origin` directly or through a `map $http_origin $var` whose entry hands the origin back for a
/// pattern that names no host of its own (`"~^https://" $http_origin;`, `default $http_origin;`); Spring's
/// `allowed-origin-patterns: "*"` with `allow-credentials: true` (a Cloud Gateway's `globalcors`), Traefik's
/// `accessControlAllowOriginListRegex: [".*"]` with `accessControlAllowCredentials: true`. Any site can then make
/// requests with a visitor's cookies and read the answers. A map whose patterns spell out the allowed domains
/// (`"~^https://([a-z0-9-]+\.)?example\.com$" $http_origin;`) or name exact origins (`"http://localhost:5173"`) is
/// the fix, not a finding.
struct ProxyCORSReflection: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.config, .other]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        if let pattern = Self.everyOriginPattern(in: lines) {
            return [
                file.finding(
                    "code.cors-reflects-origin", .high, on: pattern,
                    message: "CORS allows an origin pattern that matches every origin, with credentials, so it "
                        + "answers every origin with itself: any site can act as the signed-in user; list the origins "
                        + "that need access",
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

    /// The added line giving a gateway's CORS settings an origin pattern that takes every origin, where the same
    /// settings allow credentials: Spring's `allowed-origin-patterns: "*"` (a gateway's `globalcors`,
    /// `spring.web.cors`), Traefik's `accessControlAllowOriginListRegex: [".*"]`; inline, or as an item of the list
    /// on the lines below.
    private static func everyOriginPattern(in lines: [ChangedFile.Line]) -> ChangedFile.Line? {
        guard
            lines.contains(where: {
                $0.text.hasBytesIgnoringCase("origin-patterns") || $0.text.hasBytes("OriginPatterns")
                    || $0.text.hasBytes("OriginListRegex")
            }),
            lines.contains(where: { gatewayCredentials.matches($0.text) })
        else { return nil }
        let keys = lines.indices.filter { originPatterns.matches(lines[$0].text) }
        return keys.lazy.compactMap { index -> ChangedFile.Line? in
            let items = lines[(index + 1)...].prefix { listItem.matches($0.text) }
            let setting = [lines[index]] + items
            let values = (inlineValues.firstMatch(in: lines[index].text, capture: 1).map { [$0] } ?? [])
                + items.compactMap { listItem.firstMatch(in: $0.text, capture: 1) }
            guard values.contains(where: takesEveryOrigin) else { return nil }
            return setting.first(where: \.isAdded)
        }.first
    }

    /// Whether an origin pattern (one value, or a list's values separated by commas) takes every origin: `*`, `.*`,
    /// `^https://.*$`, with no host of its own.
    private static func takesEveryOrigin(_ values: Substring) -> Bool {
        values.split(separator: ",").contains { value in
            everyOrigin.matches(value.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'")))
        }
    }

    /// An origin-pattern setting: Spring's `allowed-origin-patterns:`, `allowedOriginPatterns:`; Traefik's
    /// `accessControlAllowOriginListRegex:`.
    private static let originPatterns = LinePattern(
        #"(?i)^\s*(?:allowed-?origin-?patterns|accessControlAllowOriginListRegex)\s*[:=]"#)
    /// The values on the setting's own line (group 1): `["*"]`, `"*"`, `*`.
    private static let inlineValues = LinePattern(#"[:=]\s*\[?\s*([^\[\]#]*?)\s*\]?\s*$"#)
    /// An item of a list laid out one per line (group 1 its value).
    private static let listItem = LinePattern(#"^\s*-\s*(\S.*?)\s*$"#)
    /// A pattern of wildcards alone, perhaps after a scheme: `*`, `.*`, `.+`, `^https?://.*$`, `https://[^/]+`.
    static let everyOrigin = LinePattern(
        #"^\^?(?:https?\??(?:\[s\]\?)?:(?://|\\/\\/))?(?:\.\*|\.\+|\*|\[\^/\][+*])\$?$"#)
    /// Credentials allowed: Spring's `allow-credentials: true`, Traefik's `accessControlAllowCredentials: true`.
    private static let gatewayCredentials = LinePattern(
        #"(?i)^\s*(?:allow-?credentials|accessControlAllowCredentials)\s*[:=]\s*["']?true\b"#)

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
            // An entry without `~` (and not `default`) matches one origin exactly.
            let isExact = !pattern.hasPrefix("~") && !pattern.hasPrefix("\"~") && pattern != "default"
            if !isExact && !namesAHost.matches(pattern) { return true }
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
