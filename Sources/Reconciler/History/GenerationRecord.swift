/// What history keeps of one generation beside its rollout row: the manifest it was rolled out from (written
/// when the rollout begins) and the container berth created for it (written when the rollout ends; nil when it
/// never got that far).
package struct GenerationRecord: Sendable, Hashable {
    package var deployment: String
    package var generation: Int
    package var rolloutID: Int64
    /// The deployment as a canonical manifest document (``CanonicalManifest``), secrets sealed.
    package var manifest: CanonicalValue
    /// The create request, secrets sealed.
    package var container: RecordedContainer?

    package init(
        deployment: String, generation: Int, rolloutID: Int64, manifest: CanonicalValue,
        container: RecordedContainer? = nil
    ) {
        self.deployment = deployment
        self.generation = generation
        self.rolloutID = rolloutID
        self.manifest = manifest
        self.container = container
    }
}
