import Foundation

/// A remote repository berth reads: its URL and how to authenticate.
///
/// ```swift
/// let remote = GitRemote(url: "https://git.example.com/acme/web.git",
///                        credentials: .token(username: "berth", tokenFile: "/etc/berth/git-token"))
/// ```
package struct GitRemote: Hashable, Sendable, CustomStringConvertible {
    /// `https`, `http`, `ssh` (or `user@host:path`), `git` or `file` URL.
    package let url: String
    /// How to authenticate when the remote asks.
    package let credentials: GitCredentials

    package init(url: String, credentials: GitCredentials = .none) {
        self.url = url
        self.credentials = credentials
    }

    /// The URL without a password or token that may have been written into it, for logs and errors.
    package var description: String { Self.redact(url) }

    /// `url` with the user info of `scheme://user:secret@host/...` reduced to `scheme://host/...`.
    static func redact(_ url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return url }
        let rest = url[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        guard let at = rest[..<authorityEnd].lastIndex(of: "@") else { return url }
        return String(url[..<schemeEnd.upperBound]) + String(rest[rest.index(after: at)...])
    }
}
