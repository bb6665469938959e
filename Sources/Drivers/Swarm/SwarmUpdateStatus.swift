package import Foundation

/// Where a service's latest update (or Swarm's rollback of it) stands (`UpdateStatus`).
package struct SwarmUpdateStatus: Sendable, Hashable {
    /// `updating`, `paused`, `completed`, `rollback_started`, `rollback_paused`, `rollback_completed`.
    package struct State: EngineKeyword {
        package let rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }

        package static let updating = Self(rawValue: "updating")
        /// Stopped after a failure (failure action `pause`); ``SwarmUpdateStatus/message`` names the task.
        package static let paused = Self(rawValue: "paused")
        package static let completed = Self(rawValue: "completed")
        package static let rollbackStarted = Self(rawValue: "rollback_started")
        package static let rollbackPaused = Self(rawValue: "rollback_paused")
        /// Swarm rolled back to the previous spec (failure action `rollback`); the service's spec is the old one.
        package static let rollbackCompleted = Self(rawValue: "rollback_completed")

        /// Whether Swarm has stopped working on the update: completed, paused, or rolled back (or stopped rolling
        /// back). Unknown states count as still in progress.
        package var isSettled: Bool {
            self == .completed || self == .paused || self == .rollbackCompleted || self == .rollbackPaused
        }
    }

    package let state: State
    /// Swarm's words: `update completed`, `update paused due to failure or early termination of task ...`.
    package let message: String
    package let startedAt: Date?
    package let completedAt: Date?

    package init(state: State, message: String = "", startedAt: Date? = nil, completedAt: Date? = nil) {
        self.state = state
        self.message = message
        self.startedAt = startedAt
        self.completedAt = completedAt
    }

    init(wire: DockerWire.Swarm.Service.UpdateStatus) {
        self.init(
            state: State(rawValue: wire.State ?? ""), message: wire.Message ?? "",
            startedAt: DockerWire.date(wire.StartedAt), completedAt: DockerWire.date(wire.CompletedAt))
    }
}
