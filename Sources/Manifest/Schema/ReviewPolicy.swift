/// A review policy (DESIGN §8), ordered from weakest to strongest.
package enum ReviewPolicy: String, Sendable, Hashable, CaseIterable, Comparable {
    case off
    case warn
    case blockCritical = "block-critical"
    case blockHigh = "block-high"
    case blockMedium = "block-medium"

    /// Strength: `off` < `warn` < `block-critical` < `block-high` < `block-medium`.
    var strength: Int {
        switch self {
        case .off: 0
        case .warn: 1
        case .blockCritical: 2
        case .blockHigh: 3
        case .blockMedium: 4
        }
    }

    /// The lowest finding severity that blocks a rollout; nil when nothing does (`warn`, `off`).
    package var threshold: FindingSeverity? {
        switch self {
        case .blockMedium: .medium
        case .blockHigh: .high
        case .blockCritical: .critical
        case .warn, .off: nil
        }
    }

    /// Every policy by name, weakest first: `off, warn, block-critical, block-high or block-medium`.
    package static var names: String { Shown.choices(allCases.map(\.rawValue)) }

    package static func < (lhs: ReviewPolicy, rhs: ReviewPolicy) -> Bool { lhs.strength < rhs.strength }
}
