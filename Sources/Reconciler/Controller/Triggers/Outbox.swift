/// A service-owned channel: producers `send` without waiting; the owning service drains ``items`` in its own task,
/// so nothing needs an unstructured `Task {}` (commit statuses, pull-request plans).
package final class Outbox<Item: Sendable>: Sendable {
    /// What was sent, in order; ends after ``finish()``.
    package let items: AsyncStream<Item>
    private let continuation: AsyncStream<Item>.Continuation

    /// - Parameter capacity: items kept while the consumer is busy; beyond it the oldest are dropped.
    package init(capacity: Int) {
        (items, continuation) = AsyncStream<Item>.makeStream(bufferingPolicy: .bufferingNewest(capacity))
    }

    package func send(_ item: Item) {
        continuation.yield(item)
    }

    package func finish() {
        continuation.finish()
    }
}
