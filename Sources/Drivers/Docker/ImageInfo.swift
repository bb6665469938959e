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
    /// `KEY=value` defaults the image sets (`Config.Env`; inspect only).
    package let environment: [String]
    /// `Config.Cmd`, `Config.Entrypoint`, `Config.User`: what a container of the image runs as unless told
    /// otherwise (inspect only).
    package let command: [String]
    package let entrypoint: [String]
    package let user: String

    package init(
        id: String, tags: [String], repoDigests: [String] = [], labels: [String: String], sizeBytes: Int,
        created: Date?, environment: [String] = [], command: [String] = [], entrypoint: [String] = [],
        user: String = ""
    ) {
        self.environment = environment
        self.command = command
        self.entrypoint = entrypoint
        self.user = user
        self.id = id
        self.tags = tags
        self.repoDigests = repoDigests
        self.labels = labels
        self.sizeBytes = sizeBytes
        self.created = created
    }
}
