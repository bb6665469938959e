/// CPU and memory limits of a container; `nil` leaves a resource unlimited.
public struct ResourceLimits: Sendable, Hashable {
    /// CPUs the container may use (0.5 is half a core).
    public var cpus: Double?
    /// Memory limit in bytes.
    public var memoryBytes: Int?

    public init(cpus: Double? = nil, memoryBytes: Int? = nil) {
        self.cpus = cpus
        self.memoryBytes = memoryBytes
    }
}
