/// One entry of `credentials`: how to authenticate to a git remote. Files, never secrets inline.
public struct CredentialConfig: Sendable, Hashable {
    public var username: String?
    public var tokenFile: String?
    public var sshKeyFile: String?
    public var knownHostsFile: String?

    public init(username: String? = nil, tokenFile: String? = nil, sshKeyFile: String? = nil, knownHostsFile: String? = nil) {
        self.username = username
        self.tokenFile = tokenFile
        self.sshKeyFile = sshKeyFile
        self.knownHostsFile = knownHostsFile
    }
}
