/// Turns a byte stream that arrives in arbitrary chunks into values (lines, JSON messages, log frames).
protocol StreamDecoder: Sendable {
    associatedtype Element: Sendable

    /// Values completed by this chunk.
    mutating func feed(_ bytes: [UInt8]) throws -> [Element]
    /// Values left when the stream ends (e.g. a last line without its newline).
    mutating func finish() throws -> [Element]
}
