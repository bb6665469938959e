/// `configRepo`: the repository holding the manifests.
package struct ConfigRepository: Sendable, Hashable {
    /// The git remote (required).
    package var url: String
    /// Default: `main`.
    package var branch: String
    /// Directory of manifests inside the repository. Default: `.`.
    package var path: String
    /// A name from `credentials`, when the remote needs one.
    package var credentials: String?

    /// Creates a config repository reference with the defaults of DESIGN §11.
    package init(url: String, branch: String = "main", path: String = ".", credentials: String? = nil) {
        self.url = url
        self.branch = branch
        self.path = path
        self.credentials = credentials
    }
}
