/// The bits of an SSH remote URL the host key check needs.
enum SSHRemoteURL {
    /// The explicit port of `ssh://[user@]host:port/path`; nil for scp-like `user@host:path` and default ports.
    static func port(of url: String) -> Int? {
        guard url.hasPrefix("ssh://") else { return nil }
        let rest = url.dropFirst("ssh://".count)
        var authority = rest.prefix { $0 != "/" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            authority = authority[authority.index(after: close)...]
        } else if let colon = authority.lastIndex(of: ":") {
            authority = authority[colon...]
        } else {
            return nil
        }
        guard authority.hasPrefix(":") else { return nil }
        return Int(authority.dropFirst())
    }
}
