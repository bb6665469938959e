/// What the engine says about itself, and the API version the client settled on.
package struct EngineVersion: Sendable, Hashable {
    /// The engine's release, e.g. `20.10.24`.
    package let version: String
    /// The newest API the engine speaks, e.g. `1.41`.
    package let apiVersion: String
    package let minimumAPIVersion: String
    package let os: String
    package let architecture: String

    package init(version: String, apiVersion: String, minimumAPIVersion: String, os: String, architecture: String) {
        self.version = version
        self.apiVersion = apiVersion
        self.minimumAPIVersion = minimumAPIVersion
        self.os = os
        self.architecture = architecture
    }
}
