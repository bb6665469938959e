/// One `spec.volumes` entry.
public struct VolumeMount: Sendable, Hashable {
    /// A named volume (`berth-<deployment>-<name>`) or a host path (only where the controller policy allows it).
    public enum Source: Sendable, Hashable {
        case named(String)
        case hostPath(String)
    }

    /// What is mounted.
    public let source: Source
    /// Absolute path inside the container.
    public let mountPath: String
    /// Default: `false`.
    public let readOnly: Bool
}
