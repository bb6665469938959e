import Foundation
import Mustache

/// A time as the dashboard shows it: relative (`3 min ago`), absolute (`2026-12-04 21:30:05 UTC`) and ISO 8601
/// for `<time datetime>`.
struct TimeView: Sendable {
    let relative: String
    let absolute: String
    let iso: String

    init(_ date: Date, now: Date) {
        let stored = HistoryDate.text(date)
        absolute = String(stored.prefix(19)) + " UTC"
        iso = String(stored.prefix(19)).replacingOccurrences(of: " ", with: "T") + "Z"
        relative = Self.relative(now.timeIntervalSince(date))
    }

    /// `just now`, `42 s ago`, `5 min ago`, `3 h ago`, `2 d ago`; `in 5 s` for a time ahead of the clock.
    static func relative(_ seconds: TimeInterval) -> String {
        if seconds < 0 { return "in \(Int(-seconds)) s" }
        switch Int(seconds) {
        case ..<2: return "just now"
        case ..<60: return "\(Int(seconds)) s ago"
        case ..<3600: return "\(Int(seconds) / 60) min ago"
        case ..<86400: return "\(Int(seconds) / 3600) h ago"
        default: return "\(Int(seconds) / 86400) d ago"
        }
    }
}

/// How long something took, in words: `850 ms`, `12.4 s`, `3 min 05 s`.
func durationText(milliseconds: Int) -> String {
    switch milliseconds {
    case ..<1000: return "\(milliseconds) ms"
    case ..<60_000: return String(format: "%.1f s", Double(milliseconds) / 1000)
    default: return String(format: "%d min %02d s", milliseconds / 60_000, milliseconds / 1000 % 60)
    }
}

/// The colour class of a rollout result.
func tone(of result: Rollout.Result) -> String {
    switch result {
    case .succeeded: "ok"
    case .failed, .rolledBack: "bad"
    case .blocked, .interrupted, .cancelled: "warn"
    case .running: "info"
    }
}

/// The colour class of a stage transition's state.
func tone(ofStage state: String) -> String {
    switch state {
    case "succeeded": "ok"
    case "failed": "bad"
    case "interrupted", "skipped": "warn"
    default: "info"
    }
}

/// The condition the overview shows a deployment in, in words and colour, and the filter key that selects it.
enum OverviewCondition: String, CaseIterable, Sendable {
    case ready, progressing
    case notReady = "not-ready"
    case stalled, suspended

    var label: String {
        switch self {
        case .ready: "Ready"
        case .progressing: "Progressing"
        case .notReady: "Not ready"
        case .stalled: "Stalled"
        case .suspended: "Suspended"
        }
    }

    var tone: String {
        switch self {
        case .ready: "ok"
        case .progressing: "info"
        case .notReady, .stalled: "bad"
        case .suspended: "muted"
        }
    }

    /// The one condition `summary` is shown in: suspended first, then stalled, progressing (a rollout runs, or waits
    /// for its team's slot), ready, not ready.
    init(_ summary: DeploymentSummary) {
        let conditions = summary.status.conditions
        func holds(_ kind: Condition.Kind) -> Bool { conditions.contains { $0.kind == kind && $0.status == .true } }
        if summary.suspension != nil || summary.suspendedInManifest {
            self = .suspended
        } else if holds(.stalled) {
            self = .stalled
        } else if holds(.reconciling) || conditions.contains(where: \.isQuotaWait)
            || summary.lastRollout?.result == .running
        {
            self = .progressing
        } else {
            self = summary.status.ready ? .ready : .notReady
        }
    }
}

/// The overview page's filter, from `?q=` and `?condition=`.
struct OverviewFilter: Sendable {
    let query: String
    /// A ``OverviewCondition`` raw value, `drifted`, `pinned`, or empty for all.
    let condition: String

    func admits(_ summary: DeploymentSummary, shownAs shown: OverviewCondition) -> Bool {
        if !query.isEmpty, !summary.status.name.localizedCaseInsensitiveContains(query) { return false }
        switch condition {
        case "": return true
        case "drifted": return summary.isDrifted
        case "pinned": return summary.status.pinnedGeneration != nil
        default: return shown.rawValue == condition
        }
    }

    /// The choices of the condition filter: all, each ``OverviewCondition``, drifted, pinned.
    static let choices: [(key: String, label: String)] =
        [("", "All")] + OverviewCondition.allCases.map { ($0.rawValue, $0.label) } + [
            ("drifted", "Drifted"), ("pinned", "Pinned"),
        ]
}

/// A line of the overview's table.
struct OverviewRow: Sendable {
    struct LastRun: Sendable {
        let id: Int64
        let result: String
        let tone: String
        let relative: String
        let absolute: String
        let iso: String
    }

    let name: String
    let condition: String
    let tone: String
    let message: String
    let generation: String
    let appCommit: String
    let appCommitURL: String?
    let configCommit: String
    let configCommitURL: String?
    let `where`: String
    let lastRun: LastRun?
    let pin: String
    let drifted: Bool
    let suspended: Bool

    init(_ summary: DeploymentSummary, shownAs shown: OverviewCondition, now: Date) {
        let status = summary.status
        name = status.name
        condition = shown.label
        tone = shown.tone
        message = status.message
        generation = status.generation.map(String.init) ?? "—"
        appCommit = status.appCommit.map { String($0.prefix(12)) } ?? "—"
        appCommitURL = summary.appCommitURL
        configCommit = status.configCommit.map { String($0.prefix(12)) } ?? "—"
        configCommitURL = summary.configCommitURL
        `where` = Self.location(summary)
        lastRun = summary.lastRollout.flatMap { rollout in
            rollout.id.map { id in
                let time = TimeView(rollout.finishedAt ?? rollout.startedAt, now: now)
                return LastRun(
                    id: id, result: rollout.result.rawValue, tone: Reconciler.tone(of: rollout.result),
                    relative: time.relative, absolute: time.absolute, iso: time.iso)
            }
        }
        pin = status.pinnedGeneration.map { "generation \($0)" } ?? ""
        drifted = summary.isDrifted
        suspended = summary.suspension != nil || summary.suspendedInManifest
    }

    /// `web.example.com/ → :20001`, `:20001`, or `—`.
    static func location(_ summary: DeploymentSummary) -> String {
        let port = summary.status.port.map { "127.0.0.1:\($0)" }
        switch (summary.route, port) {
        case (let route?, let port?): return "\(route) → \(port)"
        case (let route?, nil): return route
        case (nil, let port?): return port
        case (nil, nil): return "—"
        }
    }
}

/// A count at the top of the overview, which filters by its key.
struct OverviewCount: Sendable {
    let key: String
    let label: String
    let count: Int
    let tone: String
}

// The overview renders hundreds of rows: each answers the template's lookups itself, since Mirror-based lookup costs
// most of the page's render time (`berth bench dashboard`).
extension OverviewRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "condition": condition
        case "tone": tone
        case "message": message
        case "generation": generation
        case "appCommit": appCommit
        case "appCommitURL": appCommitURL as Any?
        case "configCommit": configCommit
        case "configCommitURL": configCommitURL as Any?
        case "where": `where`
        case "lastRun": lastRun as Any?
        case "pin": pin
        case "drifted": drifted
        case "suspended": suspended
        default: nil
        }
    }
}

extension OverviewRow.LastRun: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "result": result
        case "tone": tone
        case "relative": relative
        case "absolute": absolute
        case "iso": iso
        default: nil
        }
    }
}
