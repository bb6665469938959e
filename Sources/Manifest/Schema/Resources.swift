/// `spec.resources`: limits passed to Docker.
public struct Resources: Sendable, Hashable {
    /// CPU limit in billionths of a CPU (Docker's `NanoCpus`); `cpus: 0.5` is 500,000,000.
    public let nanoCPUs: Int?
    /// Memory limit in bytes.
    public let memoryBytes: Int?

    /// No limits (the default).
    public static let unlimited = Resources(nanoCPUs: nil, memoryBytes: nil)
}
