/// A finished build: the image id and the end of its log.
public struct BuildResult: Sendable, Hashable {
    /// `sha256:...`
    public let imageID: String
    /// The last lines the build printed (at most 50).
    public let logTail: [String]

    public init(imageID: String, logTail: [String]) {
        self.imageID = imageID
        self.logTail = logTail
    }
}
