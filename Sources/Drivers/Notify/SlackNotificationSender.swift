import Foundation

/// A `notify` target of type `slack`: POSTs `{"text": "<one line>"}` (``DeploymentEvent/summary``) to a
/// Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat, Discord's `/slack` endpoint). The URL is the
/// secret: only its scheme and host are ever shown.
package struct SlackNotificationSender: NotificationSender {
    private let post: NotificationPost

    /// - Throws: ``NotificationError`` when `url` is not an http(s) URL.
    package init(url: String) throws(NotificationError) {
        post = try NotificationPost(url: url)
    }

    package var destination: String { post.destination }

    package func send(_ event: DeploymentEvent) async throws(NotificationError) {
        try await post.post(Self.body(event), headers: [])
    }

    /// `{"text": "..."}`.
    static func body(_ event: DeploymentEvent) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return Array((try? encoder.encode(["text": event.summary])) ?? Data())
    }
}
