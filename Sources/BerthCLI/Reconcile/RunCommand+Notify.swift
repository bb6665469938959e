import Drivers
import Manifest
import Reconciler

extension RunCommand {
    /// The controller config's `notify` targets, each with its sender; secrets (URLs from `urlFile`, signing keys,
    /// SMTP passwords) read from their files now.
    /// - Throws: a usage error naming the key when a file cannot be read or its URL is no http(s) URL (the URL
    ///   itself is never shown).
    static func notificationTargets(_ controller: ControllerConfig) throws -> [NotificationTarget] {
        try controller.notify.enumerated().map { index, target in
            let key = "notify[\(index)]"
            return NotificationTarget(
                name: target.name, kind: target.kind, events: target.events,
                sender: try sender(for: target, key: key, file: controller.file))
        }
    }

    private static func sender(for target: NotifyTarget, key: String, file: String?) throws -> any NotificationSender {
        switch target.kind {
        case .webhook, .slack:
            let field = target.url == nil ? "\(key).urlFile" : "\(key).url"
            let url = try target.url ?? readSecret(target.urlFile ?? "", field: field)
            let secret = try target.secretFile.map { try readSecret($0, field: "\(key).secretFile") }
            do {
                if target.kind == .slack { return try SlackNotificationSender(url: url) }
                return try WebhookNotificationSender(url: url, secret: secret)
            } catch {
                throw CommandFailure(exitCode: 2, message: "\(field): \(error)", field: field, path: file)
            }
        case .email:
            // The decoder refuses an email target without smtp, from or to.
            let smtp = target.smtp ?? SMTPSettings(host: "localhost")
            let password = try smtp.passwordFile.map { try readSecret($0, field: "\(key).smtp.passwordFile") }
            let server = SMTPMailer.Server(
                host: smtp.host, port: smtp.port, username: smtp.username, password: password,
                starttls: smtp.starttls, caFile: smtp.caFile)
            return EmailNotificationSender(mailer: SMTPMailer(server: server), from: target.from ?? "", to: target.to)
        }
    }
}
