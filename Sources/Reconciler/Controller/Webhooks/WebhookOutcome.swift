/// What the webhook endpoint answers, decided before anything is queued.
package enum WebhookOutcome: Sendable, Hashable {
    /// Verified and understood; the controller decides what to reconcile (202) or that nothing is tracked (200).
    case accepted(WebhookEvent)
    /// Verified, but nothing berth acts on (a tag push, a closed pull request, an unknown event): 200.
    case ignored(String)
    /// A missing or wrong signature or token: 401.
    case unauthorized(String)
    /// The body is over the limit: 413.
    case tooLarge(limit: Int)
    /// The body is not the JSON the event needs: 400.
    case malformed(String)
    /// Understood, but berth could not keep what it asks (its history cannot be written): 503, so the forge shows a
    /// failed delivery to send again.
    case unavailable(String)

    /// The HTTP status the endpoint answers with.
    package var httpStatus: Int {
        switch self {
        case .accepted: 202
        case .ignored: 200
        case .unauthorized: 401
        case .tooLarge: 413
        case .malformed: 400
        case .unavailable: 503
        }
    }

    /// The response body's text: `ignored: tag pushes are not tracked`, `bad signature: …`.
    package var message: String {
        switch self {
        case .accepted: "accepted"
        case .ignored(let reason): "ignored: \(reason)"
        case .unauthorized(let reason): "unauthorized: \(reason)"
        case .tooLarge(let limit): "payload larger than \(limit) bytes"
        case .malformed(let reason): "malformed payload: \(reason)"
        case .unavailable(let reason): "unavailable: \(reason)"
        }
    }
}
