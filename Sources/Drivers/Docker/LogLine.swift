/// One line a container wrote, and which stream it went to.
public struct LogLine: Sendable, Hashable {
    public enum Stream: Sendable, Hashable {
        case stdout
        case stderr
    }

    public let stream: Stream
    /// The line without its newline.
    public let text: String

    public init(stream: Stream, text: String) {
        self.stream = stream
        self.text = text
    }
}
