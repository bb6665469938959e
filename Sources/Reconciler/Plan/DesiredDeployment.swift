/// What the config repository asks for one deployment, reduced to what planning compares.
public struct DesiredDeployment: Sendable, Hashable {
    public var name: String
    /// The spec hash including build inputs (DESIGN §2): what "changed" means.
    public var specHash: String
    public var suspended: Bool
    /// The image the hash's build produced or the manifest names, when already known locally.
    public var expectedImageID: String?

    public init(name: String, specHash: String, suspended: Bool = false, expectedImageID: String? = nil) {
        self.name = name
        self.specHash = specHash
        self.suspended = suspended
        self.expectedImageID = expectedImageID
    }
}
