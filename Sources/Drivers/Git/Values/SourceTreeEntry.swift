/// One entry directly inside a tree: a file or a folder, by name (symbolic links and submodules are left out).
package struct SourceTreeEntry: Hashable, Sendable {
    /// The entry's name inside its tree (no `/`).
    package let name: String
    /// Whether the entry is a folder rather than a regular file.
    package let isDirectory: Bool

    package init(name: String, isDirectory: Bool) {
        self.name = name
        self.isDirectory = isDirectory
    }
}
