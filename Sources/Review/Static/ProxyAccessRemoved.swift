import Manifest

/// `code.auth-removed` for a proxy configuration that loses its access control: nginx's `auth_basic "…"`,
/// `auth_request`, `auth_jwt`, `deny all;` after an allow-list, Caddy's `basicauth`/`basic_auth` or `forward_auth` (to
/// an SSO such as Authelia), Traefik's `basicAuth`, `forwardAuth` or `ipAllowList`/`ipWhiteList` middleware, removed
/// or commented out with nothing of the kind left in the file or added in its place.
/// What they kept out (an admin panel, an internal service) now answers anyone who reaches the proxy. Protection moved
/// to another block of the same file, replaced by another kind, or removed with the block it guarded, is no finding.
///
/// So is a Traefik router the change adds for a service that another router of the file puts behind an
/// access-control middleware, with none of its own (a path of the admin service opened on the public entry point), and
/// a Traefik router that stops naming an access-control middleware (`middlewares: [ops-auth]` become
/// `[secure-headers]`, a `…middlewares=auth@file` label removed) and names none in its place, the router itself kept:
/// the middleware still defined in the file guards nothing.
struct ProxyAccessRemoved: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.config, .other]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let diff = file.diff
        guard !diff.isNew else { return [] }
        if let (name, line) = Self.droppedAuthMiddleware(in: file) {
            return [
                file.finding(
                    "code.auth-removed", .high, on: line,
                    message: "a router no longer uses the access-control middleware `\(name)` and uses none in its "
                        + "place: what it kept out now answers anyone; keep the middleware on the router",
                    content: name)
            ]
        }
        if let (router, service, guarded) = Self.routerSkippingAccessControl(in: file) {
            return [
                file.finding(
                    "code.auth-removed", .high, on: router,
                    message: "this router sends to the service `\(service)`, which the router on line "
                        + "\(guarded.number) keeps behind an access-control middleware, and uses none itself: the "
                        + "service answers anyone on this route; give it the same middlewares", content: router.text)
            ]
        }
        guard let removed = diff.removed.first(where: { Self.protection.matches($0) }),
            !file.visible.contains(where: { Self.protection.matches($0.text) }),
            // A block removed whole takes what it served with it.
            !diff.removed.contains(where: { Self.blockHeader.matches($0) }),
            let line = file.visible.first(where: \.isAdded) ?? file.visible.first
        else { return [] }
        return [
            file.finding(
                "code.auth-removed", .high, on: line,
                message: "the change removes the proxy's access control (`\(removed.trimmedLine)`) and adds none back: "
                    + "what it kept out now answers anyone; keep the allow-list or the password",
                content: removed.trimmedLine)
        ]
    }

    /// The access-control middleware a removed reference named, and the line to report, when a router dropped it and
    /// names no other: the middleware is one the file defines with `basicAuth`, `forwardAuth` or an IP allow-list, or
    /// is named for authentication (`auth@file`, `authelia@docker`, `sso`). A router removed whole (its `rule`) is not.
    private static func droppedAuthMiddleware(in file: ChangedFile) -> (Substring, ChangedFile.Line)? {
        let diff = file.diff
        guard diff.removed.contains(where: { $0.hasBytes("middlewares") || $0.trimmedLine.hasPrefix("-") }),
            file.visible.contains(where: { $0.text.hasBytes("middlewares") }),
            !diff.removed.contains(where: { routerRule.matches($0) })
        else { return nil }
        let lines = file.visible
        let isAuth = accessControlMiddlewares(in: lines)
        let dropped = diff.removed.lazy.flatMap(middlewareNames).first(where: isAuth)
        guard let dropped,
            !lines.contains(where: { $0.isAdded && middlewareNames(in: $0.text).contains(where: isAuth) })
        else { return nil }
        // A change that only removes the reference is reported on a router's `middlewares` that stays.
        let reported = lines.first(where: \.isAdded) ?? lines.first { $0.text.hasBytes("middlewares") }
        return reported.map { (dropped, $0) }
    }

    /// Whether a middleware name controls access: one the file defines with `basicAuth`, `forwardAuth` or an IP
    /// allow-list, or one named for authentication (`auth@file`, `authelia@docker`, `sso`).
    private static func accessControlMiddlewares(in lines: [ChangedFile.Line]) -> (Substring) -> Bool {
        let defined = Set(
            lines.indices.filter { middlewareProtection.matches(lines[$0].text) }.compactMap { index in
                ChangedFile.enclosingLine(of: index, in: lines).flatMap { line in
                    definedKey.firstMatch(in: line.text, capture: 1)
                }
            })
        return { name in defined.contains(name) || authName.matches(name) }
    }

    /// A Traefik router the change adds (its line to report), the service it sends to, and the line of another
    /// router that sends to the same service through an access-control middleware, when the added one uses none.
    private static func routerSkippingAccessControl(
        in file: ChangedFile
    ) -> (ChangedFile.Line, Substring, ChangedFile.Line)? {
        let lines = file.visible
        guard lines.contains(where: { $0.isAdded && serviceKey.matches($0.text) }) else { return nil }
        let isAuth = accessControlMiddlewares(in: lines)
        let routers = lines.indices.compactMap { index -> (line: Int, service: Substring, guarded: Bool)? in
            guard let service = serviceKey.firstMatch(in: lines[index].text, capture: 1) else { return nil }
            let (opening, body) = ChangedFile.block(around: index, in: lines)
            let guarded = body.contains { $0.text.isCodeLine && middlewareNames(in: $0.text).contains(where: isAuth) }
            return (opening ?? index, service, guarded)
        }
        for router in routers where lines[router.line].isAdded && !router.guarded {
            if let other = routers.first(where: { $0.guarded && $0.service == router.service }) {
                return (lines[router.line], router.service, lines[other.line])
            }
        }
        return nil
    }

    /// A router's service (group 1): `service: admin`, `service: admin@file`.
    private static let serviceKey = LinePattern(#"^\s*service\s*:\s*["']?([\w-]+)"#)

    /// The middleware names a line refers to: the value of a `middlewares:` key or a `…middlewares=` label, or a list
    /// item (`- ops-auth`), each without its `@provider`.
    private static func middlewareNames(in text: Substring) -> [Substring] {
        let value: Substring
        if let range = text.firstRange(of: "middlewares") {
            value = text[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == ":" || $0 == "=" || $0 == " " }
        } else if let item = listItem.firstMatch(in: text, capture: 1) {
            value = item
        } else {
            return []
        }
        return value.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." || $0 == "@") }
            .map { $0.split(separator: "@").first ?? $0 }
    }

    /// Traefik middleware kinds that control access.
    private static let middlewareProtection = LinePattern(
        #"^\s*(basicAuth|digestAuth|forwardAuth|ipAllowList|ipWhiteList)\s*:"#,
        holdingOneOf: ["Auth", "ipAllowList", "ipWhiteList"])
    /// A YAML key being defined (group 1).
    private static let definedKey = LinePattern(#"^\s*["']?([\w.-]+)["']?\s*:\s*$"#)
    /// A middleware named for access control.
    private static let authName = LinePattern(#"(?i)auth|\bsso\b|allow-?list|white-?list"#)
    /// A YAML list item holding one name (group 1).
    private static let listItem = LinePattern(#"^\s*-\s*["']?([\w.@-]+)["']?\s*$"#)
    /// A router's rule: removed, the router went with it.
    private static let routerRule = LinePattern(#"(?i)(^\s*|\.)rule\s*[:=]"#)

    private static let blockHeader = LinePattern(#"^\s*(location|server|handle(_path)?|route|@\w+)\b.*\{\s*$"#)
    private static let protection = LinePattern(
        #"^\s*(?:auth_basic\s+(?!off\b)\S|auth_request\s+\S|auth_jwt\s+(?!off\b)\S|deny\s+all\s*;|"#
            + #"basic_?auth\b|forward_auth\s+\S|"#
            + #"[\w.-]*\b(basicAuth|ipAllowList|ipWhiteList|forwardAuth)\b\s*:)"#,
        holdingOneOf: ["auth", "deny", "ipAllowList", "ipWhiteList"])
}
