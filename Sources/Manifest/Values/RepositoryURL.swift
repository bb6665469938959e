import Foundation

/// Git remote URLs: `https://`, `http://`, `ssh://`, `git://`, `file://`, or scp-like `user@host:path`.
enum RepositoryURL {
    /// What a valid URL looks like, for error messages.
    static let help = "https://, http://, ssh://, git:// or file:// URL, or user@host:path"
    private static let schemes = ["https://", "http://", "ssh://", "git://", "file://"]

    /// Why `text` is not an acceptable repository URL, or `nil` when it is.
    static func problem(_ text: String) -> String? {
        if text.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) {
            return "contains white space or control characters"
        }
        if let scheme = schemes.first(where: { text.hasPrefix($0) }) {
            let rest = text.dropFirst(scheme.count)
            if scheme == "file://" { return rest.hasPrefix("/") ? nil : "is not a file:// URL with an absolute path" }
            let authority = rest.prefix { $0 != "/" }
            if authority.isEmpty { return "has no host" }
            if scheme.hasPrefix("http") && authority.contains("@") {
                return "carries credentials; tokens never belong in URLs"
            }
            if authority.contains(":") && authority.split(separator: "@").last?.contains(":") == true
                && scheme != "ssh://" && Int(authority.split(separator: ":").last ?? "") == nil
            {
                return "has a bad port"
            }
            return nil
        }
        if text.contains("://") { return "uses an unsupported scheme" }
        let parts = text.split(separator: ":", maxSplits: 1)
        if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[0].contains("/") { return nil }
        return "is not a repository URL"
    }

    /// The `owner/name` path of a forge URL (`https://host/acme/deploy.git` → `acme/deploy`), if it has one.
    static func forgeRepository(_ text: String) -> String? {
        var path: Substring
        if let range = text.range(of: "://") {
            let rest = text[range.upperBound...]
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            path = rest[rest.index(after: slash)...]
        } else if let colon = text.firstIndex(of: ":") {
            path = text[text.index(after: colon)...]
        } else {
            return nil
        }
        while path.hasSuffix("/") { path = path.dropLast() }
        if path.hasSuffix(".git") { path = path.dropLast(4) }
        return path.split(separator: "/").count >= 2 ? String(path) : nil
    }
}
