/// Rotation of a container's `json-file` log: at most `maxFiles` files of `maxSize` each.
package struct LogRotation: Sendable, Hashable {
    /// A size in the engine's notation: `10m`, `512k`, `1g`.
    package var maxSize: String
    package var maxFiles: Int

    /// DESIGN §5's default: 10 MB × 3.
    package static let standard = LogRotation(maxSize: "10m", maxFiles: 3)

    package init(maxSize: String, maxFiles: Int) {
        self.maxSize = maxSize
        self.maxFiles = maxFiles
    }
}
