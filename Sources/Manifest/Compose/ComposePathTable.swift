/// Where each field of the manifest document made from a compose service came from, so that the manifest
/// decoder's problems name the compose keys: `spec.ports[0].host` is reported as `services.web.ports[0].host`.
struct ComposePathTable {
    /// The service's own path, `services.<service>`: what any manifest path without a closer entry stands for.
    let servicePath: String
    private var entries: [(manifest: String, compose: String)] = []

    init(servicePath: String) {
        self.servicePath = servicePath
    }

    /// Records that manifest path `manifest` (and everything under it) was written at compose path `compose`.
    mutating func add(_ manifest: String, _ compose: String) {
        entries.append((manifest, compose))
    }

    /// `path` of the manifest document, as the compose path it came from (the longest recorded prefix wins).
    func composePath(of path: String) -> String {
        var best: (manifest: String, compose: String)?
        for entry in entries where Self.path(path, isUnder: entry.manifest) {
            if entry.manifest.count > best?.manifest.count ?? -1 { best = entry }
        }
        guard let best else { return servicePath }
        return best.compose + path.dropFirst(best.manifest.count)
    }

    /// The decoder's diagnostics with their paths as compose paths.
    func translate(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map {
            Diagnostic(
                file: $0.file, line: $0.line, column: $0.column, path: composePath(of: $0.path), message: $0.message)
        }
    }

    private static func path(_ path: String, isUnder prefix: String) -> Bool {
        guard path.hasPrefix(prefix) else { return false }
        let rest = path.dropFirst(prefix.count)
        return rest.isEmpty || rest.hasPrefix(".") || rest.hasPrefix("[")
    }
}
