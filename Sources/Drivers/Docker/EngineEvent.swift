public import Foundation

/// Something that happened in the engine: a container started, stopped, died, was destroyed.
public struct EngineEvent: Sendable, Hashable {
    /// `container`, `image`, `volume`, `network`, ...
    public let type: String
    /// `create`, `start`, `stop`, `die`, `kill`, `destroy`, `oom`, `health_status: healthy`, ...
    public let action: String
    /// The id of what it happened to.
    public let actorID: String
    /// Labels and other attributes of the actor (`name`, `image`, `exitCode`, ...).
    public let attributes: [String: String]
    public let time: Date

    public init(type: String, action: String, actorID: String, attributes: [String: String], time: Date) {
        self.type = type
        self.action = action
        self.actorID = actorID
        self.attributes = attributes
        self.time = time
    }
}
