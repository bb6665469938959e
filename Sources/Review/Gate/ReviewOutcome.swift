/// What the review gate decided about one change.
package enum ReviewOutcome: Sendable, Hashable {
    /// Nothing found that the policy cares about.
    case passed(summary: String)
    /// Findings below the blocking threshold (or any, under `warn`), or a reviewer error while failing open: the
    /// change goes ahead and the findings are shown.
    case warned(summary: String, findings: [ReviewFinding])
    /// Findings at or above the threshold, or a reviewer error while failing closed: nothing that runs changes.
    /// The blocking findings come first.
    case blocked(summary: String, findings: [ReviewFinding])

    /// One line of at most 140 characters, fit for a commit status; a block names the top rule.
    package var summary: String {
        switch self {
        case .passed(let summary), .warned(let summary, _), .blocked(let summary, _): summary
        }
    }

    /// The findings left after waivers, most severe first.
    package var findings: [ReviewFinding] {
        switch self {
        case .passed: []
        case .warned(_, let findings), .blocked(_, let findings): findings
        }
    }

    package var isBlocked: Bool {
        if case .blocked = self { return true }
        return false
    }
}

/// One reviewer's contribution to a decision: its report, or why it gave none.
package enum ReviewerResult: Sendable, Hashable {
    case report(ReviewReport)
    case failed(reviewer: String, reason: String)

    /// The reviewer's name.
    package var reviewer: String {
        switch self {
        case .report(let report): report.reviewer
        case .failed(let reviewer, _): reviewer
        }
    }
}
