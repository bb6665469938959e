/// How to build an image from a tar context.
public struct BuildOptions: Sendable, Hashable {
    /// Tags for the result, e.g. `berth/web:0123456789ab`.
    public var tags: [String]
    public var labels: [String: String] = [:]
    public var buildArgs: [String: String] = [:]
    /// Multi-stage target; `nil` for the last stage.
    public var target: String?
    /// Path of the Dockerfile inside the context.
    public var dockerfile = "Dockerfile"
    public var noCache = false
    /// Limit for the whole build; `nil` for none.
    public var timeout: Duration?

    public init(tags: [String]) {
        self.tags = tags
    }
}
