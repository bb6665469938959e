/// What the config repository asks for one deployment, reduced to what planning compares.
package struct DesiredDeployment: Sendable, Hashable {
    package var name: String
    /// The spec hash including build inputs (DESIGN §2): what "changed" means.
    package var specHash: String
    package var suspended: Bool
    /// The image the hash's build produced or the manifest names, when already known locally.
    package var expectedImageID: String?

    package init(name: String, specHash: String, suspended: Bool = false, expectedImageID: String? = nil) {
        self.name = name
        self.specHash = specHash
        self.suspended = suspended
        self.expectedImageID = expectedImageID
    }
}
