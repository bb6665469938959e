extension Plan.Action {
    /// The action's name in plans, JSON and statuses: `create`, `update`, `in-sync`, `drifted`, …
    package var name: String {
        switch self {
        case .create: "create"
        case .update: "update"
        case .inSync: "in-sync"
        case .drifted: "drifted"
        case .prune: "prune"
        case .invalid: "invalid"
        case .unresolved: "unresolved"
        case .suspended: "suspended"
        case .pinned: "pinned"
        }
    }
}

extension Plan {
    /// `2 to create, 1 to update, 1 invalid`: counts of what would change, for `berth plan` and the `berth/plan`
    /// status of a pull request; `nothing to change` when all is in sync.
    package var summary: String {
        let wording: [(action: String, words: String)] = [
            ("create", "to create"), ("update", "to update"), ("drifted", "drifted"), ("prune", "to prune"),
            ("invalid", "invalid"), ("unresolved", "unresolved"), ("pinned", "pinned"), ("suspended", "suspended"),
            ("in-sync", "in sync"),
        ]
        let parts = wording.compactMap { action, words -> String? in
            let count = entries.filter { $0.action.name == action }.count
            return count == 0 ? nil : "\(count) \(words)"
        }
        return parts.isEmpty ? "nothing declared" : parts.joined(separator: ", ")
    }
}
