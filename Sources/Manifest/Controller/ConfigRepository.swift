/// `configRepo`: the repository holding the manifests.
public struct ConfigRepository: Sendable, Hashable {
    /// The git remote (required).
    public var url: String
    /// Default: `main`.
    public var branch: String
    /// Directory of manifests inside the repository. Default: `.`.
    public var path: String
    /// A name from `credentials`, when the remote needs one.
    public var credentials: String?

    /// Creates a config repository reference with the defaults of DESIGN §11.
    public init(url: String, branch: String = "main", path: String = ".", credentials: String? = nil) {
        self.url = url
        self.branch = branch
        self.path = path
        self.credentials = credentials
    }
}
