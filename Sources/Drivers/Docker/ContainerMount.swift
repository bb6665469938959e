/// A named volume or a host directory mounted into a container.
package struct ContainerMount: Sendable, Hashable {
    /// Where the mounted data comes from.
    package enum Source: Sendable, Hashable {
        /// A named volume (created on first use when it does not exist).
        case volume(String)
        /// A host path (absolute).
        case bind(String)
    }

    package var source: Source
    /// The absolute path inside the container.
    package var target: String
    package var readOnly: Bool

    package init(source: Source, target: String, readOnly: Bool = false) {
        self.source = source
        self.target = target
        self.readOnly = readOnly
    }

    /// `name:/data` or `/srv/x:/x:ro`: the engine's `Binds` syntax.
    var engineBind: String {
        let origin: String
        switch source {
        case .volume(let name): origin = name
        case .bind(let path): origin = path
        }
        return "\(origin):\(target)" + (readOnly ? ":ro" : "")
    }
}
