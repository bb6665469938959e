import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `transform` applied to every element, on all cores (one element per task), in the array's order. For CPU-bound
    /// work over independent inputs (manifest files, the files of a diff); it blocks the calling thread until done.
    package func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let results = Mutex([Result?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let result = transform(self[index])
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0.map { $0! } }
    }
}
