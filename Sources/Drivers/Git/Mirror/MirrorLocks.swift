import Foundation
import Synchronization

/// One lock per mirror directory, process-wide, so a fetch, a note write and a mirror's creation never
/// run on the same mirror at once. Taken only on dedicated threads, never on the cooperative pool.
final class MirrorLocks: Sendable {
    static let shared = MirrorLocks()

    private let locks = Mutex<[String: NSLock]>([:])

    func withLock<Result>(for path: String, _ body: () throws -> Result) rethrows -> Result {
        let lock = locks.withLock { locks in
            if let existing = locks[path] { return existing }
            let created = NSLock()
            locks[path] = created
            return created
        }
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
