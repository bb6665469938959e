/// What a deployment runs: an image built from source, or a prebuilt image (exactly one per manifest).
package enum Artifact: Sendable, Hashable {
    case source(SourceSpec, build: BuildSpec, review: ReviewSpec)
    case image(ImageSpec)
}
