import Foundation

/// Route groups held in variables, and whether a guard covers each: gin's `admin := api.Group("/admin")` then
/// `admin.Use(d.Auth.RequireRole("admin"))`, Vapor's `let admin = authed.grouped(AdminMiddleware())`, echo's and
/// chi's groups, Express's `const admin = express.Router()` then `admin.use(requireAdmin)`. A group is guarded when a
/// guard (``AuthGuardScanner``) is passed to it or used on it, or on the group it is made from; its path is the paths
/// passed along the chain.
///
/// ``RemovedAuthGuard`` asks it for routes the change registers outside the guards that held them: a handler removed
/// from a guarded group and registered again on an unguarded one (`admin.post(…, use: impersonate)` becoming
/// `internal.post(…, use: impersonate)`), or a new route on an unguarded group or engine whose path lies under a
/// guarded group's (`r.GET("/api/v1/admin/audit-log/export", …)` beside the guarded `/api/v1/admin` group).
struct RouteGroups {
    /// A group variable: what it is made from, the path it adds, and whether it is given a guard itself.
    private struct Group {
        let base: String
        let path: String
        var guarded: Bool
    }

    /// A route registration: the group or engine it is registered on, its path and its handler.
    struct Route {
        let receiver: String
        let path: String
        let handler: String
        let guarded: Bool
    }

    private var groups: [String: Group] = [:]
    /// Engines and routers not made by a group call that a guard is used on (`r.Use(auth)`).
    private var guardedRoots = Set<String>()
    private let scanner: AuthGuardScanner

    init(_ lines: [ChangedFile.Line], scanner: AuthGuardScanner) {
        self.scanner = scanner
        for index in lines.indices where Self.groupWords.contains(where: lines[index].text.hasBytes) {
            // The group's arguments may be laid out over lines (Vapor's `reports.grouped(` then one middleware a line).
            let statement = CodeFlow.statement(at: index, in: lines, followingChains: false)
            if let groups = Self.definition.firstMatch(in: statement), let name = groups[1], let base = groups[2] {
                let arguments = groups[3] ?? ""
                self.groups[String(name)] = Group(
                    base: String(base), path: Self.path(in: arguments), guarded: guards(arguments))
            }
        }
        for line in lines where line.text.hasBytes("se(") {
            guard let use = Self.use.firstMatch(in: line.text), let name = use[1].map(String.init), guards(use[2] ?? "")
            else { continue }
            if groups[name] != nil { groups[name]?.guarded = true } else { guardedRoots.insert(name) }
        }
    }

    /// Whether anything the file registers routes on is guarded.
    var hasGuardedGroups: Bool { groups.keys.contains(where: isGuarded) || !guardedRoots.isEmpty }

    /// The byte check before ``route(on:)``: a call of a method named for an HTTP verb.
    static func mayRegister(_ line: Substring) -> Bool {
        verbCalls.contains(where: line.hasBytesIgnoringCase) && registration.matches(line)
    }

    private static let verbCalls = [".get(", ".post(", ".put(", ".patch(", ".delete("]

    /// The route registered on `line`, if it registers one.
    func route(on line: Substring) -> Route? {
        guard let groups = Self.registration.firstMatch(in: line), let receiver = groups[1].map(String.init),
            let arguments = groups[2]
        else { return nil }
        let parts = CodeFlow.arguments(in: arguments)
        guard let last = parts.last else { return nil }
        let handler = last.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "use:", with: "")
            .trimmingCharacters(in: .whitespaces)
        let middleware = parts.dropLast().joined(separator: ",")
        return Route(
            receiver: receiver, path: fullPath(of: receiver) + "/" + Self.path(in: arguments), handler: handler,
            guarded: isGuarded(receiver) || guards(middleware[...]))
    }

    /// Whether a guard covers routes registered on `name`.
    func isGuarded(_ name: String) -> Bool {
        var current = name
        for _ in 0..<8 {
            if guardedRoots.contains(current) { return true }
            guard let group = groups[current] else { return false }
            if group.guarded { return true }
            current = group.base
        }
        return false
    }

    /// The paths of the guarded groups, each with its chain's.
    var guardedPaths: [String] {
        groups.keys.filter(isGuarded).map(fullPath).map(Self.normalised).filter { $0.count > 1 }
    }

    /// `path` with repeated and trailing slashes dropped.
    static func normalised(_ path: String) -> String {
        "/" + path.split(separator: "/").joined(separator: "/")
    }

    private func fullPath(of name: String) -> String {
        var paths: [String] = []
        var current = name
        for _ in 0..<8 {
            guard let group = groups[current] else { break }
            paths.insert(group.path, at: 0)
            current = group.base
        }
        return paths.joined(separator: "/")
    }

    private func guards(_ arguments: Substring) -> Bool {
        AuthGuardScanner.mayName(arguments) && !scanner.references(in: arguments).isEmpty
            || Self.guardName.matches(CodeFlow.codeText(arguments))
    }

    /// The string literals of `arguments`, joined as a path.
    private static func path(in arguments: Substring) -> String {
        literal.matches(in: arguments).compactMap { ($0[1] ?? $0[2]).map(String.init) }.joined(separator: "/")
    }

    private static let groupWords = ["Group(", "group(", "grouped(", "Router(", "Route(", "route("]
    /// `name := base.Group(…)`, `let name = base.grouped(…)`, `const name = express.Router()` (group 1 the name,
    /// 2 the base, 3 the arguments).
    private static let definition = LinePattern(
        #"^\s*(?:let|var|const|val)?\s*(\w+)\s*(?::=|=)\s*(\w+)\.(?:Group|group|grouped|Router|Route|route)\s*\(([\s\S]*)\)"#
    )
    /// `name.Use(…)`, `name.use(…)` (group 1 the name, 2 the arguments).
    private static let use = LinePattern(#"^\s*(\w+)\.(?:Use|use)\s*\((.*)\)"#)
    /// A route registered on a group: `admin.post("users", use: h)`, `r.GET("/x", mw, h.Export)`, `router.get('/x',
    /// h)` (group 1 the receiver, 2 the arguments).
    private static let registration = LinePattern(
        #"^\s*(\w+)\.(?:get|post|put|patch|delete|GET|POST|PUT|PATCH|DELETE|Get|Post|Put|Patch|Delete)\s*\((.+)\)"#)
    private static let literal = LinePattern(#""([^"]*)"|'([^']*)'"#)
    /// Guard middleware by its name where the scanner knows no framework's: `User.guardMiddleware()`,
    /// `AdminMiddleware()`, `RequireSession()`, `UserToken.authenticator()`.
    private static let guardName = LinePattern(
        #"(?i)\b\w*(guardmiddleware|authenticator|authmiddleware|adminmiddleware|require(session|role|auth|admin|"#
            + #"login|user)|"#
            + #"authenticate|authorize|ensureauth\w*|jwt\w*|session(auth|required))\w*\s*\("#)
}
