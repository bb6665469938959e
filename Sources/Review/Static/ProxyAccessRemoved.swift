import Manifest

/// `code.auth-removed` for a proxy configuration that loses its access control: nginx's `auth_basic "…"`,
/// `auth_request`, `deny all;` after an allow-list, Caddy's `basicauth`/`basic_auth`, Traefik's `basicAuth` or
/// `ipAllowList`/`ipWhiteList` middleware, removed with nothing of the kind left in the file or added in its place.
/// What they kept out (an admin panel, an internal service) now answers anyone who reaches the proxy. Protection moved
/// to another block of the same file, replaced by another kind, or removed with the block it guarded, is no finding.
struct ProxyAccessRemoved: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.config, .other]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let diff = file.diff
        guard !diff.isNew, let removed = diff.removed.first(where: { Self.protection.matches($0) }),
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

    private static let blockHeader = LinePattern(#"^\s*(location|server|handle(_path)?|route|@\w+)\b.*\{\s*$"#)
    private static let protection = LinePattern(
        #"^\s*(?:auth_basic\s+(?!off\b)\S|auth_request\s+\S|deny\s+all\s*;|basic_?auth\b|"#
            + #"[\w.-]*\b(basicAuth|ipAllowList|ipWhiteList|forwardAuth)\b\s*:)"#,
        holdingOneOf: ["auth", "deny", "ipAllowList", "ipWhiteList"])
}
