/// A network containers can join.
public struct NetworkInfo: Sendable, Hashable {
    public let id: String
    public let name: String
    /// `bridge`, `host`, `overlay`, `null`, ...
    public let driver: String
    public let scope: String
    public let labels: [String: String]

    public init(id: String, name: String, driver: String, scope: String, labels: [String: String]) {
        self.id = id
        self.name = name
        self.driver = driver
        self.scope = scope
        self.labels = labels
    }
}
