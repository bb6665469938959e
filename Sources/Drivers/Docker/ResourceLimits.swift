/// CPU and memory limits of a container; `nil` leaves a resource unlimited.
package struct ResourceLimits: Sendable, Hashable {
    /// CPUs the container may use (0.5 is half a core).
    package var cpus: Double?
    /// Memory limit in bytes.
    package var memoryBytes: Int?

    package init(cpus: Double? = nil, memoryBytes: Int? = nil) {
        self.cpus = cpus
        self.memoryBytes = memoryBytes
    }
}
