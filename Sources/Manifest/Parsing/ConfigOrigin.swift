/// Where the files handed to the parser come from in the config repository: what a compose service's `build:`
/// builds from (the same repository, at the same branch, with the context resolved inside it).
///
/// ```swift
/// let origin = ConfigOrigin(repo: "https://git.example.com/acme/config.git", ref: "main")
/// ManifestParser.parse(files, controller: config, origin: origin)   // files named by their repository paths
/// ```
package struct ConfigOrigin: Sendable, Hashable {
    /// The config repository's remote, as a manifest's `source.repo` would name it.
    package let repo: String
    /// The branch (or commit) desired state is read at.
    package let ref: String
    /// The credentials name the remote needs, if any.
    package let credentials: String?
    /// The prefix of the paths the parser is handed that stands for ``repositoryPrefix`` in the repository: empty
    /// when files are named by their repository paths.
    package let displayPrefix: String
    /// The folder in the repository that ``displayPrefix`` names; empty for the repository's root.
    package let repositoryPrefix: String

    /// - Parameters:
    ///   - displayPrefix: how the parser's file paths name the folder `repositoryPrefix` (a local directory given
    ///     as `deployments` holds `deployments/compose.yaml`); empty when files carry their repository paths.
    package init(
        repo: String, ref: String, credentials: String? = nil, displayPrefix: String = "", repositoryPrefix: String = ""
    ) {
        self.repo = repo
        self.ref = ref
        self.credentials = credentials
        self.displayPrefix = displayPrefix
        self.repositoryPrefix = repositoryPrefix
    }

    /// The repository path of the file the parser knows as `path`, or nil when `path` lies outside ``displayPrefix``.
    func repositoryPath(of path: String) -> String? {
        var rest = Substring(path)
        if !displayPrefix.isEmpty {
            guard path.hasPrefix(displayPrefix + "/") else { return nil }
            rest = rest.dropFirst(displayPrefix.count + 1)
        }
        return repositoryPrefix.isEmpty ? String(rest) : repositoryPrefix + "/" + rest
    }
}
