/// One line a container wrote, and which stream it went to.
package struct LogLine: Sendable, Hashable {
    package enum Stream: Sendable, Hashable {
        case stdout
        case stderr
    }

    package let stream: Stream
    /// The line without its newline.
    package let text: String

    package init(stream: Stream, text: String) {
        self.stream = stream
        self.text = text
    }
}
