/// A `notify` email target's `smtp` section: the server berth hands its mail to.
package struct SMTPSettings: Sendable, Hashable {
    /// `host`.
    package var host: String
    /// `port`; default 587 (submission).
    package var port: Int
    /// `username`, when the server wants a login (then with ``passwordFile``).
    package var username: String?
    /// `passwordFile`: a file holding the login's password.
    package var passwordFile: String?
    /// `starttls`: upgrade the connection with STARTTLS and refuse to go on without it; default `true`.
    package var starttls: Bool
    /// `caFile`: the CA that signed the server's certificate, when the system's do not.
    package var caFile: String?

    /// Port 587 with STARTTLS and no login.
    package init(host: String, port: Int = 587) {
        self.host = host
        self.port = port
        starttls = true
    }
}
