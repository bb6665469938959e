/// What manifests may ask of the host (controller config `policy`, DESIGN §9). Manifests cannot change it.
public struct Policy: Sendable, Hashable {
    /// `privileged: true` is refused unless this is set. Default: `false`.
    public var allowPrivileged: Bool
    /// `network: host` is allowed unless this is cleared. Default: `true`.
    public var allowHostNetwork: Bool
    /// Host paths that may be bind-mounted: each entry allows itself and everything below it. Default: none.
    public var allowHostPaths: [String]
    /// Capabilities `capAdd` may name (upper-case, without `CAP_`; `ALL` allows any). Default: none.
    public var allowCapabilities: [String]
    /// `devices` are refused unless this is set. Default: `false`.
    public var allowDevices: Bool
    /// Glob patterns (`*`, `?`) a `source.repo` must match. Default: `["*"]`.
    public var allowRepos: [String]

    /// Creates a policy; every argument defaults to DESIGN §11's default.
    public init(
        allowPrivileged: Bool = false, allowHostNetwork: Bool = true, allowHostPaths: [String] = [],
        allowCapabilities: [String] = [], allowDevices: Bool = false, allowRepos: [String] = ["*"]
    ) {
        self.allowPrivileged = allowPrivileged
        self.allowHostNetwork = allowHostNetwork
        self.allowHostPaths = allowHostPaths
        self.allowCapabilities = allowCapabilities
        self.allowDevices = allowDevices
        self.allowRepos = allowRepos
    }

    /// Whether `path` is one of ``allowHostPaths`` or below one.
    public func allowsHostPath(_ path: String) -> Bool {
        allowHostPaths.contains { prefix in
            let base = prefix.hasSuffix("/") && prefix != "/" ? String(prefix.dropLast()) : prefix
            return path == base || path.hasPrefix(base == "/" ? "/" : base + "/")
        }
    }

    /// Whether `capability` (normalised) may be added.
    public func allowsCapability(_ capability: String) -> Bool {
        allowCapabilities.contains("ALL") || allowCapabilities.contains(capability)
    }

    /// Whether `repo` matches one of ``allowRepos``.
    public func allowsRepo(_ repo: String) -> Bool {
        allowRepos.contains { Glob.matches(pattern: $0, repo) }
    }
}
