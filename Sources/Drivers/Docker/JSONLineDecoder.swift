import Foundation

/// Decodes a stream of JSON messages, one per line, into `Message` values.
struct JSONLineDecoder<Message: Decodable & Sendable>: StreamDecoder {
    private var lines = LineSplitter()

    mutating func feed(_ bytes: [UInt8]) throws -> [Message] {
        try lines.feed(bytes).map(Self.decode)
    }

    mutating func finish() throws -> [Message] {
        try lines.finish().map(Self.decode)
    }

    private static func decode(_ line: [UInt8]) throws -> Message {
        try JSONDecoder().decode(Message.self, from: Data(line))
    }
}
