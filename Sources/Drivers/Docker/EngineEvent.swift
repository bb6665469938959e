package import Foundation

/// Something that happened in the engine: a container started, stopped, died, was destroyed.
package struct EngineEvent: Sendable, Hashable {
    /// `container`, `image`, `volume`, `network`, ...
    package let type: String
    /// `create`, `start`, `stop`, `die`, `kill`, `destroy`, `oom`, `health_status: healthy`, ...
    package let action: String
    /// The id of what it happened to.
    package let actorID: String
    /// Labels and other attributes of the actor (`name`, `image`, `exitCode`, ...).
    package let attributes: [String: String]
    package let time: Date

    package init(type: String, action: String, actorID: String, attributes: [String: String], time: Date) {
        self.type = type
        self.action = action
        self.actorID = actorID
        self.attributes = attributes
        self.time = time
    }
}
