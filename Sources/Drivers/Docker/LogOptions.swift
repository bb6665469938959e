public import Foundation

/// Which part of a container's log to read.
public struct LogOptions: Sendable, Hashable {
    /// Only the last `tail` lines; `nil` for all.
    public var tail: Int?
    /// Only lines written at or after this time.
    public var since: Date?
    public var stdout = true
    public var stderr = true
    /// Keep the stream open and deliver new lines as they are written.
    public var follow = false

    public init(tail: Int? = nil, since: Date? = nil, follow: Bool = false) {
        self.tail = tail
        self.since = since
        self.follow = follow
    }
}
