/// The controller's `dashboard` section: who may read the dashboard `berth run` serves at `/`, and how long a
/// login lasts.
package struct DashboardSettings: Sendable, Hashable {
    /// `dashboard.public`: read pages open to anyone who reaches `listen`; actions still need a login. Default:
    /// `false`, so the login covers the read pages too.
    package var isPublic: Bool
    /// `dashboard.sessionLifetime`: how long a login lasts. Default: 12 hours.
    package var sessionLifetime: Duration

    package init(isPublic: Bool = false, sessionLifetime: Duration = .seconds(12 * 3600)) {
        self.isPublic = isPublic
        self.sessionLifetime = sessionLifetime
    }

    /// `{public: false, sessionLifetime: 12h}`.
    package static let `default` = DashboardSettings()
}
