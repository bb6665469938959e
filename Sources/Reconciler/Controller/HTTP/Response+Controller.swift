import Foundation
import Hummingbird

/// The bodies the controller's server answers with: plain text for hooks and probes, JSON for the API.
extension Response {
    /// `text` as `text/plain; charset=utf-8`.
    static func text(_ text: String, status: Int = 200) -> Response {
        bytes(Array(text.utf8), status: status, contentType: "text/plain; charset=utf-8")
    }

    /// `value` as JSON with sorted keys and ISO-8601 dates.
    static func json(_ value: some Encodable, status: Int = 200) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return bytes(Array(try encoder.encode(value)), status: status, contentType: "application/json")
    }

    /// `{"error": "..."}` with the error's status.
    static func json(_ error: APIError) -> Response {
        // A dictionary of strings always encodes.
        (try? json(["error": error.description], status: error.status)) ?? text(error.description, status: error.status)
    }

    /// `bytes` as the whole body, with its length.
    static func bytes(_ bytes: [UInt8], status: Int, contentType: String) -> Response {
        Response(
            status: .init(code: status),
            headers: [.contentType: contentType, .contentLength: String(bytes.count)],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes))
        )
    }
}
