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

    /// Why `text` is not a canonical absolute path, or `nil` when it is: `/`, or `/` followed by segments that are
    /// neither empty, `.` nor `..`, without a trailing slash, and no `:` (the engine's bind syntax,
    /// `source:target:options`, would split there). Host paths and `policy.allowHostPaths` must be canonical,
    /// because policy compares them as written (DESIGN §9).
    static func canonicalAbsoluteProblem(_ text: String) -> String? {
        if let problem = absoluteProblem(text) { return problem }
        if text.contains(":") { return "contains ':', where the engine's bind syntax (source:target:options) splits" }
        let segments = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        guard text != "/", segments.contains(where: { $0.isEmpty || $0 == "." }) else { return nil }
        return "is not a canonical path (no \".\", \"..\" or empty segments, no trailing slash); write "
            + normalised(text)
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
