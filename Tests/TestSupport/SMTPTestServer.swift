package import Foundation

/// An SMTP submission server played by `Tests/Fixtures/smtp-server.py` (aiosmtpd) on 127.0.0.1: STARTTLS required
/// on a self-signed certificate for 127.0.0.1 made with openssl (``caFile`` trusts it) and a login required, unless
/// made plain; every mail accepted recorded.
///
/// ```swift
/// let server = try SMTPTestServer()
/// // configure berth with 127.0.0.1:server.port, server.username, a file holding server.password, server.caFile ...
/// let mails = try server.received()
/// ```
package final class SMTPTestServer: @unchecked Sendable {
    /// Where scripts/bootstrap installs aiosmtpd.
    package static let python = "/opt/berth-smtp/bin/python"

    /// One mail as the server took it.
    package struct Mail: Decodable, Sendable {
        package let from: String
        package let recipients: [String]
        /// Whether the session had switched to TLS (STARTTLS) before the mail.
        package let tls: Bool
        /// The login the session authenticated as.
        package let login: String?
        /// Headers and body as sent.
        package let content: String

        enum CodingKeys: String, CodingKey {
            case from = "mail_from"
            case recipients = "rcpt_tos"
            case tls, login, content
        }
    }

    package let port: Int
    package let username = "berth-mailer"
    package let password: String
    /// The server's self-signed certificate: the CA file a client must trust (absent for a plain server).
    package let caFile: String
    private let process: Process
    private let directory: TemporaryDirectory

    /// - Parameter secure: STARTTLS and a login required (the default); false serves plain SMTP with no login.
    package init(secure: Bool = true) throws {
        password = "smtp-\(UUID().uuidString)"
        directory = try TemporaryDirectory(prefix: "berth-smtp")
        let cert = directory.url.appendingPathComponent("cert.pem").path
        let key = directory.url.appendingPathComponent("key.pem").path
        var arguments = ["--log", directory.url.appendingPathComponent("log").path]
        if secure {
            let made = try GitCommand.runAllowingFailure(
                "/usr/bin/openssl",
                [
                    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                ])
            guard made.status == 0 else {
                throw GitCommand.Failure(command: "openssl req", output: made)
            }
            arguments += ["--cert", cert, "--key", key, "--user", username]
        }
        caFile = cert
        (process, port) = try FixtureServerProcess.launch(
            "smtp-server.py", arguments, environment: ["BERTH_TEST_SMTP_PASSWORD": password], python: Self.python)
    }

    /// Every mail so far, in order.
    package func received() throws -> [Mail] {
        let log = directory.url.appendingPathComponent("log")
        guard FileManager.default.fileExists(atPath: log.path) else { return [] }
        return try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(Mail.self, from: Data($0.utf8))
        }
    }

    deinit {
        GitServerProcess.stop(process)
    }
}
