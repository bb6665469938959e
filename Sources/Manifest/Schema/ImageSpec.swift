/// `spec.image` with `spec.pull`: a prebuilt image.
package struct ImageSpec: Sendable, Hashable {
    /// The image reference, e.g. `registry.example.com/redis:7.2`.
    package let reference: String
    /// Default: `ifNotPresent`.
    package let pull: PullPolicy
}
