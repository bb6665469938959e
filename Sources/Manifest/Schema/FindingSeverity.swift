/// How bad a review finding is, from `info` to `critical`; ordered so `high < critical`. A ``ReviewPolicy`` blocks
/// from its ``ReviewPolicy/threshold`` up; `review.severity` in the controller config moves a rule's findings.
package enum FindingSeverity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case info, low, medium, high, critical

    package static func < (lhs: FindingSeverity, rhs: FindingSeverity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
