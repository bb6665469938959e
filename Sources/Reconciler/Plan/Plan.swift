package import Drivers

/// The result of comparing desired with actual state: one entry per deployment, in name order.
package struct Plan: Sendable, Hashable {
    /// Why an in-sync-by-hash deployment is not as it should be.
    package enum DriftReason: Sendable, Hashable, CustomStringConvertible {
        case notRunning(ContainerState)
        case unhealthy
        /// The deployment was rolled out with this hash before, and no active container is left.
        case missing
        /// More than one active generation.
        case duplicated(count: Int)
        case imageChanged(expected: String, actual: String)
        case portChanged(expected: Int, published: [Int])
        /// The router does not send the deployment's route to its active generation: `expected` is what it should
        /// hold (nil: no route, `spec.route` is gone), `actual` what it holds (nil: none).
        case route(expected: RouterRoute?, actual: RouterRoute?)
        /// Generations kept as `-previous` by a watch after cutover that did not finish (berth stopped meanwhile).
        case previousKept([String])
        /// A watch after cutover did not end healthy and its rollback did not finish (berth was killed during the
        /// swap, the watch or the rollback): traffic goes back to `container`, the newest generation before
        /// `leaving` (nil: none is left but `container`, a `-previous`), which gets its active name again.
        case returnTo(container: String, leaving: Int?)
        /// The manifest changed a live field (`spec.resources`, `spec.restartPolicy`; DESIGN §14) away from what the
        /// active generation's record says it runs: applied to it in place, without a restart (a lifted limit, which
        /// the engine cannot apply in place, takes a new generation). The desired state changed, so it is applied
        /// under `drift: report` too.
        case liveFields([FieldChange])
        /// Fields changed by hand on the active container that only a new container puts back, found by `berth run`'s
        /// drift scan on a `drift: heal` deployment: re-created as a new generation.
        case changedByHand(HandChanges)
        /// Task template fields of a deployment's service changed since berth wrote it (`docker service update` by
        /// hand): a `drift: heal` deployment is rolled out anew, which writes the service back.
        case serviceChanged(fields: [String])

        package var description: String {
            switch self {
            case .notRunning(let state): "container is \(state), not running"
            case .unhealthy: "container is unhealthy by its healthcheck"
            case .missing: "container is missing"
            case .duplicated(let count): "\(count) active containers, expected 1"
            case .imageChanged(let expected, let actual):
                "runs image \(actual.prefix(19)), expected \(expected.prefix(19))"
            case .portChanged(let expected, let published):
                "publishes \(published.map(String.init).joined(separator: ",")), expected \(expected)"
            case .route(let expected?, let actual?):
                "route \(actual.host)\(actual.pathPrefix) sends to \(actual.upstream), expected "
                    + "\(expected.host)\(expected.pathPrefix) → \(expected.upstream)"
            case .route(let expected?, nil):
                "route \(expected.host)\(expected.pathPrefix) → \(expected.upstream) is missing from the router"
            case .route(nil, let actual?):
                "route \(actual.host)\(actual.pathPrefix) is in the router, but spec.route is gone"
            case .route(nil, nil):
                "route unchanged"
            case .previousKept(let names):
                "\(names.joined(separator: ", ")) left by a watch after cutover that did not finish"
            case .returnTo(let container, let leaving?):
                "the watch after cutover of generation \(leaving) did not end healthy: back to \(container)"
            case .returnTo(let container, nil):
                "only \(container) is left, by a rollback that did not finish: back to it"
            case .liveFields(let changes): LiveFields.describe(changes)
            case .changedByHand(let changes):
                "changed by hand on \(changes.container): \(changes.fields.joined(separator: ", "))"
            case .serviceChanged(let fields):
                "service \(fields.joined(separator: ", ")) changed outside berth"
            }
        }
    }

    /// What to do with one deployment.
    package enum Action: Sendable, Hashable {
        case create
        case update(fromHash: String)
        case inSync
        case drifted([DriftReason])
        /// Managed containers whose deployment left the repository.
        case prune(containerIDs: [String])
        /// The document is broken: whatever runs keeps running.
        case invalid(message: String)
        /// The app source or image could not be resolved this pass (repository unreachable, ref or image
        /// missing): whatever runs keeps running.
        case unresolved(message: String)
        /// Its team's cpu or memory quota cannot hold it (``QuotaAdmission``): nothing of it changes, whatever runs
        /// keeps running.
        case overQuota(message: String)
        case suspended
        /// Pinned to a generation (by `berth rollback`, or by a watch after cutover that rolled back) until the
        /// desired spec changes or it is unpinned; `reason` says why.
        case pinned(generation: Int, reason: String)
    }

    /// One deployment's line in the plan.
    package struct Entry: Sendable, Hashable {
        package var name: String
        package var action: Action
        /// The active container, when there is one.
        package var active: ActualContainer?
    }

    package var entries: [Entry]
    /// Candidates left behind by an interrupted rollout: removed before anything else.
    package var orphanCandidates: [ActualContainer]
    /// Routes berth owns in the router for deployments that neither are planned nor have containers: removed.
    package var staleRoutes: [String] = []
    /// Routes of deployments planned for an update that do not send to their active generation (a berth killed
    /// between pointing the route at a candidate and renaming it): put back first, before the candidate goes.
    package var routesToRestore: [RouterRoute] = []
    /// Deployments that left the repository but are kept this pass, and why (DESIGN §4).
    package struct PruneWithheld: Sendable, Hashable {
        /// The deployments whose containers stay.
        package var kept: [String]
        package var reason: String
    }

    /// Set when deployments left the repository and prune is withheld: desired state is incomplete, or pruning
    /// would remove everything without `allowEmpty`. `nil` when prune entries were planned (or none were needed).
    package var pruneWithheld: PruneWithheld?

    /// The entry for `name`, if the plan has one.
    package func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }
}
