package import Foundation

/// Which part of a container's log to read.
package struct LogOptions: Sendable, Hashable {
    /// Only the last `tail` lines; `nil` for all.
    package var tail: Int?
    /// Only lines written at or after this time.
    package var since: Date?
    package var stdout = true
    package var stderr = true
    /// Keep the stream open and deliver new lines as they are written.
    package var follow = false
    /// Ask the engine for the time it received each line (``LogLine/time``).
    package var timestamps = false

    package init(tail: Int? = nil, since: Date? = nil, follow: Bool = false, timestamps: Bool = false) {
        self.tail = tail
        self.since = since
        self.follow = follow
        self.timestamps = timestamps
    }

    /// `date` as the Engine API's `since` takes it: seconds and nanoseconds (`1733140000.250000000`), the form the
    /// docker CLI sends, so `--since 1s` reads one second of output and not up to two.
    package static func engineTimestamp(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        let nanoseconds = min(Int(((date.timeIntervalSince1970 - seconds) * 1e9).rounded()), 999_999_999)
        let fraction = String(nanoseconds)
        return "\(Int64(seconds))." + String(repeating: "0", count: 9 - fraction.count) + fraction
    }
}
