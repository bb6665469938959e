/// A named volume or a host directory mounted into a container.
public struct VolumeMount: Sendable, Hashable {
    /// Where the mounted data comes from.
    public enum Source: Sendable, Hashable {
        /// A named volume (created on first use when it does not exist).
        case volume(String)
        /// A host path (absolute).
        case bind(String)
    }

    public var source: Source
    /// The absolute path inside the container.
    public var target: String
    public var readOnly: Bool

    public init(source: Source, target: String, readOnly: Bool = false) {
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
