/// Paths inside a repository as callers give them (`.`, `app/`, `./deploy`), checked and normalised.
enum SourcePath {
    /// `path` without `./` segments or a trailing `/`; `""` for the repository root.
    /// - Throws: ``GitError/Code-swift.struct/invalidArgument`` for absolute paths and `..` segments.
    static func normalize(_ path: String) throws -> String {
        if path.hasPrefix("/") {
            throw GitError(
                .invalidArgument, operation: "use path \(path)", message: "must be relative to the repository")
        }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        if segments.contains("..") {
            throw GitError(.invalidArgument, operation: "use path \(path)", message: "must not contain '..'")
        }
        return segments.joined(separator: "/")
    }

    /// `child` inside `directory` (`""` is the root).
    static func join(_ directory: String, _ child: String) -> String {
        directory.isEmpty ? child : directory + "/" + child
    }
}
