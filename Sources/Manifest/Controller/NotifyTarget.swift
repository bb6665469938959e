/// One entry of the controller's `notify` list (DESIGN §14): where berth tells people about rollouts and drift, and
/// which of those events it tells them.
///
/// ```yaml
/// notify:
///   - {type: webhook, url: "https://hooks.example.com/berth", secretFile: /etc/berth/notify-secret}
///   - {type: slack, urlFile: /etc/berth/slack-url, on: [failure, rollback, drift]}
///   - type: email
///     smtp: {host: mail.example.com, port: 587, username: berth, passwordFile: /etc/berth/smtp-password}
///     from: berth@example.com
///     to: [ops@example.com]
/// ```
package struct NotifyTarget: Sendable, Hashable {
    /// How a target is reached.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A JSON event POSTed to a URL, signed with HMAC-SHA256 when `secretFile` is set.
        case webhook
        /// A Slack-compatible incoming webhook: `{"text": "<one line>"}`.
        case slack
        /// A mail over SMTP.
        case email
    }

    /// What happened, as `on:` filters it.
    package enum Event: String, Sendable, Hashable, Codable, CaseIterable {
        /// A rollout failed, was blocked at review or was interrupted.
        case failure
        /// A generation went back to the one before it: the watch after cutover failed, or someone rolled back.
        case rollback
        /// A drift scan found a deployment changed by hand.
        case drift
        /// A rollout succeeded.
        case success
    }

    /// The events a target hears when it has no `on:`.
    package static let defaultEvents: Set<Event> = [.failure, .rollback]

    /// `name`: how deliveries name the target; default its type (`webhook`), or `webhook-2` for the second of a type.
    package var name: String
    /// `type`.
    package var kind: Kind
    /// `on`: the events delivered to this target; default ``defaultEvents``.
    package var events: Set<Event>
    /// `url` (webhook): where the event is POSTed, when the URL is no secret.
    package var url: String?
    /// `urlFile` (webhook, slack): a file holding the URL; for slack the URL is a secret and must come from a file.
    package var urlFile: String?
    /// `secretFile` (webhook): the HMAC-SHA256 signing key.
    package var secretFile: String?
    /// `smtp` (email): the mail server.
    package var smtp: SMTPSettings?
    /// `from` (email): the sender address.
    package var from: String?
    /// `to` (email): the recipient addresses.
    package var to: [String]

    /// A target of `kind` named `name` that hears ``defaultEvents``; the rest is set field by field.
    package init(name: String, kind: Kind, events: Set<Event> = NotifyTarget.defaultEvents) {
        self.name = name
        self.kind = kind
        self.events = events
        to = []
    }
}
