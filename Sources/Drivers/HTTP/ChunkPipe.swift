import Foundation

/// A bounded hand-off of byte chunks between a blocking libcurl thread and async Swift code, in either direction.
///
/// The producer is held back once ``capacity`` chunks wait (a blocked thread, or a suspended task), so memory
/// stays bounded whatever the speeds of the two sides. ``cancel()`` wakes both sides; they then see
/// `CancellationError`.
final class ChunkPipe: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    // Guarded by `condition`.
    private var chunks: [[UInt8]] = []
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false
    private var waitingConsumer: CheckedContinuation<[UInt8]?, any Error>?
    private var waitingProducer: CheckedContinuation<Void, any Error>?

    init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    // MARK: Producer

    /// What became of a chunk handed over by ``pushBlocking(_:until:)``.
    enum PushOutcome {
        case accepted
        case cancelled
        /// The consumer did not make room before the deadline.
        case deadlinePassed
    }

    /// The producer sent nothing (or the consumer took nothing) before the deadline.
    struct DeadlinePassed: Error {}

    /// Hands over a chunk from a thread, blocking while the pipe is full (but not past `deadline`).
    func pushBlocking(_ chunk: [UInt8], until deadline: Date?) -> PushOutcome {
        condition.lock()
        guard !cancelled else {
            condition.unlock()
            return .cancelled
        }
        if let consumer = waitingConsumer {
            waitingConsumer = nil
            condition.unlock()
            consumer.resume(returning: chunk)
            return .accepted
        }
        chunks.append(chunk)
        condition.broadcast()
        var inTime = true
        while chunks.count >= capacity && !cancelled && inTime {
            inTime = waitLocked(until: deadline)
        }
        let outcome: PushOutcome = cancelled ? .cancelled : (inTime ? .accepted : .deadlinePassed)
        condition.unlock()
        return outcome
    }

    /// Hands over a chunk from a task, suspending while the pipe is full.
    /// - Throws: `CancellationError` once the pipe is cancelled.
    func push(_ chunk: [UInt8]) async throws {
        try await withCheckedThrowingContinuation { (producer: CheckedContinuation<Void, any Error>) in
            condition.lock()
            guard !cancelled else {
                condition.unlock()
                producer.resume(throwing: CancellationError())
                return
            }
            if let consumer = waitingConsumer {
                waitingConsumer = nil
                condition.unlock()
                consumer.resume(returning: chunk)
                producer.resume()
                return
            }
            chunks.append(chunk)
            condition.broadcast()
            if chunks.count < capacity {
                condition.unlock()
                producer.resume()
            } else {
                waitingProducer = producer
                condition.unlock()
            }
        }
    }

    /// Ends the stream: the consumer gets the chunks still queued, then the end (or `error`).
    func finish(throwing error: (any Error)? = nil) {
        condition.lock()
        guard !finished && !cancelled else {
            condition.unlock()
            return
        }
        finished = true
        failure = error
        let consumer = chunks.isEmpty ? waitingConsumer : nil
        if consumer != nil { waitingConsumer = nil }
        condition.broadcast()
        condition.unlock()
        if let error {
            consumer?.resume(throwing: error)
        } else {
            consumer?.resume(returning: nil)
        }
    }

    // MARK: Consumer

    /// The next chunk for a thread, blocking until one arrives (but not past `deadline`: then
    /// ``DeadlinePassed``); `nil` at the end.
    func pullBlocking(until deadline: Date?) -> Result<[UInt8]?, any Error> {
        condition.lock()
        var inTime = true
        while chunks.isEmpty && !finished && !cancelled && inTime {
            inTime = waitLocked(until: deadline)
        }
        let result = inTime || !chunks.isEmpty || finished || cancelled ? takeLocked() : .failure(DeadlinePassed())
        let producer = waitingProducer
        if producer != nil { waitingProducer = nil }
        condition.broadcast()
        condition.unlock()
        producer?.resume()
        return result
    }

    /// The next chunk for a task, suspending until one arrives; `nil` at the end.
    /// - Throws: the producer's error, or `CancellationError` once cancelled.
    func pull() async throws -> [UInt8]? {
        try await withCheckedThrowingContinuation { (consumer: CheckedContinuation<[UInt8]?, any Error>) in
            condition.lock()
            guard chunks.isEmpty && !finished && !cancelled else {
                let result = takeLocked()
                let producer = waitingProducer
                if producer != nil { waitingProducer = nil }
                condition.broadcast()
                condition.unlock()
                producer?.resume()
                consumer.resume(with: result)
                return
            }
            waitingConsumer = consumer
            condition.unlock()
        }
    }

    /// Stops both sides: waiting and later calls see `CancellationError` (producers: `false`).
    func cancel() {
        condition.lock()
        guard !cancelled else {
            condition.unlock()
            return
        }
        cancelled = true
        chunks.removeAll()
        let consumer = waitingConsumer
        let producer = waitingProducer
        waitingConsumer = nil
        waitingProducer = nil
        condition.broadcast()
        condition.unlock()
        consumer?.resume(throwing: CancellationError())
        producer?.resume(throwing: CancellationError())
    }

    /// Waits for a signal with the lock held; `false` once `deadline` has passed.
    private func waitLocked(until deadline: Date?) -> Bool {
        guard let deadline else {
            condition.wait()
            return true
        }
        return condition.wait(until: deadline)
    }

    /// Called with the lock held and something to report.
    private func takeLocked() -> Result<[UInt8]?, any Error> {
        if cancelled { return .failure(CancellationError()) }
        if !chunks.isEmpty { return .success(chunks.removeFirst()) }
        if let failure { return .failure(failure) }
        return .success(nil)
    }
}
