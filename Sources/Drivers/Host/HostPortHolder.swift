/// What holds a host port, as a person would name it in an error.
package enum HostPortHolder: Sendable, Hashable, CustomStringConvertible {
    /// A container, by name.
    case container(String)
    /// A process of this machine, by its command name and pid.
    case process(name: String, pid: Int32)
    /// Something berth cannot name (a process in another namespace, a kernel forward).
    case unknown

    /// `container web-db`, `process python3 (pid 4242)`, `another process`.
    package var description: String {
        switch self {
        case .container(let name): "container \(name)"
        case .process(let name, let pid): "process \(name) (pid \(pid))"
        case .unknown: "another process"
        }
    }
}
