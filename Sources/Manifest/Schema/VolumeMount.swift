/// One `spec.volumes` entry.
package struct VolumeMount: Sendable, Hashable {
    /// A named volume (`berth-<deployment>-<name>`) or a host path (only where the controller policy allows it).
    package enum Source: Sendable, Hashable {
        case named(String)
        case hostPath(String)
    }

    /// What is mounted.
    package let source: Source
    /// Absolute path inside the container.
    package let mountPath: String
    /// Default: `false`.
    package let readOnly: Bool
}
