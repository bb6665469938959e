/// Which engine events to receive; empty fields do not filter.
package struct EventFilter: Sendable, Hashable {
    /// Exact label matches (`berth.managed` = `true`).
    package var labels: [String: String]
    /// Event types (`container`, `image`, ...).
    package var types: [String]
    /// Actions (`stop`, `die`, ...).
    package var actions: [String]

    package init(labels: [String: String] = [:], types: [String] = [], actions: [String] = []) {
        self.labels = labels
        self.types = types
        self.actions = actions
    }
}
