import Synchronization

/// Set when the task waiting for a libgit2 call is cancelled; transfer callbacks poll it and abort.
final class CancellationFlag: Sendable {
    private let cancelled = Atomic<Bool>(false)

    func cancel() {
        cancelled.store(true, ordering: .relaxed)
    }

    var isCancelled: Bool {
        cancelled.load(ordering: .relaxed)
    }
}
