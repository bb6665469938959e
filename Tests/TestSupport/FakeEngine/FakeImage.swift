public import Foundation

/// An image in a ``FakeContainerWorld``, and how containers made from it behave.
public struct FakeImage: Sendable, Hashable {
    /// What a container of the image does once started.
    public enum Behaviour: Sendable, Hashable {
        /// Keeps running and answers every health probe.
        case serves
        /// Keeps running but fails every probe (and Docker's healthcheck says unhealthy).
        case neverHealthy
        /// Exits with this code as soon as it starts.
        case exits(code: Int)
    }

    public let id: String
    public var tags: [String]
    public let labels: [String: String]
    public let created: Date
    public var behaviour: Behaviour

    public init(
        id: String, tags: [String], labels: [String: String] = [:], created: Date = Date(),
        behaviour: Behaviour = .serves
    ) {
        self.id = id
        self.tags = tags
        self.labels = labels
        self.created = created
        self.behaviour = behaviour
    }
}
