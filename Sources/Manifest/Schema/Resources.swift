/// `spec.resources`: limits passed to Docker.
package struct Resources: Sendable, Hashable {
    /// CPU limit in billionths of a CPU (Docker's `NanoCpus`); `cpus: 0.5` is 500,000,000.
    package let nanoCPUs: Int?
    /// Memory limit in bytes.
    package let memoryBytes: Int?

    /// No limits (the default).
    package static let unlimited = Resources(nanoCPUs: nil, memoryBytes: nil)
}
