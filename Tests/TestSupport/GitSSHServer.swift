package import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An OpenSSH server on 127.0.0.1 at a free port that lets the current user in with one generated key,
/// for git over SSH (`git-upload-pack` runs as that user). Keys are RSA in PEM form: Debian's libssh2
/// (libgcrypt backend) reads no other kind.
package final class GitSSHServer: @unchecked Sendable {
    /// Whether this machine has an OpenSSH server to start.
    package static let isAvailable = FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd")

    package let port: Int
    package let user: String
    /// The client's private key file (its public half is authorised).
    package let clientKey: URL
    /// The server's public host key, as a `known_hosts` key field (`ssh-rsa AAAA...`).
    package let hostKey: String
    private let pid: pid_t

    package init(directory: URL) throws {
        user = String(cString: getpwuid(getuid())!.pointee.pw_name)
        let hostKeyFile = directory.appendingPathComponent("ssh_host_rsa")
        clientKey = directory.appendingPathComponent("client_rsa")
        for key in [hostKeyFile, clientKey] {
            try GitCommand.run(
                "/usr/bin/ssh-keygen", ["-q", "-t", "rsa", "-b", "2048", "-m", "PEM", "-N", "", "-f", key.path])
        }
        let authorized = directory.appendingPathComponent("authorized_keys")
        try FileManager.default.copyItem(at: clientKey.appendingPathExtension("pub"), to: authorized)
        hostKey = try String(contentsOf: hostKeyFile.appendingPathExtension("pub"), encoding: .utf8)
            .split(separator: " ").prefix(2).joined(separator: " ")
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)

        let config = directory.appendingPathComponent("sshd_config")
        (port, pid) = try GitServerProcess.startOnFreePort({ port in
            try """
            ListenAddress 127.0.0.1
            Port \(port)
            HostKey \(hostKeyFile.path)
            AuthorizedKeysFile \(authorized.path)
            PermitRootLogin prohibit-password
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            StrictModes no
            PidFile none
            HostKeyAlgorithms +ssh-rsa
            PubkeyAcceptedAlgorithms +ssh-rsa

            """.write(to: config, atomically: true, encoding: .utf8)
            return try GitServerProcess.spawn("/usr/sbin/sshd", ["-D", "-e", "-f", config.path])
        }, stop: GitServerProcess.stop)
    }

    /// `ssh://<user>@127.0.0.1:<port><absolute path>`.
    package func url(for repository: URL) -> String {
        "ssh://\(user)@127.0.0.1:\(port)\(repository.path)"
    }

    deinit {
        GitServerProcess.stop(pid)
    }
}
