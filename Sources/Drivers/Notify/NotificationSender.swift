/// Delivers a ``DeploymentEvent`` to one place (a webhook, a Slack channel, a mailbox), once: whoever calls it
/// decides about retries.
///
/// ```swift
/// let sender = try WebhookNotificationSender(url: url, secret: secret, logger: logger)
/// try await sender.send(event)
/// ```
package protocol NotificationSender: Sendable {
    /// Where it delivers, safe to show: a URL cut to its scheme, host and port (`https://hooks.slack.com`), a
    /// mail server (`smtp://mail.example.com:587`).
    var destination: String { get }

    /// Delivers `event` once.
    /// - Throws: ``NotificationError`` saying why, never with a secret.
    func send(_ event: DeploymentEvent) async throws(NotificationError)
}
