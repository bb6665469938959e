/// What manifests may ask of the host (controller config `policy`, DESIGN §9). Manifests cannot change it.
package struct Policy: Sendable, Hashable {
    /// `privileged: true` is refused unless this is set. Default: `false`.
    package var allowPrivileged: Bool
    /// `network: host` is allowed unless this is cleared. Default: `true`.
    package var allowHostNetwork: Bool
    /// Host paths that may be bind-mounted: canonical absolute paths, each a `Glob` with segment semantics
    /// (`*` within one segment, `**` across) that allows the paths it matches and everything below them:
    /// `/srv/apps` allows `/srv/apps/web/data`, `/srv/*/data` allows `/srv/web/data/cache` but not
    /// `/srv/web/logs`. A socket file is mountable only when an entry names its exact path. Default: none.
    package var allowHostPaths: [String]
    /// Capabilities `capAdd` may name (upper-case, without `CAP_`; `ALL` allows any). Default: none.
    package var allowCapabilities: [String]
    /// `devices` are refused unless this is set. Default: `false`.
    package var allowDevices: Bool
    /// Patterns a `source.repo` must match: repository URLs with `Glob` wildcards (`*` within one path
    /// segment, `**` across, `?` one character), both read into the canonical form of `RepositoryURL` before they
    /// are compared (`https://git.example.com/acme/*` allows `https://GIT.example.com:443/acme//web.git` but not
    /// `https://git.example.com/acme/a/b`). `*` or `**` alone allows every repository. Default: `["*"]`.
    package var allowRepos: [String]

    /// Creates a policy; every argument defaults to DESIGN §11's default.
    package init(
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

    /// Whether `path`, a canonical absolute path, is matched by one of ``allowHostPaths`` or lies below a path
    /// that is. A path that is not canonical (`.`, `..` or empty segments, a trailing slash) is never allowed.
    package func allowsHostPath(_ path: String) -> Bool {
        guard PathSyntax.canonicalAbsoluteProblem(path) == nil else { return false }
        let patterns = allowHostPaths.map { Glob($0, separator: "/") }
        let segments = path.split(separator: "/")
        let selfAndAncestors = (0...segments.count).map { "/" + segments.prefix($0).joined(separator: "/") }
        return selfAndAncestors.contains { candidate in patterns.contains { $0.matches(candidate) } }
    }

    /// Whether `capability` (normalised) may be added.
    package func allowsCapability(_ capability: String) -> Bool {
        allowCapabilities.contains("ALL") || allowCapabilities.contains(capability)
    }

    /// Whether `repo` is a repository URL whose canonical form matches one of ``allowRepos``. A URL that
    /// `RepositoryURL` refuses (dot segments among them) is never allowed, nor does a pattern it refuses allow
    /// anything.
    package func allowsRepo(_ repo: String) -> Bool {
        guard let url = try? RepositoryURL(repo) else { return false }
        return allows(url)
    }

    /// Whether `url`'s canonical form matches one of ``allowRepos``.
    func allows(_ url: RepositoryURL) -> Bool {
        allowRepos.contains { (try? Self.repositoryPattern($0))?.matches(url.canonical) == true }
    }

    /// The glob an `allowRepos` entry stands for, matched against canonical URLs.
    /// - Throws: why `entry` is no repository URL pattern.
    static func repositoryPattern(_ entry: String) throws(RepositoryURL.Problem) -> Glob {
        if entry == "*" || entry == "**" { return Glob("**", separator: "/") }
        return Glob(try RepositoryURL(pattern: entry).canonical, separator: "/")
    }
}
