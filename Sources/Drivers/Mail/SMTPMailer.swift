import CCurl
import Foundation

/// Hands mail to an SMTP server through libcurl: STARTTLS required unless turned off, an optional login, the server's
/// certificate checked against the system's CAs or `caFile`. Each mail runs on a thread of its own.
///
/// ```swift
/// let mailer = SMTPMailer(server: .init(host: "mail.example.com", port: 587, starttls: true))
/// try await mailer.send(from: "berth@example.com", to: ["ops@example.com"], message: Array(text.utf8))
/// ```
package struct SMTPMailer: Sendable {
    /// Where and how to connect.
    package struct Server: Sendable, Hashable {
        package var host: String
        package var port: Int
        /// The login, when the server wants one.
        package var username: String?
        package var password: String?
        /// Upgrade with STARTTLS and refuse to send without it.
        package var starttls: Bool
        /// The CA that signed the server's certificate, when not one of the system's.
        package var caFile: String?

        package init(
            host: String, port: Int, username: String? = nil, password: String? = nil, starttls: Bool,
            caFile: String? = nil
        ) {
            self.host = host
            self.port = port
            self.username = username
            self.password = password
            self.starttls = starttls
            self.caFile = caFile
        }
    }

    package let server: Server
    /// How long one mail may take, connection and TLS included.
    package let timeout: Duration

    package init(server: Server, timeout: Duration = .seconds(20)) {
        self.server = server
        self.timeout = timeout
    }

    /// `smtp://host:port`: how errors name the server.
    package var displayURL: String {
        let host = server.host.contains(":") ? "[\(server.host)]" : server.host
        return "smtp://\(host):\(server.port)"
    }

    /// Sends `message` (an RFC 5322 mail, CRLF line ends, headers included) from `from` to each of `to`.
    /// - Throws: ``HTTPTransportError`` with libcurl's word (its `url` is ``displayURL``); never the password.
    package func send(from: String, to: [String], message: [UInt8]) async throws {
        let transfer = MailTransfer(message: message)
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            let thread = Thread { [self] in
                do {
                    try perform(transfer, from: from, to: to)
                    done.resume()
                } catch {
                    done.resume(throwing: error)
                }
            }
            thread.name = "berth.smtp"
            thread.stackSize = 512 * 1024
            thread.start()
        }
    }

    /// Runs the SMTP exchange on the calling thread.
    private func perform(_ transfer: MailTransfer, from: String, to: [String]) throws {
        let easy = try CurlEasy(method: "SMTP", url: displayURL)
        try easy.set(CURLOPT_URL, displayURL + "/berth")  // the path is the name berth greets with (EHLO berth)
        try easy.set(CURLOPT_NOSIGNAL, 1)
        try easy.set(CURLOPT_CONNECTTIMEOUT_MS, min(10_000, Self.milliseconds(timeout)))
        try easy.set(CURLOPT_TIMEOUT_MS, Self.milliseconds(timeout))
        if server.starttls {
            try easy.set(CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue))
            if let caFile = server.caFile { try easy.set(CURLOPT_CAINFO, caFile) }
        }
        if let username = server.username {
            try easy.set(CURLOPT_USERNAME, username)
            try easy.set(CURLOPT_PASSWORD, server.password ?? "")
        }
        try easy.set(CURLOPT_MAIL_FROM, "<\(from)>")
        try easy.set(CURLOPT_MAIL_RCPT, list: to.map { "<\($0)>" })
        try easy.set(CURLOPT_UPLOAD, 1)
        try easy.set(CURLOPT_READFUNCTION, Self.readCallback)
        try easy.set(CURLOPT_READDATA, Unmanaged.passUnretained(transfer).toOpaque())
        try withExtendedLifetime(transfer) { try easy.perform() }
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }

    /// The mail libcurl reads, and how far it has read: touched only by the mail's thread.
    private final class MailTransfer: @unchecked Sendable {
        let message: [UInt8]
        var offset = 0

        init(message: [UInt8]) {
            self.message = message
        }

        /// Copies the next bytes into `buffer`; 0 at the end.
        func fill(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            let count = min(buffer.count, message.count - offset)
            message.withUnsafeBytes { source in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
            }
            offset += count
            return count
        }
    }

    private static let readCallback: berth_curl_data_callback = { buffer, size, count, context in
        let transfer = Unmanaged<MailTransfer>.fromOpaque(context!).takeUnretainedValue()
        return transfer.fill(UnsafeMutableRawBufferPointer(start: buffer, count: size * count))
    }
}
