import Foundation

/// Durations for people: `0.4s` and `12.3s` for stages, `45s`, `3m12s`, `2h`, `2h5m`, `3d4h` for uptimes.
enum DurationText {
    /// A stage's duration: tenths of a second under a minute (`0.4s`, `12.3s`), then as ``span(seconds:)``.
    static func stage(_ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        guard seconds >= 59.95 else { return String(format: "%.1fs", max(0, seconds)) }
        return span(seconds: Int(seconds.rounded()))
    }

    /// Whole seconds as the two largest units: `45s`, `3m12s`, `2h`, `2h5m`, `3d`, `3d4h`; `0s` below a second.
    static func span(seconds total: Int) -> String {
        let total = max(0, total)
        let (days, hours, minutes, seconds) = (total / 86_400, total / 3_600 % 24, total / 60 % 60, total % 60)
        func two(_ big: Int, _ bigUnit: String, _ small: Int, _ smallUnit: String) -> String {
            small == 0 ? "\(big)\(bigUnit)" : "\(big)\(bigUnit)\(small)\(smallUnit)"
        }
        if days > 0 { return two(days, "d", hours, "h") }
        if hours > 0 { return two(hours, "h", minutes, "m") }
        if minutes > 0 { return two(minutes, "m", seconds, "s") }
        return "\(seconds)s"
    }

    /// The time from `start` to `now` as ``span(seconds:)``.
    static func since(_ start: Date, now: Date = Date()) -> String {
        span(seconds: Int(now.timeIntervalSince(start)))
    }
}
