/// A response body read through a ``StreamDecoder``: chunks in, values out, one chunk at a time.
struct DecodedBody<Decoder: StreamDecoder>: AsyncSequence, Sendable {
    typealias Element = Decoder.Element

    struct AsyncIterator: AsyncIteratorProtocol {
        private var chunks: HTTPResponseBody.AsyncIterator
        private var decoder: Decoder
        private let mapError: @Sendable (any Error) -> any Error
        private var pending: [Element] = []
        private var index = 0
        private var ended = false

        fileprivate init(
            _ chunks: HTTPResponseBody.AsyncIterator, _ decoder: Decoder,
            _ mapError: @escaping @Sendable (any Error) -> any Error
        ) {
            self.chunks = chunks
            self.decoder = decoder
            self.mapError = mapError
        }

        mutating func next() async throws -> Element? {
            while true {
                if index < pending.count {
                    index += 1
                    return pending[index - 1]
                }
                if ended { return nil }
                pending = []
                index = 0
                do {
                    if let chunk = try await chunks.next() {
                        pending = try decoder.feed(chunk)
                    } else {
                        ended = true
                        pending = try decoder.finish()
                    }
                } catch is CancellationError {
                    throw CancellationError()
                } catch {
                    throw mapError(error)
                }
            }
        }
    }

    private let body: HTTPResponseBody
    private let decoder: Decoder
    private let mapError: @Sendable (any Error) -> any Error

    /// - Parameter mapError: turns transport and decoding errors into the caller's error type.
    init(_ body: HTTPResponseBody, decoder: Decoder, mapError: @escaping @Sendable (any Error) -> any Error) {
        self.body = body
        self.decoder = decoder
        self.mapError = mapError
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(body.makeAsyncIterator(), decoder, mapError)
    }
}
