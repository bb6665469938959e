/// One entry of `credentials`: how to authenticate to a git remote. Files, never secrets inline.
public struct CredentialConfig: Sendable, Hashable {
    /// The user name sent with a token (HTTPS).
    public var username: String?
    /// A file holding an HTTPS token.
    public var tokenFile: String?
    /// A file holding an SSH private key.
    public var sshKeyFile: String?
    /// The `known_hosts` file SSH host keys are checked against.
    public var knownHostsFile: String?

    /// Creates a credential; give a token file or an SSH key file.
    public init(
        username: String? = nil, tokenFile: String? = nil, sshKeyFile: String? = nil, knownHostsFile: String? = nil
    ) {
        self.username = username
        self.tokenFile = tokenFile
        self.sshKeyFile = sshKeyFile
        self.knownHostsFile = knownHostsFile
    }
}
