/// A response body arriving in chunks, read once. Dropping it before the end cancels the transfer.
package struct HTTPResponseBody: AsyncSequence, Sendable {
    package typealias Element = [UInt8]

    /// Cancels the transfer when the last copy of the body goes away.
    fileprivate final class Reader: Sendable {
        let transfer: CurlTransfer
        init(_ transfer: CurlTransfer) { self.transfer = transfer }
        deinit { transfer.cancel() }
    }

    /// The body's size went past the limit the caller set.
    package struct TooLarge: Error, CustomStringConvertible {
        package let limit: Int
        package var description: String { "response body larger than \(limit) bytes" }
    }

    package struct AsyncIterator: AsyncIteratorProtocol {
        fileprivate let reader: Reader

        package mutating func next() async throws -> [UInt8]? {
            try await reader.transfer.nextBodyChunk()
        }
    }

    private let reader: Reader

    init(_ transfer: CurlTransfer) {
        reader = Reader(transfer)
    }

    package func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(reader: reader)
    }

    /// Reads the whole body into memory.
    /// - Throws: ``TooLarge`` past `limit` bytes, or the transfer's error.
    package func collect(upTo limit: Int) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        for try await chunk in self {
            guard bytes.count + chunk.count <= limit else { throw TooLarge(limit: limit) }
            bytes.append(contentsOf: chunk)
        }
        return bytes
    }
}
