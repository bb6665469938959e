import Manifest

/// `infra.anonymous-admin` for HAProxy's stats page given its admin actions for everyone (`stats admin if TRUE`) in a
/// section that asks for no password (no `stats auth`, no `http-request auth`) and listens beyond the host (a `bind`
/// not on 127.0.0.1, `localhost`, `::1` or a unix socket). Whoever reaches the port drains, disables and re-weights
/// the backends. The same line behind `stats auth`, or on a loopback listener, is an operator's tool.
struct OpenStatsAdmin: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.config, .other]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        return lines.indices.compactMap { index in
            let line = lines[index]
            guard line.isAdded, line.text.hasBytes("stats"), Self.adminForEveryone.matches(line.text) else {
                return nil
            }
            let section = Self.section(around: index, in: lines)
            guard !section.contains(where: { Self.authentication.matches($0.text) }),
                section.contains(where: { Self.bind.matches($0.text) && !Self.loopbackBind.matches($0.text) })
            else { return nil }
            return file.finding(
                "infra.anonymous-admin", .high, on: line,
                message: "HAProxy's stats page lets anyone who reaches it drain and disable backends; add `stats auth` "
                    + "or bind the listener to 127.0.0.1", content: line.text)
        }
    }

    /// The section (`listen`, `frontend`, `backend`, `defaults`: an unindented line and the indented ones under it)
    /// that holds line `index`.
    private static func section(around index: Int, in lines: [ChangedFile.Line]) -> ArraySlice<ChangedFile.Line> {
        let isHeader: (ChangedFile.Line) -> Bool = { $0.text.indentation == 0 && $0.text.isCodeLine }
        let start = lines[..<index].lastIndex(where: isHeader) ?? 0
        let end = lines[(index + 1)...].firstIndex(where: isHeader) ?? lines.count
        return lines[start..<end]
    }

    private static let adminForEveryone = LinePattern(#"^\s*stats\s+admin\s+if\s+(TRUE|always_true)\s*$"#)
    private static let authentication = LinePattern(#"^\s*(stats\s+auth|http-request\s+auth|acl\s+\w+\s+http_auth)\b"#)
    private static let bind = LinePattern(#"^\s*bind\s+\S"#)
    private static let loopbackBind = LinePattern(
        #"^\s*bind\s+(127\.\d+\.\d+\.\d+|localhost|\[?::1\]?|unix@|/|ipv4@127\.)"#)
}
