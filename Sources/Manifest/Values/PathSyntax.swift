/// Checks on paths that manifests and the controller config name.
enum PathSyntax {
    /// Why `text` is not a clean absolute path, or `nil` when it is.
    static func absoluteProblem(_ text: String) -> String? {
        guard text.hasPrefix("/") else { return "is not an absolute path" }
        return traversalProblem(text)
    }

    /// Why `text` is not a relative path that stays inside its root, or `nil` when it is.
    static func relativeProblem(_ text: String) -> String? {
        if text.isEmpty { return "is empty" }
        if text.hasPrefix("/") { return "is absolute; give a path relative to the repository" }
        return traversalProblem(text)
    }

    private static func traversalProblem(_ text: String) -> String? {
        if text.split(separator: "/").contains("..") { return "contains \"..\"; paths must stay inside their root" }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "contains control characters"
        }
        return nil
    }

    /// `path` with `.` components and repeated or trailing slashes removed (`./app/` → `app`, `.` → `.`).
    static func normalised(_ path: String) -> String {
        let parts = path.split(separator: "/").filter { $0 != "." }
        let joined = parts.joined(separator: "/")
        if path.hasPrefix("/") { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
