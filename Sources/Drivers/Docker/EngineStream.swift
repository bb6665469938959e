/// A stream of values from the engine (events, log lines), read once, pulled as the caller iterates.
///
/// Breaking out of the loop, or cancelling the task, closes the underlying connection. Test doubles make one
/// from any async sequence, e.g. an `AsyncThrowingStream`.
package struct EngineStream<Element: Sendable>: AsyncSequence, Sendable {
    package struct AsyncIterator: AsyncIteratorProtocol {
        private let advance: () async throws -> Element?

        fileprivate init(_ advance: @escaping () async throws -> Element?) {
            self.advance = advance
        }

        package mutating func next() async throws -> Element? {
            try await advance()
        }
    }

    private let makeIterator: @Sendable () -> AsyncIterator

    /// Wraps `base`; each iteration of the stream iterates `base` afresh.
    package init<Base: AsyncSequence & Sendable>(_ base: Base) where Base.Element == Element {
        makeIterator = {
            let box = IteratorBox(base.makeAsyncIterator())
            return AsyncIterator { try await box.next() }
        }
    }

    package func makeAsyncIterator() -> AsyncIterator {
        makeIterator()
    }
}

/// Holds a base iterator so a closure can advance it.
private final class IteratorBox<Base: AsyncIteratorProtocol> {
    private var base: Base

    init(_ base: Base) {
        self.base = base
    }

    func next() async throws -> Base.Element? {
        try await base.next()
    }
}
