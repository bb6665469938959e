package import Foundation

/// An image in a ``FakeContainerWorld``, and how containers made from it behave.
package struct FakeImage: Sendable, Hashable {
    /// What a container of the image does once started.
    package enum Behaviour: Sendable, Hashable {
        /// Keeps running and answers every health probe.
        case serves
        /// Keeps running but fails every probe (and Docker's healthcheck says unhealthy).
        case neverHealthy
        /// Exits with this code as soon as it starts.
        case exits(code: Int)
    }

    package let id: String
    package var tags: [String]
    /// `repository@sha256:...` for each pull that brought it.
    package var repoDigests: [String]
    package let labels: [String: String]
    package let created: Date
    package var behaviour: Behaviour
    /// `Config.Env`: what containers of the image get unless their spec says otherwise.
    package var environment: [String: String] = [:]

    package init(
        id: String, tags: [String], repoDigests: [String] = [], labels: [String: String] = [:],
        created: Date = Date(), behaviour: Behaviour = .serves
    ) {
        self.id = id
        self.tags = tags
        self.repoDigests = repoDigests
        self.labels = labels
        self.created = created
        self.behaviour = behaviour
    }
}
