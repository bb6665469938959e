/// One path the container's filesystem changed against its image, as the engine's `changes` endpoint lists it.
package struct FilesystemChange: Sendable, Hashable {
    /// The engine's `Kind`: 0 modified, 1 added, 2 deleted.
    package enum Kind: Int, Sendable, Hashable {
        case modified = 0
        case added = 1
        case deleted = 2

        /// `modified`, `added`, `deleted`.
        package var word: String {
            switch self {
            case .modified: "modified"
            case .added: "added"
            case .deleted: "deleted"
            }
        }
    }

    package var path: String
    package var kind: Kind

    package init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }
}
