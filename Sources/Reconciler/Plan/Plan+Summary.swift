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
        case .overQuota: "over-quota"
        case .suspended: "suspended"
        case .pinned: "pinned"
        }
    }

    /// Whether `apply` would change something for it: create, update, heal drift or prune.
    var changes: Bool {
        switch self {
        case .create, .update, .drifted, .prune: true
        case .inSync, .invalid, .unresolved, .overQuota, .suspended, .pinned: false
        }
    }

    /// Whether its manifest is broken, its source or image could not be resolved, or its team's quota cannot hold
    /// it: a person must act.
    var isInvalid: Bool {
        switch self {
        case .invalid, .unresolved, .overQuota: true
        default: false
        }
    }
}

extension Plan {
    /// `2 to create, 1 to update, 1 invalid`: counts of what would change, for `berth plan` and the `berth/plan`
    /// status of a pull request; `nothing declared` when there is nothing at all.
    package var summary: String {
        let wording: [(action: String, words: String)] = [
            ("create", "to create"), ("update", "to update"), ("drifted", "drifted"), ("prune", "to prune"),
            ("invalid", "invalid"), ("unresolved", "unresolved"), ("over-quota", "over quota"), ("pinned", "pinned"),
            ("suspended", "suspended"),
            ("in-sync", "in sync"),
        ]
        let parts = wording.compactMap { action, words -> String? in
            let count = entries.filter { $0.action.name == action }.count
            return count == 0 ? nil : "\(count) \(words)"
        }
        return parts.isEmpty ? "nothing declared" : parts.joined(separator: ", ")
    }

    /// What `berth plan --detailed-exitcode` reports (DESIGN §14), and its exit code.
    package enum Outcome: Int32, Sendable {
        /// Everything is in sync (or pinned, or suspended): exit 0.
        case nothingToDo = 0
        /// Apply would create, update, heal, prune or remove a leftover candidate: exit 3.
        case changesPending = 3
        /// A manifest is invalid (or unreadable) or a source or image unresolved: exit 4, whatever else is pending.
        case invalid = 4
    }

    /// The plan's ``Outcome``; `unreadableDocuments` counts the documents without a readable name, which have no
    /// entry of their own.
    package func outcome(unreadableDocuments: Int = 0) -> Outcome {
        if unreadableDocuments > 0 || entries.contains(where: { $0.action.isInvalid }) { return .invalid }
        if !orphanCandidates.isEmpty || !staleRoutes.isEmpty || entries.contains(where: { $0.action.changes }) {
            return .changesPending
        }
        return .nothingToDo
    }
}

/// `1 container`, `2 containers`: a count with its noun in the right number.
package func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}

/// A plan entry's action and the generation it acts on: what a pass snapshot keeps of its plan, without containers.
struct PlannedAction: Sendable, Hashable {
    let action: Plan.Action
    let activeGeneration: Int?

    /// The action in words, for the dashboard and the plan of a pull request.
    var line: PlanLine {
        let generation = activeGeneration.map { "generation \($0)" } ?? "nothing"
        let detail: String
        switch action {
        case .create: detail = "new deployment: a first generation will roll out"
        case .update: detail = "the desired spec changed: a new generation will replace \(generation)"
        case .inSync: detail = "\(generation) runs the desired spec"
        case .drifted(let reasons): detail = reasons.map(\.description).joined(separator: "; ")
        case .prune(let ids): detail = "left the repository: \(counted(ids.count, "container")) to remove"
        case .invalid(let message), .unresolved(let message), .overQuota(let message): detail = message
        case .suspended: detail = "suspended (spec.suspend or the dashboard): left as it runs"
        case .pinned(let pinned, let reason): detail = "pinned to generation \(pinned) (\(reason))"
        }
        return PlanLine(action: action.name, detail: detail)
    }
}

extension Plan.Entry {
    /// This entry in words.
    package var line: PlanLine { PlannedAction(action: action, activeGeneration: active?.generation).line }
}
