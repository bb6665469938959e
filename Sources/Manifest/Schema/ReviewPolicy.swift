/// A review policy (DESIGN §8), ordered from weakest to strongest.
package enum ReviewPolicy: String, Sendable, Hashable, CaseIterable, Comparable {
    case off
    case warn
    case blockCritical = "block-critical"
    case blockHigh = "block-high"

    /// Strength: `off` < `warn` < `block-critical` < `block-high`.
    var strength: Int {
        switch self {
        case .off: 0
        case .warn: 1
        case .blockCritical: 2
        case .blockHigh: 3
        }
    }

    package static func < (lhs: ReviewPolicy, rhs: ReviewPolicy) -> Bool { lhs.strength < rhs.strength }
}
