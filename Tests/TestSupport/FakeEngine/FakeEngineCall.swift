/// One call a ``FakeContainerEngine`` handle received, numbered from 0 in the order they arrived.
public struct FakeEngineCall: Sendable, Hashable, CustomStringConvertible {
    public let index: Int
    /// The ``ContainerEngine`` method (`createContainer`, `stopContainer`, ...) or `probe`.
    public let operation: String
    /// What it was called on: a container name or id, an image reference, a port.
    public let target: String

    public var description: String { "#\(index) \(operation) \(target)" }
}
