import Foundation
package import Manifest

/// A plan with everything needed to carry it out: desired state read, sources resolved, actual state listed.
package struct PassPlan: Sendable {
    /// The config commit desired state was read at (`local` for a directory).
    package let configCommit: String
    /// Desired state as read at ``configCommit``: what queued jobs plan their own deployment from.
    package let desired: DesiredState
    package let plan: Plan
    /// Resolved deployments by name.
    package let resolved: [String: ResolvedDeployment]
    /// Every managed container, as listed (for one deployment's plan: its own).
    package let actual: [ActualContainer]
    /// Errors of documents whose deployment name could not be read (they cannot have a plan entry).
    package let unnamedInvalid: [Diagnostic]
    /// Pins the config repository has moved past: the deployment's manifest changed since the rollback.
    package let stalePins: [String]
    /// Host ports berth containers outside ``actual`` claimed when the pass listed them (for one deployment's plan).
    let otherClaimedPorts: Set<Int>
    /// Why the router's routes could not be read this pass (they are then neither checked nor removed).
    package var routerProblem: String? = nil
    /// Whether the deployments run as Swarm services (runtime `swarm`): ``actual`` lists services.
    package var runsServices = false
    /// By deployment: why its team's cpu or memory quota cannot hold it (DESIGN §14).
    package var overQuota: [String: String] = [:]
    /// Previews that run (or keep a route) but that desired state does not hold: closed, or their parent left the
    /// repository. The pass left them out; the controller removes those whose pull request is closed.
    package var undesiredPreviews: Set<String> = []

    /// The highest generation Docker shows for `deployment`, candidates included.
    func highestGeneration(of deployment: String) -> Int {
        actual.filter { $0.deployment == deployment }.map(\.generation).max() ?? 0
    }

    /// Each deployment's team (`metadata.labels.team`), for the rollouts quota.
    var teams: [String: String] {
        Dictionary(
            desired.deployments.compactMap { deployment in
                deployment.labels[TeamQuota.label].map { (deployment.name, $0) }
            }, uniquingKeysWith: { first, _ in first })
    }

    /// Host ports berth containers claim.
    var claimedPorts: Set<Int> { otherClaimedPorts.union(actual.compactMap(\.port)) }

    /// What queued jobs keep of this pass: its desired state and decisions, not the containers it listed.
    package var snapshot: PassSnapshot {
        PassSnapshot(
            configCommit: configCommit, desired: desired, pruneWithheld: plan.pruneWithheld, claimedPorts: claimedPorts,
            planned: Set(plan.entries.map(\.name)), overQuota: overQuota,
            teams: teams,
            actions: Dictionary(
                plan.entries.map {
                    ($0.name, PlannedAction(action: $0.action, activeGeneration: $0.active?.generation))
                },
                uniquingKeysWith: { first, _ in first })
        )
    }

    /// This plan limited to `name`: its entry, its orphan candidates, its stale pin, no unnamed errors.
    func restricted(to name: String) -> PassPlan {
        var plan = plan
        plan.entries = plan.entries.filter { $0.name == name }
        plan.orphanCandidates = plan.orphanCandidates.filter { $0.deployment == name }
        plan.staleRoutes = plan.staleRoutes.filter { $0 == name }
        var restricted = PassPlan(
            configCommit: configCommit, desired: desired, plan: plan, resolved: resolved.filter { $0.key == name },
            actual: actual, unnamedInvalid: [], stalePins: stalePins.filter { $0 == name },
            otherClaimedPorts: otherClaimedPorts
        )
        restricted.overQuota = overQuota.filter { $0.key == name }
        return restricted
    }
}

/// What a controller keeps of its newest pass for the jobs it queued (DESIGN §6): desired state as read, the
/// pass's prune decision and the host ports berth held. Each job lists its own containers afresh, so the snapshot
/// holds none: a controller managing thousands of deployments keeps one copy of desired state between passes.
package struct PassSnapshot: Sendable {
    /// The config commit desired state was read at.
    package let configCommit: String
    package let desired: DesiredState
    /// Why the pass kept deployments it would otherwise prune, if it did.
    let pruneWithheld: Plan.PruneWithheld?
    /// Host ports berth's containers held when the pass listed them.
    let claimedPorts: Set<Int>
    /// The deployments the pass planned (valid or not).
    package let planned: Set<String>
    /// The deployments the pass found over their team's cpu or memory quota, with why: a job follows this decision,
    /// which needs every deployment of the team.
    let overQuota: [String: String]
    /// Each deployment's team (`metadata.labels.team`), for the work queue's rollout quota.
    let teams: [String: String]
    /// What the pass planned for each deployment, without the containers.
    let actions: [String: PlannedAction]
    /// When the pass planned.
    let plannedAt = Date()

    /// What the pass planned for `deployment`, in words, and when; nil when it planned nothing for it.
    package func line(of deployment: String) -> PlanLine? {
        guard var line = actions[deployment]?.line else { return nil }
        line.plannedAt = plannedAt
        return line
    }
}
