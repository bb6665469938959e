import CCurl
import Foundation
import Manifest

/// A `notify` target of type `email`: one plain-text mail per event through ``SMTPMailer``, the summary as its
/// subject and the event's fields as its body.
package struct EmailNotificationSender: NotificationSender {
    private let mailer: SMTPMailer
    private let from: String
    private let to: [String]

    package init(mailer: SMTPMailer, from: String, to: [String]) {
        self.mailer = mailer
        self.from = from
        self.to = to
    }

    package var destination: String { mailer.displayURL }

    package func send(_ event: DeploymentEvent) async throws(NotificationError) {
        do {
            try await mailer.send(from: from, to: to, message: Self.message(event, from: from, to: to))
        } catch let error as HTTPTransportError {
            let refusedLogin = error.curlCode == CURLE_LOGIN_DENIED.rawValue
            throw NotificationError("mail to \(destination): \(error.message)", permanent: refusedLogin)
        } catch {
            throw NotificationError("mail to \(destination): \(error)")
        }
    }

    /// The mail: headers, a blank line, the body; CRLF line ends.
    static func message(_ event: DeploymentEvent, from: String, to: [String], date: Date = Date()) -> [UInt8] {
        var lines = [
            "From: \(from)",
            "To: \(to.joined(separator: ", "))",
            "Subject: \(headerText(event.summary))",
            "Date: \(rfc5322Date(date))",
            "Message-ID: <\(UUID().uuidString.lowercased())@berth>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            event.summary,
            "",
            "event: \(event.event.rawValue)",
            "deployment: \(event.deployment)",
        ]
        if let generation = event.generation { lines.append("generation: \(generation)") }
        lines.append("result: \(event.result)")
        lines.append("config commit: \(event.configCommit)")
        if let appCommit = event.appCommit { lines.append("app commit: \(appCommit)") }
        if let runURL = event.runURL { lines.append("run: \(runURL)") }
        lines.append("time: \(ISO8601DateFormatter().string(from: event.time))")
        lines.append("")
        lines.append("reason:")
        lines.append(contentsOf: event.reason.split(whereSeparator: \.isNewline).map(String.init))
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// A header value on one line, control characters (a line break would start a header of its own) made spaces,
    /// cut to 200 characters.
    private static func headerText(_ text: String) -> String {
        let flat = String(
            String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
        return flat.count > 200 ? String(flat.prefix(199)) + "…" : flat
    }

    /// `Sat, 05 Dec 2026 11:02:03 +0000`.
    private static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
