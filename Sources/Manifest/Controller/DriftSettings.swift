/// The controller's `drift` section: how often `berth run` scans the host for drift, and whether each scan
/// updates a pull request to the config repository with the report.
package struct DriftSettings: Sendable, Hashable {
    /// `drift.interval`: time between field-level scans. Default: 5 minutes.
    package var interval: Duration
    /// `drift.pullRequest`: write `drift/<host>.md` and the adopting manifest edits to a branch and open a pull
    /// request (needs `forge`). Default: `false`.
    package var pullRequest: Bool

    package init(interval: Duration = .seconds(300), pullRequest: Bool = false) {
        self.interval = interval
        self.pullRequest = pullRequest
    }

    /// `{interval: 5m, pullRequest: false}`.
    package static let `default` = DriftSettings()
}
