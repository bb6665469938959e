import Foundation

/// The values of the run page: the rollout, its stage timeline, and one page of its log (the last one unless
/// `after` or `before` names another), with the cursors the live stream follows on from.
enum RunPage {
    static func values(
        _ rollout: Rollout, history: History, after: Int64?, before: Int64?, maximumBytes: Int, now: Date
    ) async throws -> [String: Any] {
        let id = rollout.id ?? 0
        let transitions = try await history.transitions(of: id, after: 0)
        let page = try await history.logPage(
            of: id, after: after, before: before, maximumBytes: maximumBytes, cost: renderedLength)
        let asked = try await history.actions(of: rollout.deployment)
        let previous = try await history.rollouts(of: rollout.deployment, limit: 200)
            .first { ($0.id ?? 0) < id }?.startedAt
        // Live only on the page that ends at the newest line: the stream appends after it.
        let live = rollout.result == .running && !page.hasLater
        return [
            "id": id, "deployment": rollout.deployment, "generation": rollout.generation,
            "result": rollout.result.rawValue, "tone": tone(of: rollout.result),
            "started": TimeView(rollout.startedAt, now: now),
            "duration": rollout.durationMilliseconds.map(durationText) ?? "running",
            "trigger": DeploymentPage.trigger(of: rollout, after: previous, asked: asked),
            "appCommit": rollout.appCommit, "configCommit": rollout.configCommit,
            // An Optional boxed in Any is a non-empty section to Mustache ("nil"); NSNull is an empty one.
            "error": rollout.error.map { $0 as Any } ?? NSNull(),
            "stages": StageView.all(transitions.map(\.transition)),
            "lines": page.lines.map { ["stage": $0.line.stage, "text": $0.line.text] },
            "earlier": page.hasEarlier ? page.lines.first.map { String($0.id) } as Any : NSNull(),
            "later": page.hasLater ? page.lines.last.map { String($0.id) } as Any : NSNull(),
            "live": live, "lastLine": page.lines.last?.id ?? (after ?? 0),
            "lastTransition": transitions.last?.id ?? 0,
        ]
    }
}

/// The bytes a log line takes on the run page: its text HTML-escaped, in its `<span>` with its stage, and a newline.
@Sendable func renderedLength(_ text: String) -> Int {
    var length = 56
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"): length += 4
        case UInt8(ascii: "&"), UInt8(ascii: "'"): length += 5
        case UInt8(ascii: "\""): length += 6
        default: length += 1
        }
    }
    return length
}
