/// A task's state, wanted (`DesiredState`) or actual (`Status.State`), in Swarm's order: `new` … `running`, then
/// `complete`, `shutdown`, `failed`, `rejected`, `remove`, `orphaned`.
package struct SwarmTaskState: EngineKeyword {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }

    package static let new = Self(rawValue: "new")
    package static let allocated = Self(rawValue: "allocated")
    package static let pending = Self(rawValue: "pending")
    package static let assigned = Self(rawValue: "assigned")
    package static let accepted = Self(rawValue: "accepted")
    package static let preparing = Self(rawValue: "preparing")
    package static let ready = Self(rawValue: "ready")
    package static let starting = Self(rawValue: "starting")
    package static let running = Self(rawValue: "running")
    package static let complete = Self(rawValue: "complete")
    package static let shutdown = Self(rawValue: "shutdown")
    package static let failed = Self(rawValue: "failed")
    package static let rejected = Self(rawValue: "rejected")
    package static let remove = Self(rawValue: "remove")
    package static let orphaned = Self(rawValue: "orphaned")

    /// Whether the task is done for good (it will not run again; Swarm starts a new task instead).
    package var isTerminal: Bool {
        [.complete, .shutdown, .failed, .rejected, .remove, .orphaned].contains(self)
    }
}
