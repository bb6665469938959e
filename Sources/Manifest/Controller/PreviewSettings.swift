import Foundation

/// The controller's `previews` section (DESIGN §14): each pull request on an app repository that a deployment builds
/// from gets a deployment of its own, `<name>--pr<N>`, built from the pull request's head and routed at a host made
/// from ``hostTemplate``; closing the pull request, or ``ttl`` without news of it, removes it.
package struct PreviewSettings: Sendable, Hashable {
    /// Which pull requests get a preview.
    package enum Admission: Sendable, Hashable {
        /// Every pull request (`from: pullRequests`, the default).
        case pullRequests
        /// Pull requests whose head branch matches the pattern (`from: "feature/*"`).
        case branches(Glob)

        /// Whether a pull request from `headBranch` gets a preview.
        package func admits(headBranch: String) -> Bool {
            switch self {
            case .pullRequests: true
            case .branches(let pattern): pattern.matches(headBranch)
            }
        }
    }

    /// `previews.from`. Default: ``Admission/pullRequests``.
    package var from: Admission
    /// `previews.ttl`: a preview whose pull request sent no event for this long is removed. Default: 72 hours.
    package var ttl: Duration
    /// `previews.hostTemplate`: the router host of a preview, with `{pr}` for the pull request's number and `{name}`
    /// for the deployment's: `{pr}-{name}.preview.example.com`.
    package var hostTemplate: String
    /// `previews.secrets: inherit`: a preview opens its parent's sealed values; `none` (the default) starts it
    /// without them.
    package var inheritsSecrets: Bool

    /// `previews.ttl` when left out.
    package static let defaultTTL = Duration.seconds(72 * 3600)

    package init(
        from: Admission = .pullRequests, ttl: Duration = PreviewSettings.defaultTTL, hostTemplate: String,
        inheritsSecrets: Bool = false
    ) {
        self.from = from
        self.ttl = ttl
        self.hostTemplate = hostTemplate
        self.inheritsSecrets = inheritsSecrets
    }

    /// The host of `parent`'s preview for pull request `number`.
    package func host(number: Int, parent: String) -> String {
        Self.host(hostTemplate, number: number, parent: parent)
    }

    static func host(_ template: String, number: Int, parent: String) -> String {
        template.replacingOccurrences(of: "{pr}", with: String(number)).replacingOccurrences(of: "{name}", with: parent)
    }
}
