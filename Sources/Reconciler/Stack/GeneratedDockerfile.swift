/// A Dockerfile berth wrote for a source deployment: its text (a build input) and why (the detection, in words).
package struct GeneratedDockerfile: Sendable, Hashable {
    /// The Dockerfile's text, sent in the build context in place of the committed one.
    package let text: String
    /// What was detected and why, e.g. `node (express, npm): package.json has a start script and ...`.
    package let detection: String

    package init(text: String, detection: String) {
        self.text = text
        self.detection = detection
    }
}
