import Foundation

/// Runs blocking libgit2 work on a thread of its own, never on the Swift cooperative pool.
enum DedicatedThread {
    /// Starts a thread named `name`, runs `body` on it and resumes the caller with its result.
    static func run<Result: Sendable>(
        name: String, _ body: @escaping @Sendable () throws -> Result
    ) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Swift.Result { try body() })
            }
            thread.name = name
            thread.stackSize = 1 << 20
            thread.start()
        }
    }
}
