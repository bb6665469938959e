package import Foundation

/// One line a container wrote, and which stream it went to.
package struct LogLine: Sendable, Hashable {
    package enum Stream: Sendable, Hashable {
        case stdout
        case stderr
    }

    package let stream: Stream
    /// The line without its newline.
    package let text: String
    /// When the engine received the line; set only when the logs were read with ``LogOptions/timestamps``.
    package let time: Date?

    package init(stream: Stream, text: String, time: Date? = nil) {
        self.stream = stream
        self.text = text
        self.time = time
    }
}
