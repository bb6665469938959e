import Foundation
import Manifest

/// The labels on every container berth creates (DESIGN §3): Docker is the truth for what runs.
package enum BerthLabel {
    package static let managed = "berth.managed"
    package static let deployment = "berth.deployment"
    package static let generation = "berth.generation"
    package static let specHash = "berth.spec-hash"
    package static let commit = "berth.commit"
    package static let configCommit = "berth.config-commit"
    package static let port = "berth.port"
    /// The absolute state dir of the controller that owns the container. One process holds a state dir at a
    /// time, so two controllers on one engine (or a test beside a demo) never plan, prune or heal each other's
    /// containers.
    package static let controller = "berth.controller"
    /// What berth made the container for (DESIGN §14): only `deployment` containers are planned and pruned from
    /// manifests; the router has its own keeper.
    package static let role = "berth.role"
    /// On a service only: digests of the task template fields berth wrote (``ServiceTemplate``), so a pass tells
    /// which of them were changed by hand since.
    package static let template = "berth.template"

    /// On a preview's containers: the pull request's number (DESIGN §14).
    package static let preview = "berth.preview"

    /// The values of ``role``.
    package enum Role: String, Sendable {
        case deployment
        case router
        /// A pull request's preview, `<name>--pr<N>`: never pruned from manifests.
        case preview
    }

    /// The ``role`` and ``preview`` labels of what berth creates for `deployment`.
    package static func role(of deployment: String) -> [String: String] {
        guard let preview = PreviewName(deployment) else { return [role: Role.deployment.rawValue] }
        return [role: Role.preview.rawValue, Self.preview: String(preview.number)]
    }

    /// The labels one list call filters on to see exactly the containers of the controller at `stateDir`.
    package static func owned(by stateDir: String) -> [String: String] {
        [managed: "true", controller: controllerValue(stateDir)]
    }

    /// The labels one list call filters on to see the containers of one deployment of that controller; also what
    /// berth puts on the images it builds and the volumes it creates for the deployment.
    package static func owned(by stateDir: String, deployment: String) -> [String: String] {
        owned(by: stateDir).merging([Self.deployment: deployment]) { _, new in new }
    }

    /// The ``controller`` label's value for `stateDir`: its absolute, standardised path.
    package static func controllerValue(_ stateDir: String) -> String {
        URL(fileURLWithPath: stateDir).standardizedFileURL.path
    }
}
