/// Which engine events to receive; empty fields do not filter.
public struct EventFilter: Sendable, Hashable {
    /// Exact label matches (`berth.managed` = `true`).
    public var labels: [String: String]
    /// Event types (`container`, `image`, ...).
    public var types: [String]
    /// Actions (`stop`, `die`, ...).
    public var actions: [String]

    public init(labels: [String: String] = [:], types: [String] = [], actions: [String] = []) {
        self.labels = labels
        self.types = types
        self.actions = actions
    }
}
