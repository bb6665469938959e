/// A finished build: the image id and the end of its log.
package struct BuildResult: Sendable, Hashable {
    /// `sha256:...`
    package let imageID: String
    /// The last lines the build printed (at most 50).
    package let logTail: [String]

    package init(imageID: String, logTail: [String]) {
        self.imageID = imageID
        self.logTail = logTail
    }
}
