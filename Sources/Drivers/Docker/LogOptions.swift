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
}
