import Manifest

/// `code.auth-removed` for an Express (or Koa, Fastify-style) route the change registers above the line that puts the
/// router's routes behind a role check: `router.post('/users/:id/impersonate', users.impersonate)` added before
/// `router.use(requireRole('admin'))`, while the router's other routes stand below it. Middleware added with `use`
/// runs only for routes registered after it, so the new route skips the check its neighbours get. A route with a role
/// check of its own (`router.post(…, requireRole(['admin', 'support']), …)`), or one above a plain sign-in check (a
/// login page before `router.use(requireAuth)`), is no finding.
struct RouteAboveItsGuard: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.javascript]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard lines.contains(where: { $0.isAdded && Self.route.matches($0.text) }) else { return [] }
        return lines.indices.compactMap { index in
            let line = lines[index]
            guard line.isAdded, let router = Self.route.firstMatch(in: line.text, capture: 1),
                !Self.roleCheck.matches(line.text),
                // The next middleware the router adds below the route: a role check, not a sign-in first.
                let guardLine = lines[(index + 1)...].firstIndex(where: { later in
                    Self.use.firstMatch(in: later.text, capture: 1) == router
                }),
                Self.roleCheck.matches(lines[guardLine].text),
                lines[(guardLine + 1)...].contains(where: { Self.route.firstMatch(in: $0.text, capture: 1) == router })
            else { return nil }
            return file.finding(
                "code.auth-removed", .high, on: line,
                message: "the route is registered above `\(lines[guardLine].text.trimmedLine)` on line "
                    + "\(lines[guardLine].number), so it skips the role check the routes below get; register it "
                    + "below, or give it the check itself", content: line.text)
        }
    }

    /// A route on a router (group 1): `router.post('/users/:id', …)`, `app.get("/admin/…", …)`.
    private static let route = LinePattern(
        #"^\s*(\w+)\.(?:get|post|put|patch|delete|all)\(\s*["'`/]"#,
        holdingOneOf: ["get", "post", "put", "patch", "delete", "all"])
    /// Middleware given to every route registered after it (group 1 the router): `router.use(requireRole('admin'))`.
    private static let use = LinePattern(#"^\s*(\w+)\.use\(\s*(?!["'`/])"#)
    /// A check of the caller's role or permission (not a sign-in alone).
    private static let roleCheck = LinePattern(
        #"(?i)\b\w*(?:role|admin|permission|authori[sz]e|staff|polic|superuser)\w*\s*\("#)
}
