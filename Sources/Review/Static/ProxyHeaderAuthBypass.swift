import Manifest

/// `code.auth-bypass-header` in a proxy's configuration: authentication that a request header the client sends can
/// turn off. nginx: `map $http_x_probe $realm { "probe" off; … }` and `auth_basic $realm;`. HAProxy:
/// `acl from_job req.hdr(X-Job) -m found` and `http-request auth … unless … from_job` (or `http-request allow if
/// from_job` ahead of the check). Caddy: a `handle @internal` whose matcher is a request header (`@internal header
/// X-Internal-Caller cron`) proxying to an upstream that another block puts behind `basicauth` or `forward_auth`.
/// Anyone can send the header. A header the proxy sets or checks against a secret it holds is not this shape; nor is a
/// map or an acl on the client's address or the path.
struct ProxyHeaderAuthBypass: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.config, .other]

    private static let message =
        "a request header the client sends decides whether the proxy asks for credentials; anyone can send it"

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        if let bypass = Self.headerMatchedRouteAroundAuth(in: lines) {
            return [
                file.finding("code.auth-bypass-header", .high, on: bypass, message: Self.message, content: bypass.text)
            ]
        }
        guard lines.contains(where: { $0.isAdded && Self.authWords.contains(where: $0.text.hasBytes) }) else { return [] }
        let headerNames = Set(
            lines.compactMap { line -> String? in
                guard line.text.hasBytes("$http_") || line.text.hasBytesIgnoringCase("hdr") else { return nil }
                return Self.headerVariable.firstMatch(in: line.text).flatMap { ($0[1] ?? $0[2]).map(String.init) }
            })
        guard !headerNames.isEmpty else { return [] }
        return lines.filter(\.isAdded).compactMap { line in
            guard Self.authWords.contains(where: line.text.hasBytes),
                let groups = Self.authDecidedBy.firstMatch(in: line.text),
                let deciding = groups[1] ?? groups[2] ?? groups[3],
                !headerNames.isDisjoint(with: Self.names(in: deciding))
            else { return nil }
            return file.finding("code.auth-bypass-header", .high, on: line, message: Self.message, content: line.text)
        }
    }

    /// Caddy: the added line proxying, in a block a header matcher opens (`handle @internal {`), to an upstream that a
    /// block with `basicauth` or `forward_auth` (and no header matcher) also proxies to.
    private static func headerMatchedRouteAroundAuth(in lines: [ChangedFile.Line]) -> ChangedFile.Line? {
        let matchers = Set(lines.compactMap { headerMatcher.firstMatch(in: $0.text, capture: 1).map(String.init) })
        guard !matchers.isEmpty, lines.contains(where: { caddyAuth.matches($0.text) }) else { return nil }
        // Each proxy line with the block opening it, and the upstreams that blocks holding an auth directive proxy to.
        let proxies = lines.indices.compactMap { index -> (Int, opening: Substring, upstream: Substring)? in
            guard let upstream = reverseProxy.firstMatch(in: lines[index].text, capture: 1),
                let opening = ChangedFile.enclosingLine(of: index, in: lines)
            else { return nil }
            return (index, opening.text, upstream)
        }
        let guardedOpenings = Set(
            lines.indices.filter { caddyAuth.matches(lines[$0].text) }.compactMap {
                ChangedFile.enclosingLine(of: $0, in: lines)?.text
            })
        let guarded = Set(proxies.filter { guardedOpenings.contains($0.opening) }.map(\.upstream))
        return proxies.first { proxy in
            let matcher = handleByMatcher.firstMatch(in: proxy.opening, capture: 1).map(String.init)
            return matcher.map(matchers.contains) == true && guarded.contains(proxy.upstream)
                && !guardedOpenings.contains(proxy.opening)
                && (lines[proxy.0].isAdded || lines.contains { $0.isAdded && $0.text == proxy.opening })
        }.map { lines[$0.0] }
    }

    /// Caddy's named matcher on a request header (group 1 its name): `@internal header X-Internal-Caller cron`.
    private static let headerMatcher = LinePattern(#"^\s*@([\w-]+)\s+header\s+\S"#)
    /// A block a named matcher opens (group 1 its name): `handle @internal {`, `route @internal {`.
    private static let handleByMatcher = LinePattern(#"^\s*(?:handle|handle_path|route)\s+@([\w-]+)\s*\{"#)
    /// Caddy's `reverse_proxy` and its first upstream (group 1).
    private static let reverseProxy = LinePattern(#"^\s*reverse_proxy\s+(?:@[\w-]+\s+)?([^\s{]+)"#)
    /// Caddy's authentication directives.
    private static let caddyAuth = LinePattern(#"^\s*(?:basicauth|basic_auth|forward_auth)\b"#)

    private static func names(in text: Substring) -> Set<String> {
        Set(text.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }.map(String.init))
    }

    private static let authWords = ["auth_basic", "auth_request", "http-request"]
    /// A variable or an acl read from a request header: nginx's `map $http_x_probe $realm {` (group 1), HAProxy's
    /// `acl from_job req.hdr(X-Job)` or `hdr_sub(…)` (group 2).
    private static let headerVariable = LinePattern(
        #"^\s*map\s+\$http_\w+\s+\$(\w+)|^\s*acl\s+([\w-]+)\s+(?:req\.)?hdr\w*\("#)
    /// What turns authentication off or on: nginx's `auth_basic $realm;` or `auth_request $…` (group 1), HAProxy's
    /// `http-request auth … unless …` (group 2) or `http-request allow if …` (group 3).
    private static let authDecidedBy = LinePattern(
        #"^\s*(?:auth_basic|auth_request)\s+\$(\w+)|^\s*http-request\s+auth\b.*?\bunless\b(.+)$|"#
            + #"^\s*http-request\s+allow\s+if\b(.+)$"#)
}
