/// One entry of `credentials`: how to authenticate to a git remote. Files, never secrets inline.
package struct CredentialConfig: Sendable, Hashable {
    /// The user name sent with a token (HTTPS).
    package var username: String?
    /// A file holding an HTTPS token.
    package var tokenFile: String?
    /// A file holding an SSH private key.
    package var sshKeyFile: String?
    /// The `known_hosts` file SSH host keys are checked against.
    package var knownHostsFile: String?

    /// Creates a credential; give a token file or an SSH key file.
    package init(
        username: String? = nil, tokenFile: String? = nil, sshKeyFile: String? = nil, knownHostsFile: String? = nil
    ) {
        self.username = username
        self.tokenFile = tokenFile
        self.sshKeyFile = sshKeyFile
        self.knownHostsFile = knownHostsFile
    }
}
