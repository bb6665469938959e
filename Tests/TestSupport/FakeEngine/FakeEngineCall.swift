/// One call a ``FakeContainerEngine`` handle received, numbered from 0 in the order they arrived.
package struct FakeEngineCall: Sendable, Hashable, CustomStringConvertible {
    package let index: Int
    /// The ``ContainerEngine`` method (`createContainer`, `stopContainer`, ...) or `probe`.
    package let operation: String
    /// What it was called on: a container name or id, an image reference, a port.
    package let target: String

    package var description: String { "#\(index) \(operation) \(target)" }
}
