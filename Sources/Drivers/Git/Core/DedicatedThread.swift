import Foundation

/// Runs blocking libgit2 work on a thread of its own, never on the Swift cooperative pool.
enum DedicatedThread {
    /// Starts a thread named `name`, runs `body` on it and resumes the caller with its result. Cancelling the
    /// calling task sets the flag `body` receives; libgit2 transfers poll it and stop.
    static func run<Result: Sendable>(
        name: String, _ body: @escaping @Sendable (CancellationFlag) throws -> Result
    ) async throws -> Result {
        let flag = CancellationFlag()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let thread = Thread {
                    continuation.resume(with: Swift.Result { try body(flag) })
                }
                thread.name = name
                thread.stackSize = 1 << 20
                thread.start()
            }
        } onCancel: {
            flag.cancel()
        }
    }
}
