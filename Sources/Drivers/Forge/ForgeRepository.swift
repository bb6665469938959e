import Foundation

/// A repository as a forge's API names it: `acme/deploy` (GitLab groups may nest: `acme/platform/deploy`).
///
/// ```swift
/// let repository = ForgeRepository(cloneURL: "git@github.com:acme/deploy.git")   // acme/deploy
/// let same = ForgeRepository(path: "acme/deploy")
/// ```
package struct ForgeRepository: Sendable, Hashable, CustomStringConvertible {
    /// `owner/name`, without a `.git` suffix or surrounding slashes.
    package let path: String

    /// From `forge.repo`: `owner/name` (more segments for nested GitLab groups); nil when it has fewer than two
    /// segments or an empty, `.` or `..` one.
    package init?(path: String) {
        var text = Substring(path)
        while text.hasPrefix("/") { text = text.dropFirst() }
        while text.hasSuffix("/") { text = text.dropLast() }
        if text.hasSuffix(".git") { text = text.dropLast(4) }
        let segments = text.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count >= 2, segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
            return nil
        }
        self.path = String(text)
    }

    /// Derived from the config repository's clone URL when `forge.repo` is absent:
    /// `https://host/acme/deploy.git`, `ssh://git@host:2222/acme/deploy.git` and `git@host:acme/deploy.git` all give
    /// `acme/deploy`; nil for a URL without an owner and a name (a `file://` path has no forge).
    package init?(cloneURL: String) {
        guard let location = RemoteLocation(cloneURL) else { return nil }
        self.init(path: location.path)
    }

    /// The owner (user, organisation or GitLab group path).
    package var owner: String { String(path[..<path.lastIndex(of: "/")!]) }

    /// The repository's own name.
    package var name: String { String(path[path.index(after: path.lastIndex(of: "/")!)...]) }

    /// The ``path``.
    package var description: String { path }
}

/// The host and path of a clone URL, and the web root a forge on that host serves.
package struct RemoteLocation: Sendable {
    /// `https://host[:port]` (`http` when the clone URL is plain http), where the forge's web pages are.
    let webRoot: String
    let host: String
    let path: String

    /// `host/owner/name`, lowercased, without user, port, scheme or `.git`: the same for a repository's https, ssh
    /// and git URLs, so a webhook's URLs can be matched against the ones in the config.
    package var identity: String {
        var trimmed = Substring(path.lowercased())
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".git") { trimmed = trimmed.dropLast(4) }
        while trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }
        return "\(host)/\(trimmed)"
    }

    /// Parses `scheme://[user@]host[:port]/path` (http, https, ssh, git) and scp-like `user@host:path`.
    package init?(_ url: String) {
        if let schemeEnd = url.range(of: "://") {
            let scheme = url[..<schemeEnd.lowerBound].lowercased()
            guard ["http", "https", "ssh", "git"].contains(scheme) else { return nil }
            let rest = url[schemeEnd.upperBound...]
            let slash = rest.firstIndex(of: "/") ?? rest.endIndex
            var authority = rest[..<slash]
            if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
            let hostPart =
                authority.hasPrefix("[")
                ? String(authority.prefix { $0 != "]" }) + "]" : String(authority.prefix { $0 != ":" })
            guard hostPart.count > 0, hostPart != "[]" else { return nil }
            host = hostPart.lowercased()
            path = String(rest[slash...])
            webRoot = scheme.hasPrefix("http") ? "\(scheme)://\(authority.lowercased())" : "https://\(host)"
        } else {
            guard let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") else { return nil }
            var authority = url[..<colon]
            if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
            guard !authority.isEmpty else { return nil }
            host = authority.lowercased()
            path = String(url[url.index(after: colon)...])
            webRoot = "https://\(host)"
        }
    }
}
