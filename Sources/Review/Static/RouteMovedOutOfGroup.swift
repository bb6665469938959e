import Manifest

/// `code.auth-removed` for a Go router's handler moved out of a group that guards it (Echo's, Gin's and Fiber's
/// `admin := api.Group("/admin", middleware.RequireRole("admin"))`, or a group given `admin.Use(…)`) to a group with
/// no middleware of its own, or to a group above it: `admin.PATCH("/users/:id", h.UpdateUser)` removed and
/// `support.PATCH("/users/:id", h.UpdateUser)` added under `support := api.Group("/support")`. The handler keeps
/// working and loses the role check. Moved to a group with a guard of its own, or into a group under the old one, it
/// is no finding.
struct RouteMovedOutOfGroup: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.go]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let removed = file.diff.removed.compactMap { Self.registration.firstMatch(in: $0) }
        guard !removed.isEmpty else { return [] }
        let groups = Self.groups(in: file.layout.previous.lines.map(\.text) + file.visible.map(\.text))
        let guardedHandlers = Dictionary(
            removed.compactMap { groups[$0[1].map(String.init) ?? ""]?.isGuarded == true ? $0 : nil }
                .compactMap { match in match[2].map { (String($0), String(match[1] ?? "")) } },
            uniquingKeysWith: { first, _ in first })
        guard !guardedHandlers.isEmpty else { return [] }
        return file.visible.compactMap { line in
            guard line.isAdded, let match = Self.registration.firstMatch(in: line.text),
                let group = match[1].map(String.init), let handler = match[2].map(String.init),
                let oldGroup = guardedHandlers[handler], oldGroup != group,
                groups[group]?.isGuarded != true || Self.isAncestor(group, of: oldGroup, in: groups)
            else { return nil }
            return file.finding(
                "code.auth-removed", .high, on: line,
                message: "\(handler) moves out of the group `\(oldGroup)`, whose middleware guarded it, to `\(group)`, "
                    + "which has none of its own: the check no longer runs; keep it under a guarded group",
                content: line.text)
        }
    }

    /// A router group: the group it was made from, and whether it has middleware of its own.
    private struct Group {
        let parent: String
        var isGuarded: Bool
    }

    /// The groups `lines` make (`admin := api.Group("/admin", mw)`), each guarded when made with middleware or given
    /// some with `.Use(…)`.
    private static func groups(in lines: [Substring]) -> [String: Group] {
        var groups: [String: Group] = [:]
        for line in lines where line.hasBytes("Group(") {
            guard let match = groupMade.firstMatch(in: line), let name = match[1], let parent = match[2] else {
                continue
            }
            groups[String(name)] = Group(parent: String(parent), isGuarded: match[3] != nil)
        }
        for line in lines where line.hasBytes(".Use(") {
            if let name = use.firstMatch(in: line, capture: 1), groups[String(name)] != nil {
                groups[String(name)]?.isGuarded = true
            }
        }
        return groups
    }

    /// Whether `group` is `other`'s parent, or its parent's, and so on.
    private static func isAncestor(_ group: String, of other: String, in groups: [String: Group]) -> Bool {
        var current = groups[other]?.parent
        for _ in 0..<8 {
            guard let parent = current else { return false }
            if parent == group { return true }
            current = groups[parent]?.parent
        }
        return false
    }

    /// `name := parent.Group("/path"` (group 1 the name, group 2 the parent), with middleware after the path (group 3).
    private static let groupMade = LinePattern(#"^\s*(\w+)\s*:?=\s*(\w+)\.Group\(\s*"[^"]*"\s*(,\s*\S)?"#)
    /// `name.Use(` (group 1).
    private static let use = LinePattern(#"^\s*(\w+)\.Use\("#)
    /// A route on a group (group 1) and its handler (group 2): `admin.PATCH("/users/:id", h.UpdateUser)`.
    private static let registration = LinePattern(
        #"^\s*(\w+)\.(?:GET|POST|PUT|PATCH|DELETE|Any|Get|Post|Put|Patch|Delete|All)\(\s*"[^"]*"\s*,\s*"#
            + #"([\w.]+)\s*[,)]"#)
}
