package import Foundation
package import Manifest

/// What a notification tells: one deployment's rollout ended, or a drift scan found it changed by hand.
///
/// Its JSON form is the body of a `webhook` target (keys sorted, `time` in ISO 8601, absent values left out):
/// ```json
/// {"appCommit": "9f2c…", "configCommit": "4b1a…", "deployment": "web", "event": "failure", "generation": 12,
///  "reason": "failed at health: /healthz answered 503", "result": "failed",
///  "runURL": "http://127.0.0.1:8088/runs/41", "time": "2026-12-05T11:02:03Z"}
/// ```
package struct DeploymentEvent: Sendable, Hashable, Codable {
    /// Which `on:` filter it passes.
    package var event: NotifyTarget.Event
    package var deployment: String
    /// The generation the rollout made; nil for drift.
    package var generation: Int?
    /// The rollout's result (`succeeded`, `failed`, `rolled-back`, …), or `drifted`.
    package var result: String
    /// Why, in words: the failing stage and its error, or the fields that drifted.
    package var reason: String
    package var configCommit: String
    /// The app commit the rollout deployed; nil for drift.
    package var appCommit: String?
    /// The run's page; nil for drift.
    package var runURL: String?
    /// When it happened.
    package var time: Date

    package init(
        event: NotifyTarget.Event, deployment: String, generation: Int?, result: String, reason: String,
        configCommit: String, appCommit: String?, runURL: String?, time: Date
    ) {
        self.event = event
        self.deployment = deployment
        self.generation = generation
        self.result = result
        self.reason = reason
        self.configCommit = configCommit
        self.appCommit = appCommit
        self.runURL = runURL
        self.time = time
    }

    /// The webhook body: the event as JSON, keys sorted.
    package var json: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Encoding a struct of strings, numbers and a date cannot fail.
        return Array((try? encoder.encode(self)) ?? Data())
    }

    /// One line for people: `berth: web failure — generation 12 failed: failed at health: … (config 4b1a2c3d4e5f,
    /// app 9f2c…) http://…/runs/41`. Line breaks in the reason are folded into spaces.
    package var summary: String {
        var line = "berth: \(deployment) \(event.rawValue)"
        if let generation { line += " — generation \(generation) \(result)" } else { line += " — \(result)" }
        line += ": " + reason.split(whereSeparator: \.isNewline).joined(separator: " ")
        var commits = ["config \(configCommit.prefix(12))"]
        if let appCommit { commits.append("app \(appCommit.prefix(12))") }
        line += " (\(commits.joined(separator: ", ")))"
        if let runURL { line += " \(runURL)" }
        return line
    }
}
