import Manifest

/// `code.auth-removed` for a Ktor route the change adds beside a role-check block rather than inside it: `post(
/// "/users/{id}/reset-mfa") { … }` added in `route("/api/admin") { … }` next to the `withRole(Role.ADMIN) { … }` that
/// holds the other admin routes. Ktor runs a block's check only for the routes written inside it, so the new route
/// takes any signed-in caller. A route inside the check (or inside another one), or beside no check, is no finding.
struct RouteBesideItsGuard: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.java]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard lines.contains(where: { Self.roleBlock.matches($0.text) }) else { return [] }
        return lines.indices.compactMap { index in
            let line = lines[index]
            guard line.isAdded, Self.routeBlock.matches(line.text), !isInsideRoleBlock(index, lines),
                let sibling = ChangedFile.block(around: index, in: lines).lines.first(where: { other in
                    other.text.indentation == line.text.indentation && Self.roleBlock.matches(other.text)
                })
            else { return nil }
            return file.finding(
                "code.auth-removed", .high, on: line,
                message: "the route stands beside `\(sibling.text.trimmedLine)` (line \(sibling.number)) instead of "
                    + "inside it, so it skips the role check the routes there get; move it into the block",
                content: line.text)
        }
    }

    /// Whether a block enclosing line `index` opens with a role check.
    private func isInsideRoleBlock(_ index: Int, _ lines: [ChangedFile.Line]) -> Bool {
        var current = index
        for _ in 0..<12 {
            let indentation = lines[current].text.indentation
            guard let parent = lines[..<current].lastIndex(where: {
                $0.text.isCodeLine && $0.text.indentation < indentation
            })
            else { return false }
            if Self.roleBlock.matches(lines[parent].text) { return true }
            current = parent
        }
        return false
    }

    /// A route opening its handler block: `post("/users/{id}/reset-mfa") {`, `get {`.
    private static let routeBlock = LinePattern(
        #"^\s*(?:get|post|put|patch|delete|head|options)\s*(?:\(\s*"[^"]*"\s*\))?\s*\{"#)
    /// A block that checks the caller's role or permission: `withRole(Role.ADMIN) {`, `authorize(Permission.X) {`,
    /// `withAnyRole(…) {`.
    private static let roleBlock = LinePattern(
        #"^\s*(?:with\w*Roles?|withPermissions?|authorize\w*|requireRole\w*|hasRole|withAuthorization)"#
            + #"\s*\([^)]*\)\s*\{"#)
}
