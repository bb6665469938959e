/// How to build an image from a tar context.
package struct BuildOptions: Sendable, Hashable {
    /// Tags for the result, e.g. `berth/web:0123456789ab`.
    package var tags: [String]
    package var labels: [String: String] = [:]
    package var buildArgs: [String: String] = [:]
    /// Multi-stage target; `nil` for the last stage.
    package var target: String?
    /// Path of the Dockerfile inside the context.
    package var dockerfile = "Dockerfile"
    package var noCache = false
    /// Limit for the whole build; `nil` for none.
    package var timeout: Duration?

    package init(tags: [String]) {
        self.tags = tags
    }
}
