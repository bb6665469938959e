/// `configRepo`: the repository holding the manifests.
public struct ConfigRepository: Sendable, Hashable {
    public var url: String
    /// Default: `main`.
    public var branch: String
    /// Directory of manifests inside the repository. Default: `.`.
    public var path: String
    public var credentials: String?

    public init(url: String, branch: String = "main", path: String = ".", credentials: String? = nil) {
        self.url = url
        self.branch = branch
        self.path = path
        self.credentials = credentials
    }
}
