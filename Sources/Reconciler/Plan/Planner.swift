package import Drivers
import Manifest

/// Compares desired with actual state (DESIGN §4). Pure and O(deployments + containers).
///
/// ```swift
/// let plan = Planner.plan(desired: desired, actual: containers, context: .init(pins: pins))
/// ```
package enum Planner {
    /// What planning needs besides desired and actual state, all read from berth's own history.
    package struct Context: Sendable {
        /// Why desired state is not complete this pass (a document unread or unnamed, a name declared twice):
        /// while any reason stands, nothing is pruned (DESIGN §4). Empty when the repository was read at a commit
        /// and every document has a valid, unique name.
        package var incompleteReasons: [String]
        /// Whether a pass may prune every deployment that runs (`prune.allowEmpty`, `apply --allow-empty`).
        package var allowEmpty: Bool
        /// Names of deployments whose documents are broken, with the first error.
        package var invalid: [String: String]
        /// Names of valid deployments whose source or image could not be resolved, with why.
        package var unresolved: [String: String]
        /// Deployments pinned (by `berth rollback` or a failed watch) whose pin still holds.
        package var pins: [String: Pin]
        /// The spec hash each deployment last rolled out successfully (tells "missing" from "new").
        package var lastDeployedHash: [String: String]
        /// The routes berth owns in the router, by deployment; nil when no router is configured or it could not
        /// be read this pass (routes are then neither checked nor removed).
        package var routes: [String: RouterRoute]?
        /// By deployment: the generation whose watch after cutover did not end healthy, when the deployment asks for
        /// a watch and its newest rollout neither succeeded nor recorded a healthy watch (berth was killed during its
        /// swap, watch or rollback, or the rollback did not finish). Read from history only where a `-previous` or
        /// more than one generation is left.
        package var unfinishedWatches: [String: Int]
        /// By deployment: the live fields (resources, restart policy) its active generation runs, as that
        /// generation's record in history says (berth updates it after each in-place change). Absent: not compared.
        package var recordedLiveFields: [String: LiveFields.Recorded] = [:]
        /// By deployment: fields the last drift scan found changed by hand on its active container, for `drift: heal`
        /// deployments only. Changes found on another container than the active one no longer count.
        package var handChanges: [String: HandChanges] = [:]
        /// By deployment: why its team's cpu or memory quota cannot hold it (``QuotaAdmission``), decided over the
        /// whole desired state by the pass.
        package var overQuota: [String: String] = [:]

        package init(
            incompleteReasons: [String] = [], allowEmpty: Bool = false, invalid: [String: String] = [:],
            unresolved: [String: String] = [:], pins: [String: Pin] = [:], lastDeployedHash: [String: String] = [:],
            routes: [String: RouterRoute]? = nil, unfinishedWatches: [String: Int] = [:]
        ) {
            self.routes = routes
            self.unfinishedWatches = unfinishedWatches
            self.incompleteReasons = incompleteReasons
            self.allowEmpty = allowEmpty
            self.invalid = invalid
            self.unresolved = unresolved
            self.pins = pins
            self.lastDeployedHash = lastDeployedHash
        }
    }

    /// The plan for `desired` against `actual`.
    package static func plan(desired: [DesiredDeployment], actual: [ActualContainer], context: Context) -> Plan {
        var byDeployment: [String: [ActualContainer]] = [:]
        var orphanCandidates: [ActualContainer] = []
        for container in actual {
            if container.isCandidate {
                orphanCandidates.append(container)
            } else {
                byDeployment[container.deployment, default: []].append(container)
            }
        }
        var entries: [Plan.Entry] = []
        var planned = Set<String>()
        var routesToRestore: [RouterRoute] = []
        for deployment in desired {
            planned.insert(deployment.name)
            let running = byDeployment[deployment.name] ?? []
            let entry = entry(for: deployment, containers: running, context: context)
            entries.append(entry)
            // The rollout moves the route itself; until it does, the route must reach the generation that serves.
            if case .update = entry.action, let routes = context.routes, let active = entry.active,
                let expected = expectedRoute(deployment, active: active), routes[deployment.name] != expected
            {
                routesToRestore.append(expected)
            }
        }
        for (name, message) in context.invalid where !planned.contains(name) {
            planned.insert(name)
            entries.append(
                Plan.Entry(name: name, action: .invalid(message: message), active: newest(byDeployment[name])))
        }
        for (name, message) in context.unresolved where !planned.contains(name) {
            planned.insert(name)
            entries.append(
                Plan.Entry(name: name, action: .unresolved(message: message), active: newest(byDeployment[name]))
            )
        }
        let leaving = byDeployment.keys.filter { !planned.contains($0) }.sorted()
        let withheld = pruneWithheld(leaving: leaving, running: byDeployment.count, context: context)
        if withheld == nil {
            for name in leaving {
                let containers = byDeployment[name]!
                entries.append(
                    Plan.Entry(
                        name: name, action: .prune(containerIDs: containers.map(\.id)), active: newest(containers))
                )
            }
        }
        entries.sort { $0.name < $1.name }
        orphanCandidates.sort { ($0.deployment, $0.generation) < ($1.deployment, $1.generation) }
        // Like prune, removing a route needs complete desired state.
        let stale =
            context.incompleteReasons.isEmpty
            ? (context.routes ?? [:]).keys.filter { !planned.contains($0) && byDeployment[$0] == nil } : []
        return Plan(
            entries: entries, orphanCandidates: orphanCandidates, staleRoutes: stale.sorted(),
            routesToRestore: routesToRestore.sorted { $0.deployment < $1.deployment }, pruneWithheld: withheld)
    }

    /// Why the deployments that left the repository are not pruned this pass: desired state is incomplete, or
    /// pruning would remove every deployment that runs and `allowEmpty` is off (Argo CD's rule).
    private static func pruneWithheld(leaving: [String], running: Int, context: Context) -> Plan.PruneWithheld? {
        guard !leaving.isEmpty else { return nil }
        if !context.incompleteReasons.isEmpty {
            return Plan.PruneWithheld(
                kept: leaving,
                reason: "desired state is incomplete, so nothing is pruned: "
                    + context.incompleteReasons.joined(separator: "; ")
            )
        }
        if leaving.count == running, !context.allowEmpty {
            return Plan.PruneWithheld(
                kept: leaving,
                reason: "this pass would prune every deployment berth runs (\(running)); refused unless the "
                    + "controller config says prune: {allowEmpty: true} or apply is given --allow-empty"
            )
        }
        return nil
    }

    private static func entry(for desired: DesiredDeployment, containers: [ActualContainer], context: Context)
        -> Plan.Entry
    {
        let active = newest(containers)
        if desired.suspended {
            return Plan.Entry(name: desired.name, action: .suspended, active: active)
        }
        if let pin = context.pins[desired.name] {
            return Plan.Entry(
                name: desired.name, action: .pinned(generation: pin.generation, reason: pin.reason), active: active)
        }
        if let back = returnTarget(active: active, containers: containers, context: context, name: desired.name) {
            return Plan.Entry(
                name: desired.name,
                action: .drifted([.returnTo(container: back.name, leaving: active?.generation)]), active: back)
        }
        if let message = context.overQuota[desired.name] {
            return Plan.Entry(name: desired.name, action: .overQuota(message: message), active: active)
        }
        guard let active else {
            let wasDeployed = context.lastDeployedHash[desired.name] == desired.specHash
            return Plan.Entry(name: desired.name, action: wasDeployed ? .drifted([.missing]) : .create, active: nil)
        }
        guard active.specHash == desired.specHash else {
            return Plan.Entry(name: desired.name, action: .update(fromHash: active.specHash), active: active)
        }
        var reasons = driftReasons(
            active: active, count: containers.count(where: \.isGeneration), expectedImageID: desired.expectedImageID)
        let kept = containers.filter(\.isPrevious).map(\.name).sorted()
        if !kept.isEmpty { reasons.append(.previousKept(kept)) }
        var live: [FieldChange] = []
        if let wanted = desired.liveFields, let recorded = context.recordedLiveFields[desired.name],
            recorded.generation == active.generation
        {
            live = wanted.changes(from: recorded.fields)
        }
        if let running = active.replicas, running != desired.replicas {
            live.append(
                FieldChange(
                    field: LiveFields.replicas, from: String(running), to: String(desired.replicas), kind: .changed))
        }
        if !live.isEmpty { reasons.append(.liveFields(live)) }
        if !active.changedServiceFields.isEmpty { reasons.append(.serviceChanged(fields: active.changedServiceFields)) }
        if let changes = context.handChanges[desired.name], changes.container == active.name {
            reasons.append(.changedByHand(changes))
        }
        // A service with no task running keeps its route: it has nothing to send to, and nothing to take away.
        let tasksAwaited = desired.route != nil && active.upstreams?.isEmpty == true
        if let routes = context.routes, !tasksAwaited {
            let expected = expectedRoute(desired, active: active)
            if expected != routes[desired.name] {
                reasons.append(.route(expected: expected, actual: routes[desired.name]))
            }
        }
        return Plan.Entry(name: desired.name, action: reasons.isEmpty ? .inSync : .drifted(reasons), active: active)
    }

    private static func driftReasons(active: ActualContainer, count: Int, expectedImageID: String?) -> [Plan
        .DriftReason]
    {
        var reasons: [Plan.DriftReason] = []
        if active.state != .running { reasons.append(.notRunning(active.state)) }
        if active.health == .unhealthy { reasons.append(.unhealthy) }
        if count > 1 { reasons.append(.duplicated(count: count)) }
        if let expectedImageID, !active.imageID.isEmpty, expectedImageID != active.imageID {
            reasons.append(.imageChanged(expected: expectedImageID, actual: active.imageID))
        }
        if let port = active.port, !active.publishedPorts.isEmpty, !active.publishedPorts.contains(port) {
            reasons.append(.portChanged(expected: port, published: active.publishedPorts))
        }
        return reasons
    }

    /// The route `desired` should have in the router while `active` serves; nil without `spec.route`.
    /// The route a deployment with a route should have: to the port its container serves on, or on a swarm to its
    /// running tasks (none while no task runs: a route is never pointed at nothing).
    private static func expectedRoute(_ desired: DesiredDeployment, active: ActualContainer) -> RouterRoute? {
        guard let route = desired.route else { return nil }
        if let upstreams = active.upstreams {
            return upstreams.isEmpty ? nil : RouterRoute(route, of: desired.name, upstreams: upstreams)
        }
        return active.port.map { RouterRoute(route, of: desired.name, port: $0) }
    }

    /// The generation to return to when a watch after cutover did not end healthy and no rollback finished: with
    /// no active generation left, the newest `-previous` (the rollback had removed the new one); with an active
    /// generation whose watch is unfinished, the newest older generation still there, `-previous` or not (the
    /// swap had not renamed it yet). Nil otherwise: a `-previous` beside a generation that passed its watch is a
    /// leftover (``Plan/DriftReason/previousKept(_:)``).
    private static func returnTarget(
        active: ActualContainer?, containers: [ActualContainer], context: Context, name: String
    ) -> ActualContainer? {
        guard let active else {
            return containers.filter(\.isPrevious).max { $0.generation < $1.generation }
        }
        guard context.unfinishedWatches[name] == active.generation else { return nil }
        return containers.filter { !$0.isCandidate && $0.generation < active.generation }
            .max { $0.generation < $1.generation }
    }

    /// The active container: the highest generation that is neither a candidate nor kept as `-previous`.
    private static func newest(_ containers: [ActualContainer]?) -> ActualContainer? {
        containers?.lazy.filter(\.isGeneration).max { $0.generation < $1.generation }
    }
}
