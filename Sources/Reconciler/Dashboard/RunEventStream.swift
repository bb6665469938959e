import AsyncAlgorithms
import Foundation
import ServiceLifecycle

/// A rollout's new log lines, stage transitions and end as server-sent events, read from history whenever its
/// ``RolloutFeed`` wakes: `event: line`, `event: stage`, then `event: end` once the rollout has finished and
/// everything before it was sent. Each event's id is the cursor `<line id>.<transition id>`, so a browser that
/// reconnects with `Last-Event-ID` misses nothing and sees nothing twice.
struct RunEventStream: Sendable {
    /// Where a stream starts: after these row ids.
    struct Cursor: Sendable, Hashable {
        var line: Int64
        var transition: Int64

        /// `Last-Event-ID: <line>.<transition>` when the browser reconnects, else `?after=&transition=`.
        init(lastEventID: String?, after: Int64?, transition: Int64?) {
            let parts = lastEventID?.split(separator: ".").compactMap { Int64($0) } ?? []
            if parts.count == 2 {
                (line, self.transition) = (parts[0], parts[1])
            } else {
                (line, self.transition) = (after ?? 0, transition ?? 0)
            }
        }

        var eventID: String { "\(line).\(transition)" }
    }

    /// Lines read per history query.
    static let batch = 500
    /// A comment sent this often keeps proxies from closing a quiet stream.
    static let keepAlive = Duration.seconds(15)

    let history: History
    let rolloutID: Int64
    let lifetime: Duration

    /// Sends events from `cursor` through `write` until the rollout has ended, ``lifetime`` has passed, or the
    /// server shuts down gracefully.
    func send(from start: Cursor, _ write: (String) async throws -> Void) async throws {
        let wakes = history.feed.watch(rolloutID)
        let ticks = AsyncTimerSequence(interval: Self.keepAlive, clock: .continuous)
        let deadline = ContinuousClock.now + lifetime
        var cursor = start
        try await write("retry: 2000\n\n")
        if try await drain(&cursor, write) { return }
        for await _ in merge(wakes.map { true }, ticks.map { _ in false }).cancelOnGracefulShutdown() {
            if try await drain(&cursor, write) { return }
            try await write(": keep-alive\n\n")
            if ContinuousClock.now >= deadline { return }
        }
    }

    /// Sends what history holds after `cursor`, moving it on; true once the rollout has ended and `end` was sent.
    private func drain(_ cursor: inout Cursor, _ write: (String) async throws -> Void) async throws -> Bool {
        // Read whether it ended first: lines and transitions written before the end are then all read below.
        let ended = try await history.rollout(rolloutID).flatMap { $0.result == .running ? nil : $0 }
        while true {
            let page = try await history.logPage(of: rolloutID, after: cursor.line, maximumBytes: 256 << 10)
            guard !page.lines.isEmpty else { break }
            var chunk = ""
            for (id, line) in page.lines {
                cursor.line = id
                chunk += Self.event(
                    "line", id: cursor.eventID, ["id": String(id), "stage": line.stage, "text": line.text])
            }
            try await write(chunk)
            if !page.hasLater { break }
        }
        for (id, transition) in try await history.transitions(of: rolloutID, after: cursor.transition) {
            cursor.transition = id
            let fields = [
                "stage": transition.stage, "state": transition.state, "message": transition.message,
                "tone": tone(ofStage: transition.state),
            ]
            try await write(Self.event("stage", id: cursor.eventID, fields))
        }
        guard let ended else { return false }
        try await write(
            Self.event(
                "end", id: cursor.eventID,
                [
                    "result": ended.result.rawValue, "tone": tone(of: ended.result),
                    "duration": ended.durationMilliseconds.map { durationText(milliseconds: $0) } ?? "",
                ]))
        return true
    }

    /// One event: `event:`, `id:` and its fields as one JSON line of `data:`.
    static func event(_ name: String, id: String, _ fields: [String: String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])) ?? Data("{}".utf8)
        return "event: \(name)\nid: \(id)\ndata: \(String(decoding: data, as: UTF8.self))\n\n"
    }
}
