public import Foundation

/// An image the engine holds: from the image list or from inspecting one image.
public struct ImageInfo: Sendable, Hashable {
    /// `sha256:...`
    public let id: String
    public let tags: [String]
    public let labels: [String: String]
    public let sizeBytes: Int
    public let created: Date?

    public init(id: String, tags: [String], labels: [String: String], sizeBytes: Int, created: Date?) {
        self.id = id
        self.tags = tags
        self.labels = labels
        self.sizeBytes = sizeBytes
        self.created = created
    }
}
