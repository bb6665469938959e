package import Foundation

/// An image the engine holds: from the image list or from inspecting one image.
package struct ImageInfo: Sendable, Hashable {
    /// `sha256:...`
    package let id: String
    package let tags: [String]
    /// `registry/name@sha256:...` for each registry the image was pulled from or pushed to (inspect only).
    package let repoDigests: [String]
    package let labels: [String: String]
    package let sizeBytes: Int
    package let created: Date?

    package init(
        id: String, tags: [String], repoDigests: [String] = [], labels: [String: String], sizeBytes: Int,
        created: Date?
    ) {
        self.id = id
        self.tags = tags
        self.repoDigests = repoDigests
        self.labels = labels
        self.sizeBytes = sizeBytes
        self.created = created
    }
}
