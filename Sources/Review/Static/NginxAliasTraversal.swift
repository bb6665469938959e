import Manifest

/// `infra.nginx-alias-traversal`: nginx's off-by-slash alias. In a prefix `location /build {` (no trailing slash)
/// whose `alias /srv/app/storage/build/;` ends with one, `/build../logs/app.log` maps to
/// `/srv/app/storage/build/../logs/app.log`: one directory up from the alias, everything beside it is served. A
/// location that ends with `/` as its alias does, or a regular-expression location, is not one.
struct NginxAliasTraversal: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.config, .other]

    static let rule = "infra.nginx-alias-traversal"

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        return lines.indices.compactMap { index in
            let line = lines[index]
            guard line.isAdded, line.text.hasBytes("alias"), Self.aliasToDirectory.matches(line.text),
                let location = lines[..<index].last(where: { $0.text.hasBytes("location") }),
                let prefix = Self.location.firstMatch(in: location.text, capture: 1), prefix.last != "/"
            else { return nil }
            return file.finding(
                Self.rule, .high, on: line,
                message: "the location `\(prefix)` has no trailing slash but its alias does: `\(prefix)../` reaches "
                    + "the directory above the alias; end the location with `/` as well", content: line.text)
        }
    }

    /// `alias /srv/app/storage/build/;`: an alias to a directory, by its trailing slash.
    private static let aliasToDirectory = LinePattern(#"^\s*alias\s+\S*/\s*;"#)
    /// A prefix location (group 1 its path), not a regular expression's (`location ~ …`).
    private static let location = LinePattern(#"^\s*location\s+(?:\^~\s+)?(/[^\s{;]*)\s*\{"#)
}
