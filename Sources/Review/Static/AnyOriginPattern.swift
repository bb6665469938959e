import Manifest

/// `code.cors-reflects-origin` for an application's CORS origin pattern that takes every origin while credentials are
/// allowed: Starlette's and FastAPI's `allow_origin_regex=r"https?://.*"` (or a name given that pattern, also as the
/// default of an environment lookup) with `allow_credentials=True`, the `cors` package's `origin: /.*/` with
/// `credentials: true`. The server answers each origin with itself, so any site a signed-in user visits reads the
/// API as them. A pattern that names the site's domain (`https://.*\.example\.com`) is no finding.
struct AnyOriginPattern: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.python, .javascript]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard lines.contains(where: { Self.credentials.matches($0.text) }) else { return [] }
        return lines.compactMap { line in
            guard line.isAdded, let groups = Self.originPattern.firstMatch(in: line.text),
                let pattern = groups[1] ?? groups[3] ?? groups[2].flatMap({ Self.value(of: $0, in: lines) }),
                ProxyCORSReflection.everyOrigin.matches(pattern)
            else { return nil }
            return file.finding(
                "code.cors-reflects-origin", .high, on: line,
                message: "the CORS origin pattern `\(pattern)` takes every origin while credentials are allowed: any "
                    + "site can act as the signed-in user; name the allowed domains in it", content: line.text)
        }
    }

    /// The literal a name is given in the file (`ORIGIN_REGEX = os.getenv("CORS_ORIGIN_REGEX", r"https?://.*")`).
    private static func value(of name: Substring, in lines: [ChangedFile.Line]) -> Substring? {
        lines.lazy.compactMap { line in
            assignedPattern.firstMatch(in: line.text).flatMap { $0[1] == name ? $0[2] : nil }
        }.first
    }

    /// The origin pattern: a literal (group 1), a name (group 2), or a JavaScript regular expression (group 3).
    private static let originPattern = LinePattern(
        #"\ballow_origin_regex\s*=\s*(?:r?["']([^"']*)["']|([A-Za-z_]\w*))|\borigin\s*:\s*/([^/\n]+)/\w*\s*[,}]"#)
    /// `NAME = "…"`, or the default of an environment lookup (group 1 the name, group 2 the literal).
    private static let assignedPattern = LinePattern(
        #"^\s*([A-Za-z_]\w*)\s*=\s*(?:os\.(?:getenv|environ\.get)\([^,]+,\s*)?r?["']([^"']*)["']"#)
    /// Credentials allowed: `allow_credentials=True`, `credentials: true`.
    private static let credentials = LinePattern(#"\ballow_credentials\s*=\s*True\b|\bcredentials\s*:\s*true\b"#)
}
