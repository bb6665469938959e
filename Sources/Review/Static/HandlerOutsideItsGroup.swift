import Manifest

/// `code.auth-removed` for a handler the change registers on a router group that lacks a middleware the group it is
/// (or was) registered on runs: Echo's, Gin's or Fiber's `support.PATCH("/users/:id", h.UpdateUser)` where it was
/// `admin.PATCH(…)` under `admin := api.Group("/admin", middleware.RequireRole("admin"))`, or Vapor's `try
/// v2.register(collection: AdminUserController())` on a group without the `RoleMiddleware` that the v1 group mounting
/// the same controller has. The handler works on the new group and skips the check. A group with the same
/// middleware (even with other arguments, `RequireRole("support")`), one made under the guarded group, or one that
/// lacks only middleware that checks nobody (a rate limit, a logger), is no finding.
struct HandlerOutsideItsGroup: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.go, .swift]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard lines.contains(where: { $0.isAdded && Self.registration.matches($0.text) }) else { return [] }
        let old = file.layout.previous.lines.map(\.text)
        let groups = Self.groups(in: old).merging(Self.groups(in: lines.map(\.text))) { _, new in new }
        let registered = (old + lines.map(\.text)).compactMap(Self.registered)
        return lines.compactMap { line in
            guard line.isAdded, let (group, handler) = Self.registered(line.text) else { return nil }
            let chain = Self.chain(of: group, in: groups)
            for (other, otherHandler) in registered where otherHandler == handler && other != group {
                let missing = Self.chain(of: other, in: groups).subtracting(chain)
                guard let skipped = missing.sorted().first(where: Self.guardName.matches) else { continue }
                return file.finding(
                    "code.auth-removed", .high, on: line,
                    message: "\(handler) is registered on `\(group)`, which does not run \(skipped) that `\(other)` "
                        + "runs for it: the check is skipped on this route; register it under the guarded group",
                    content: line.text)
            }
            return nil
        }
    }

    /// A router group: the group it was made from, and the middleware it runs itself.
    private struct Group {
        let parent: String
        var middleware: Set<String>
    }

    /// The groups `lines` make (`admin := api.Group("/admin", mw)`, `let admin = app.grouped("admin")
    /// .grouped(RoleMiddleware(…))`), with the middleware named in their making or given later with `.Use(…)`.
    private static func groups(in lines: [Substring]) -> [String: Group] {
        var groups: [String: Group] = [:]
        for index in lines.indices where lines[index].hasBytes("Group(") || lines[index].hasBytes("grouped(") {
            guard let match = groupMade.firstMatch(in: lines[index]), let name = match[1], let parent = match[2]
            else { continue }
            // A chain continued on the lines below (`.grouped(…)`).
            let continued = lines[(index + 1)...].prefix { $0.drop(while: \.isWhitespace).hasPrefix(".") }
            let text = ([lines[index]] + continued).joined(separator: " ")
            let calls = middlewareCall.matches(in: text).compactMap { $0[1].map(String.init) }
            let middleware = calls.filter { !$0.hasSuffix("Group") && !$0.hasSuffix("grouped") }
            groups[String(name)] = Group(parent: String(parent), middleware: Set(middleware))
        }
        for line in lines where line.hasBytes(".Use(") {
            guard let name = use.firstMatch(in: line, capture: 1).map(String.init), groups[name] != nil else {
                continue
            }
            groups[name]?.middleware.formUnion(middlewareCall.matches(in: line).compactMap { $0[1].map(String.init) }
                .filter { $0 != name + ".Use" })
        }
        return groups
    }

    /// The middleware group `name` runs: its own and its parents'.
    private static func chain(of name: String, in groups: [String: Group]) -> Set<String> {
        var middleware = Set<String>()
        var current: String? = name
        for _ in 0..<8 {
            guard let group = current.flatMap({ groups[$0] }) else { break }
            middleware.formUnion(group.middleware)
            current = group.parent
        }
        return middleware
    }

    /// The group and the handler a line registers: `admin.PATCH("/users/:id", h.UpdateUser)`, `try
    /// admin.register(collection: AdminUserController())`.
    private static func registered(_ line: Substring) -> (String, String)? {
        guard let match = registration.firstMatch(in: line), let group = match[1], let handler = match[2] ?? match[3]
        else { return nil }
        return (String(group), String(handler))
    }

    /// `name := parent.Group("/path"…` or `let name = parent.grouped(…` (group 1 the name, group 2 the parent).
    private static let groupMade = LinePattern(#"^\s*(?:let\s+|var\s+)?(\w+)\s*:?=\s*(\w+)\.(?:Group|grouped)\("#)
    /// A middleware that checks who calls: a role, an admin, a sign-in, a permission or a policy
    /// (`middleware.RequireRole`, `RoleMiddleware`, `User.guardMiddleware`), not a rate limit or a logger.
    private static let guardName = LinePattern(
        #"(?i)role|admin|auth|permission|guard|require|ensure|acl|polic|scope|staff|protect|sign_?in|login"#)
    /// `name.Use(` (group 1).
    private static let use = LinePattern(#"^\s*(\w+)\.Use\("#)
    /// A call's name (group 1): `middleware.RequireRole`, `RoleMiddleware`, `User.guardMiddleware`.
    private static let middlewareCall = LinePattern(#"(?<![\w.])([A-Za-z_][\w.]*)\s*\("#)
    /// A route on a group (group 1) and its handler (group 2, or group 3 for a Vapor collection).
    private static let registration = LinePattern(
        #"^\s*(?:try\s+)?(\w+)\.(?:(?:GET|POST|PUT|PATCH|DELETE|Any|Get|Post|Put|Patch|Delete|All)\(\s*"[^"]*"\s*,\s*"#
            + #"([\w.]+)\s*[,)]|register\(\s*collection\s*:\s*(\w+)\s*\()"#)
}
