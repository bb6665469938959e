/// A deployment held at one generation (DESIGN §14): by `berth rollback`, or by a watch after cutover that rolled
/// back. It holds while the desired spec hash equals ``specHash``; a change to the manifest or the build inputs, or
/// `berth rollback --unpin`, lifts it.
package struct Pin: Sendable, Hashable {
    package let generation: Int
    /// The desired spec hash when it was pinned.
    package let specHash: String
    /// Why: `berth rollback`, or the watch that failed and what it saw.
    package let reason: String

    package init(generation: Int, specHash: String, reason: String) {
        self.generation = generation
        self.specHash = specHash
        self.reason = reason
    }
}
