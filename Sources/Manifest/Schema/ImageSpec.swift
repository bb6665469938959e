/// `spec.image` with `spec.pull`: a prebuilt image.
public struct ImageSpec: Sendable, Hashable {
    /// The image reference, e.g. `registry.example.com/redis:7.2`.
    public let reference: String
    /// Default: `ifNotPresent`.
    public let pull: PullPolicy
}
