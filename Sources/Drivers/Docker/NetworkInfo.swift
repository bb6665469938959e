/// A network containers can join.
package struct NetworkInfo: Sendable, Hashable {
    package let id: String
    package let name: String
    /// `bridge`, `host`, `overlay`, `null`, ...
    package let driver: String
    package let scope: String
    package let labels: [String: String]

    package init(id: String, name: String, driver: String, scope: String, labels: [String: String]) {
        self.id = id
        self.name = name
        self.driver = driver
        self.scope = scope
        self.labels = labels
    }
}
