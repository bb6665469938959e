/// A word the engine uses as an enumeration value (`running`, `start-first`, `rollback_completed`).
///
/// Conforming types are structs holding the engine's spelling, with a static constant per value berth knows, so a
/// value a newer engine adds decodes without failing and is kept as spelled:
/// ```swift
/// switch task.state {
/// case .running: ...
/// case .failed, .rejected: ...
/// default: print("not yet: \(task.state)")
/// }
/// ```
package protocol EngineKeyword: RawRepresentable<String>, Sendable, Hashable, CustomStringConvertible {
    init(rawValue: String)
}

extension EngineKeyword {
    package var description: String { rawValue }
}
