package import Foundation

/// A drift scan of one controller's host.
///
/// ```swift
/// let report = try await DriftScanner(engine: engine, history: history, stateDir: dir).scan(declared: declared)
/// print(report.markdown())
/// ```
package struct DriftReport: Sendable, Hashable, Codable {
    /// The machine's host name (ProcessInfo hostName, lower-cased, DNS-label safe).
    package var host: String
    package var scannedAt: Date
    package var configCommit: String?
    package var findings: [DriftFinding]
    package var isClean: Bool { findings.isEmpty }

    package init(host: String, scannedAt: Date, configCommit: String?, findings: [DriftFinding]) {
        self.host = host
        self.scannedAt = scannedAt
        self.configCommit = configCommit
        self.findings = findings
    }

    /// This machine's host name as a DNS label: lower-cased, every character outside `a-z0-9-` as `-`, at most 63.
    package static var localHost: String { hostLabel(ProcessInfo.processInfo.hostName) }

    /// `name` as a DNS label (`Build.Box_1` → `build-box-1`); `host` when nothing is left.
    package static func hostLabel(_ name: String) -> String {
        let mapped = String(
            name.lowercased().unicodeScalars.map { scalar -> Character in
                switch scalar {
                case "a"..."z", "0"..."9": Character(scalar)
                default: "-"
                }
            })
        var label = mapped.split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
        label = String(label.prefix(63))
        while label.hasSuffix("-") { label.removeLast() }
        return label.isEmpty ? "host" : label
    }

    /// The report as Markdown, what a person pastes into a ticket (and what the drift pull request commits as
    /// drift/<host>.md).
    package func markdown() -> String {
        var lines = ["# Drift on \(host)", ""]
        let commit = configCommit.map { " against config commit `\(String($0.prefix(12)))`" } ?? ""
        lines.append("Scanned \(Self.timeText(scannedAt))\(commit).")
        lines.append("")
        guard !isClean else {
            lines.append("No drift: every container matches what berth created, and nothing else on the host looks like berth's.")
            return lines.joined(separator: "\n") + "\n"
        }
        let word = findings.count == 1 ? "finding" : "findings"
        lines.append("\(findings.count) \(word). *Adoptable*: a manifest edit can take the live value as desired.")
        lines.append("")
        lines.append("| deployment | container | field | desired | live | first seen | adoptable |")
        lines.append("| --- | --- | --- | --- | --- | --- | --- |")
        for finding in findings {
            var live = Self.cell(finding.live)
            if let healed = finding.healed { live += " (\(Self.escape(healed)))" }
            lines.append(
                "| \(finding.deployment.map(Self.escape) ?? "(host)") | \(finding.container.map { "`\(Self.escape($0))`" } ?? "") "
                    + "| `\(Self.escape(finding.field))` | \(Self.cell(finding.desired)) | \(live) "
                    + "| \(Self.timeText(finding.firstSeen)) | \(finding.adoptable ? "yes" : "no") |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func cell(_ value: String?) -> String {
        guard let value else { return "*(absent)*" }
        if value.hasPrefix("(") && value.hasSuffix(")") { return "*\(escape(value))*" }
        return "`\(escape(value))`"
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "`", with: "'")
    }

    /// `2025-06-01 12:00:00Z`.
    static func timeText(_ date: Date) -> String {
        String(HistoryDate.text(date).prefix(19)) + "Z"
    }
}
