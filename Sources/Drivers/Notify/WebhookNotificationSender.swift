/// A `notify` target of type `webhook`: POSTs the ``DeploymentEvent`` as JSON (``DeploymentEvent/json``), signed in
/// ``BodySignature/header`` when a secret is configured.
package struct WebhookNotificationSender: NotificationSender {
    private let post: NotificationPost
    private let secret: String?

    /// - Parameters:
    ///   - url: where events are POSTed (from `url` or `urlFile`).
    ///   - secret: the HMAC-SHA256 key (`secretFile`); nil sends unsigned events.
    /// - Throws: ``NotificationError`` when `url` is not an http(s) URL.
    package init(url: String, secret: String?) throws(NotificationError) {
        post = try NotificationPost(url: url)
        self.secret = secret
    }

    package var destination: String { post.destination }

    package func send(_ event: DeploymentEvent) async throws(NotificationError) {
        let body = event.json
        let headers = secret.map { [(name: BodySignature.header, value: BodySignature.sign(body, secret: $0))] } ?? []
        try await post.post(body, headers: headers)
    }
}
