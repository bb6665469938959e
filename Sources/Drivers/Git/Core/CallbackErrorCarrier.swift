import Synchronization

/// Holds the first error thrown inside a libgit2 callback so it can be rethrown once the C call returns
/// (a Swift error cannot unwind through C frames).
final class CallbackErrorCarrier: Sendable {
    private let error = Mutex<(any Error)?>(nil)

    /// Records `newError` unless an earlier one is already waiting; callers then return a negative code to C.
    func carry(_ newError: any Error) {
        error.withLock { current in
            if current == nil { current = newError }
        }
    }

    /// The carried error, if any, clearing it.
    func take() -> (any Error)? {
        error.withLock { current in
            defer { current = nil }
            return current
        }
    }
}
