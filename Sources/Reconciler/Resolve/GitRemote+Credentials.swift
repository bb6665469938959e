package import Drivers
package import Manifest

extension GitRemote {
    /// The remote for `url` with the controller's credentials named `credentialName` (none when nil or unknown:
    /// the manifest check reports unknown names).
    package init(url: String, credentialName: String?, in controller: ControllerConfig) {
        guard let name = credentialName, let config = controller.credentials[name] else {
            self.init(url: url)
            return
        }
        if let keyFile = config.sshKeyFile {
            self.init(
                url: url,
                credentials: .sshKey(
                    username: config.username, privateKeyFile: keyFile, publicKeyFile: nil,
                    knownHostsFile: config.knownHostsFile ?? "~/.ssh/known_hosts"
                )
            )
        } else if let tokenFile = config.tokenFile {
            self.init(url: url, credentials: .token(username: config.username ?? "berth", tokenFile: tokenFile))
        } else {
            self.init(url: url)
        }
    }
}
