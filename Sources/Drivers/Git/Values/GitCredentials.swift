/// How berth authenticates to a remote. Holds file paths, never secrets: files are read when the remote
/// asks, and what they hold goes only to libgit2's credential callback.
package enum GitCredentials: Hashable, Sendable {
    /// No credentials; a remote that asks for some fails with ``GitError/Code-swift.struct/authentication``.
    case none
    /// HTTP(S) basic authentication with `username` and the token stored in `tokenFile`.
    case token(username: String, tokenFile: String)
    /// SSH public-key authentication; the server's host key must be listed in `knownHostsFile`.
    /// `username` defaults to the one in the URL, then `git`.
    case sshKey(username: String?, privateKeyFile: String, publicKeyFile: String?, knownHostsFile: String)
}
