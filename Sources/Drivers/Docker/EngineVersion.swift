/// What the engine says about itself, and the API version the client settled on.
public struct EngineVersion: Sendable, Hashable {
    /// The engine's release, e.g. `20.10.24`.
    public let version: String
    /// The newest API the engine speaks, e.g. `1.41`.
    public let apiVersion: String
    public let minimumAPIVersion: String
    public let os: String
    public let architecture: String

    public init(version: String, apiVersion: String, minimumAPIVersion: String, os: String, architecture: String) {
        self.version = version
        self.apiVersion = apiVersion
        self.minimumAPIVersion = minimumAPIVersion
        self.os = os
        self.architecture = architecture
    }
}
