import Drivers
import Foundation
import Logging
import Manifest

/// One controller's view of the world: reads desired and actual state, plans, applies, rolls back.
///
/// ```swift
/// let reconciliation = Reconciliation(reader: reader, environment: environment, progress: { print($0) })
/// let pass = try await reconciliation.plan()
/// let report = await reconciliation.apply(pass, options: ApplyOptions(prune: false))
/// ```
package final class Reconciliation: Sendable {
    private let reader: DesiredStateReader
    let environment: Pipeline.Environment
    private let pipeline: Pipeline
    private let handChanges: @Sendable () -> [String: HandChanges]

    /// - Parameter handChanges: what `berth run`'s newest drift scan found changed by hand that only a new container
    ///   puts back, by deployment; each pass plans it for the `drift: heal` deployments among them.
    package init(
        reader: DesiredStateReader, environment: Pipeline.Environment,
        handChanges: @escaping @Sendable () -> [String: HandChanges] = { [:] }, progress: @escaping ProgressHandler
    ) {
        self.reader = reader
        self.environment = environment
        self.handChanges = handChanges
        self.pipeline = Pipeline(environment: environment, progress: progress)
    }

    private var engine: any ContainerEngine { environment.engine }
    private var history: History { environment.history }

    // MARK: plan

    /// Reads desired state, resolves every source and image once, lists managed containers (one call) and plans.
    /// - Throws: when desired or actual state cannot be read (a missing `configRepo.path` among them); nothing has
    ///   been changed then.
    /// - Parameters:
    ///   - ref: a config repository ref to plan instead of the branch head (a pull request's head).
    ///   - allowEmpty: prune every deployment that runs if that is what desired state says (`apply --allow-empty`);
    ///     the controller config's `prune.allowEmpty` allows it too.
    ///
    /// A pass at the branch head also plans the open previews (DESIGN §14): each is derived from its parent's manifest
    /// and its record in history. A preview no longer derived (closed, or its parent left the repository) is left out
    /// of the plan altogether, never pruned by it: closing it or its TTL removes it (``removePreview(_:from:)``).
    package func plan(at ref: String? = nil, allowEmpty: Bool = false) async throws -> PassPlan {
        try await plan(
            listing: BerthLabel.owned(by: environment.controller.stateDir),
            allowEmpty: allowEmpty || environment.controller.pruneAllowsEmpty, seesUndesiredPreviews: false
        ) {
            let snapshot = try await reader.read(at: ref)
            var state = snapshot.state
            if ref == nil, let settings = environment.controller.previews {
                state.deployments = (state.deployments + (try await previews(of: state.deployments, settings)))
                    .sorted { $0.name < $1.name }
            }
            return (state, state.deployments, snapshot.configCommit)
        }
    }

    /// The preview deployments of the open previews whose parent is among `deployments`; a parent that cannot have
    /// one is logged (its record stays, so the preview comes once the parent can).
    private func previews(of deployments: [Deployment], _ settings: PreviewSettings) async throws -> [Deployment] {
        let parents = Dictionary(deployments.map { ($0.name, $0) }) { first, _ in first }
        var previews: [Deployment] = []
        for record in try await history.previews() {
            guard let parent = parents[record.name.parent] else { continue }
            do {
                previews.append(
                    try parent.preview(
                        number: record.name.number, commit: record.headCommit,
                        host: settings.host(number: record.name.number, parent: parent.name),
                        inheritSecrets: settings.inheritsSecrets))
            } catch {
                environment.logger.warning("\(record.name): no preview: \(error)")
            }
        }
        return previews
    }

    /// Plans `name` alone from the desired state `pass` read, re-reading only what is its own: its source or image
    /// is resolved again and its containers listed by label (one call), so N queued jobs cost O(N) engine and git
    /// calls, not N full plans (DESIGN §6). Prune follows the pass's decision for it.
    /// - Throws: when its containers cannot be listed.
    package func plan(_ name: String, from pass: PassSnapshot) async throws -> PassPlan {
        let labels = BerthLabel.owned(by: environment.controller.stateDir, deployment: name)
        let withheld = pass.pruneWithheld?.kept.contains(name) ?? false
        let planned = try await plan(
            listing: labels, allowEmpty: true, seesUndesiredPreviews: true,
            incompleteReasons: withheld ? [pass.pruneWithheld!.reason] : [],
            otherClaimedPorts: pass.claimedPorts, overQuota: pass.overQuota.filter { $0.key == name }
        ) { (pass.desired, pass.desired.deployments.filter { $0.name == name }, pass.configCommit) }
        return planned.restricted(to: name)
    }

    /// The plan of the deployments `desired` reads (all of its state's, or one) against the containers carrying
    /// `listing`'s labels, listed in one call while the desired state is read and its deployments resolve.
    /// - Parameters:
    ///   - seesUndesiredPreviews: plan the containers and routes of previews `desired` does not hold (to remove
    ///     them); when false they are left out, as if they were not there.
    ///   - overQuota: the deployments a full pass found over their team's quota; nil: decide it here, over every
    ///     deployment of the desired state (a full pass lists every container).
    private func plan(
        listing labels: [String: String], allowEmpty: Bool, seesUndesiredPreviews: Bool,
        incompleteReasons: [String]? = nil,
        otherClaimedPorts: Set<Int> = [], overQuota: [String: String]? = nil,
        desired: () async throws -> (state: DesiredState, deployments: [Deployment], configCommit: String)
    ) async throws -> PassPlan {
        let resolver = BuildInputResolver(
            repositories: environment.repositories, engine: engine, controller: environment.controller
        )
        async let listed = actual(labels: labels)
        // What history and the router say does not depend on what runs: read it while the engine answers.
        async let records = history.passRecords()
        let (state, deployments, configCommit) = try await desired()
        var (resolved, unresolved) = await resolver.resolve(deployments)
        let recorded = try await records
        let (recordedPins, lastDeployedHashes, suspensions) =
            (recorded.pins, recorded.lastDeployedHashes, recorded.suspensions)
        var (routes, routerProblem) = await routerRoutes()
        var actual = try await listed
        var undesiredPreviews: Set<String> = []
        if !seesUndesiredPreviews {
            let desiredNames = Set(deployments.map(\.name))
            let isUndesiredPreview = { (name: String) in !desiredNames.contains(name) && PreviewName(name) != nil }
            undesiredPreviews = Set(actual.map(\.deployment).filter(isUndesiredPreview))
                .union((routes ?? [:]).keys.filter(isUndesiredPreview))
            if !undesiredPreviews.isEmpty {
                actual.removeAll { undesiredPreviews.contains($0.deployment) }
                routes = routes?.filter { !undesiredPreviews.contains($0.key) }
            }
        }
        // A fixed host port something else holds would fail at start, after a stop-first rollout stopped the old
        // container: say so now, naming the holder, and leave what runs alone. (On a swarm, Swarm places the tasks.)
        let heldPorts =
            environment.swarm != nil
            ? [:]
            : await HostPortConflicts(engine: engine, probe: environment.hostPorts).check(resolved, actual: actual)
        unresolved.merge(heldPorts) { resolving, _ in resolving }
        resolved.removeAll { heldPorts[$0.name] != nil }
        var invalid: [String: String] = [:]
        var unnamedInvalid: [Diagnostic] = []
        for document in state.invalid {
            if let name = document.name, let first = document.diagnostics.first {
                invalid[name] = first.description
            } else {
                unnamedInvalid += document.diagnostics
            }
        }
        // A pin holds while the desired spec hash (manifest and build inputs) is the one recorded at pin time; a
        // deployment that could not be resolved this pass keeps its pin (DESIGN §14).
        var pins: [String: Pin] = [:]
        var stalePins: [String] = []
        let desiredHashes = Dictionary(uniqueKeysWithValues: resolved.map { ($0.name, $0.specHash) })
        let planned = Set(deployments.map(\.name))
        for (name, pin) in recordedPins where planned.contains(name) {
            switch desiredHashes[name] {
            case pin.specHash, nil: pins[name] = pin
            default: stalePins.append(name)
            }
        }
        var unfinishedWatches: [String: Int] = [:]
        for deployment in resolved where deployment.deployment.spec.rollout.watch != nil {
            let containers = actual.filter { $0.deployment == deployment.name && !$0.isCandidate }
            guard containers.count > 1 || containers.contains(where: \.isPrevious),
                let unfinished = try await unfinishedWatch(of: deployment.name)
            else { continue }
            unfinishedWatches[deployment.name] = unfinished.rollout.generation
        }
        var context = Planner.Context(
            incompleteReasons: incompleteReasons ?? state.incompleteReasons, allowEmpty: allowEmpty,
            invalid: invalid, unresolved: unresolved, pins: pins,
            lastDeployedHash: lastDeployedHashes, routes: routes,
            unfinishedWatches: unfinishedWatches
        )
        if environment.swarm == nil {
            context.recordedLiveFields = await recordedLiveFields(resolved, actual: actual)
        }
        if let overQuota {
            context.overQuota = overQuota
        } else {
            context.overQuota = QuotaAdmission.refused(
                await quotaClaims(state.deployments, actual: actual), quotas: environment.controller.quotas)
        }
        let healing = Set(resolved.lazy.filter { $0.deployment.spec.drift == .heal }.map(\.name))
        context.handChanges = handChanges().filter { healing.contains($0.key) }
        // The dashboard's suspend is a runtime pause kept in history; it suspends as `spec.suspend` does.
        let desiredDeployments = resolved.map { deployment in
            var desired = deployment.desired
            desired.suspended = desired.suspended || suspensions[deployment.name] != nil
            return desired
        }
        let plan = Planner.plan(desired: desiredDeployments, actual: actual, context: context)
        var pass = PassPlan(
            configCommit: configCommit, desired: state, plan: plan,
            resolved: Dictionary(uniqueKeysWithValues: resolved.map { ($0.name, $0) }), actual: actual,
            unnamedInvalid: unnamedInvalid, stalePins: stalePins.sorted(), otherClaimedPorts: otherClaimedPorts
        )
        pass.routerProblem = routerProblem
        pass.undesiredPreviews = undesiredPreviews
        pass.overQuota = context.overQuota
        pass.runsServices = environment.swarm != nil
        return pass
    }

    /// What runs, by berth's labels: the containers carrying `labels`, or on the swarm runtime the services, each read
    /// as its deployment's active generation. One call either way.
    private func actual(labels: [String: String]) async throws -> [ActualContainer] {
        if let swarm = environment.swarm {
            return try await swarm.services(labels: labels, endpoints: environment.router != nil)
        }
        return try await engine.listContainers(labels: labels).compactMap(ActualContainer.init)
    }

    /// What the active generation of each deployment whose hash matches runs of the live fields, read from its
    /// record in history (one read each, no engine inspect: DESIGN §3). A generation without a record (rolled out
    /// before berth kept them) or whose record cannot be read is not compared.
    private func recordedLiveFields(_ resolved: [ResolvedDeployment], actual: [ActualContainer]) async
        -> [String: LiveFields.Recorded]
    {
        var activeByName: [String: ActualContainer] = [:]
        for container in actual where container.isGeneration {
            if let known = activeByName[container.deployment], known.generation >= container.generation { continue }
            activeByName[container.deployment] = container
        }
        var recorded: [String: LiveFields.Recorded] = [:]
        for deployment in resolved {
            guard let active = activeByName[deployment.name], active.specHash == deployment.specHash,
                let record = try? await history.record(of: deployment.name, generation: active.generation),
                let container = record.container, let fields = LiveFields(recorded: container)
            else { continue }
            recorded[deployment.name] = LiveFields.Recorded(generation: active.generation, fields: fields)
        }
        return recorded
    }

    /// The claims on their team's cpu and memory quota of `deployments` whose team has one: what each declares and,
    /// for one that runs, what a replica of its active generation runs as its record in history says (one read each;
    /// what it declares when there is no record).
    private func quotaClaims(_ deployments: [Deployment], actual: [ActualContainer]) async -> [QuotaAdmission.Claim] {
        let limited = Set(environment.controller.quotas.filter { !$0.value.requiredResources.isEmpty }.keys)
        guard !limited.isEmpty else { return [] }
        var active: [String: Int] = [:]
        for container in actual where container.isGeneration {
            active[container.deployment] = max(active[container.deployment] ?? 0, container.generation)
        }
        var claims: [QuotaAdmission.Claim] = []
        for deployment in deployments {
            guard let team = deployment.labels[TeamQuota.label], limited.contains(team) else { continue }
            var running: QuotaAdmission.Amount?
            if let generation = active[deployment.name] {
                let record = try? await history.record(of: deployment.name, generation: generation)
                running =
                    record?.container.map {
                        QuotaAdmission.Amount(nanoCPUs: $0.nanoCPUs ?? 0, memoryBytes: $0.memoryBytes ?? 0)
                    } ?? QuotaAdmission.Amount(deployment.spec.resources)
            }
            claims += QuotaAdmission.Claim(deployment, running: running).map { [$0] } ?? []
        }
        return claims
    }

    /// The newest rollout of `name` and the transitions of its watch stage, unless it succeeded or its watch ended
    /// healthy (or was cut short by a graceful stop, which keeps the new generation).
    private func unfinishedWatch(of name: String) async throws -> (rollout: Rollout, watch: [StageTransition])? {
        guard let rollout = try await history.rollouts(of: name, limit: 1).first, rollout.result != .succeeded,
            let id = rollout.id
        else { return nil }
        let watch = try await history.transitions(of: id).filter { $0.stage == Stage.watch.rawValue }
        guard !watch.contains(where: { ["succeeded", "skipped"].contains($0.state) }) else { return nil }
        return (rollout, watch)
    }

    /// The routes berth owns in the router, by deployment (one read), or why they could not be read; both nil
    /// without a router.
    private func routerRoutes() async -> (routes: [String: RouterRoute]?, problem: String?) {
        guard let router = environment.router else { return (nil, nil) }
        do {
            let routes = try await router.routes()
            return (Dictionary(routes.map { ($0.deployment, $0) }) { first, _ in first }, nil)
        } catch {
            return (nil, "\(error)")
        }
    }

    /// What each `update` in `pass` changes, by deployment: the desired deployment against the record of its
    /// active generation, with the app commits between them counted in the mirror (``PlanDiff``). Reads history
    /// and the mirrors only; a record or count that cannot be read leaves that part out.
    package func updateDetails(_ pass: PassPlan) async -> [String: UpdateDetails] {
        var details: [String: UpdateDetails] = [:]
        for entry in pass.plan.entries {
            guard case .update = entry.action, let active = entry.active, let desired = pass.resolved[entry.name]
            else { continue }
            let record = try? await history.record(of: entry.name, generation: active.generation)
            var distance: CommitDistance?
            if let source = desired.source, let from = CommitID(hex: active.commit), from != source.commit {
                distance = try? await environment.repositories.distance(
                    from: from, to: source.commit, in: source.remote
                )
            }
            details[entry.name] = PlanDiff.details(
                desired: desired, active: active, record: record, distance: distance,
                routed: environment.router != nil)
        }
        return details
    }

    // MARK: apply

    /// Marks the rollouts a killed process left `running` as interrupted. Call once, right after taking the
    /// state dir's lock and before the first ``apply(_:options:)``.
    package func recoverInterruptedRollouts() async {
        do {
            let count = try await history.markUnfinishedInterrupted()
            if count > 0 {
                environment.logger.notice(
                    "\(counted(count, "rollout was", plural: "rollouts were")) interrupted by a stop; converging now"
                )
            }
        } catch {
            environment.logger.error("cannot mark interrupted rollouts in history: \(error)")
        }
    }

    /// Carries out `pass`: first removes candidates an interrupted rollout left, then works through the entries,
    /// at most `workers` rollouts at a time and at most `quotas.<team>.rollouts` of one team. Never throws: each
    /// deployment's failure is in the report.
    package func apply(_ pass: PassPlan, options: ApplyOptions) async -> ApplyReport {
        var report = ApplyReport()
        if let router = environment.router {
            // Traffic first: a route left on a candidate goes back to what serves before the candidate is removed.
            for route in pass.plan.routesToRestore where options.includes(route.deployment) {
                do {
                    try await router.point(route)
                } catch {
                    environment.logger.error(
                        "cannot point the route of \(route.deployment) back at \(route.upstream): \(error)")
                }
            }
        }
        for candidate in pass.plan.orphanCandidates where options.includes(candidate.deployment) {
            do {
                try await engine.removeContainer(candidate.id, force: true, removeVolumes: false)
                report.removedCandidates.append(candidate.name)
            } catch {
                environment.logger.error("cannot remove leftover candidate \(candidate.name): \(error)")
                report.leftoverCandidates.append(candidate.name)
            }
        }
        for name in pass.stalePins where options.includes(name) {
            try? await history.unpin(name)
        }
        if let router = environment.router {
            for name in pass.plan.staleRoutes where options.includes(name) {
                do {
                    try await router.removeRoute(of: name)
                    report.removedRoutes.append(name)
                } catch {
                    environment.logger.error("cannot remove the route of \(name), which left the repository: \(error)")
                }
            }
        }
        if options.only.isEmpty { await liftQuotaStalls(pass) }
        let entries = Dictionary(
            pass.plan.entries.filter { options.includes($0.name) }.map { ($0.name, $0) },
            uniquingKeysWith: { first, _ in first })
        // The work queue's bookkeeping orders them: `workers` at once, and a team's rollouts within its quota.
        var schedule = WorkQueueState(
            workers: max(1, environment.controller.workers),
            rollouts: environment.controller.quotas.compactMapValues(\.rollouts))
        let teams = pass.teams
        // A deployment starts after those it depends on (a compose service's depends_on) have finished.
        var order = StartOrder(
            pass.plan.entries.map(\.name).filter { entries[$0] != nil },
            dependsOn: Dictionary(
                pass.desired.deployments.map { ($0.name, $0.dependsOn) }, uniquingKeysWith: { first, _ in first }))
        let items = await withTaskGroup(of: ApplyReport.Item.self) { group in
            var results: [ApplyReport.Item] = []
            var actions = order.ready.flatMap {
                schedule.trigger($0, team: teams[$0], overridingBackoff: false)
            }
            while true {
                for case .start(let name) in actions {
                    guard let entry = entries[name] else { continue }
                    group.addTask { await self.apply(entry, pass: pass, options: options) }
                }
                guard let item = await group.next() else {
                    let held = order.releaseAll()
                    if held.isEmpty { break }
                    actions = held.flatMap { schedule.trigger($0, team: teams[$0], overridingBackoff: false) }
                    continue
                }
                results.append(item)
                actions = schedule.finished(item.name, succeeded: true)
                    + order.finished(item.name).flatMap {
                        schedule.trigger($0, team: teams[$0], overridingBackoff: false)
                    }
            }
            return results
        }
        report.items = items.sorted { $0.name < $1.name }
        return report
    }

    private func apply(_ entry: Plan.Entry, pass: PassPlan, options: ApplyOptions) async -> ApplyReport.Item {
        let name = entry.name
        switch entry.action {
        case .create, .update:
            return await rollOut(name, pass: pass, active: entry.active)
        case .drifted(let reasons):
            return await heal(entry, reasons: reasons, pass: pass)
        case .prune(let containerIDs):
            guard options.prune else {
                return .init(
                    name: name, result: .skipped,
                    message: "left the repository: \(counted(containerIDs.count, "container")) kept; "
                        + "apply --prune removes them",
                    rollout: nil)
            }
            return await prune(name, containerIDs: containerIDs)
        case .invalid(let message):
            await setCondition(.stalled, .true, reason: "InvalidManifest", message, for: name, pass: pass)
            return .init(name: name, result: .invalid, message: message, rollout: nil)
        case .unresolved(let message):
            await setCondition(.ready, .false, reason: "ResolveFailed", message, for: name, pass: pass)
            return .init(name: name, result: .failed, message: message, rollout: nil)
        case .overQuota(let message):
            await setCondition(.stalled, .true, reason: Condition.quotaExceeded, message, for: name, pass: pass)
            return .init(name: name, result: .blocked, message: message, rollout: nil)
        case .inSync:
            return .init(name: name, result: .unchanged, message: "in sync", rollout: nil)
        case .suspended:
            return .init(name: name, result: .skipped, message: "suspended", rollout: nil)
        case .pinned(let generation, let reason):
            return .init(
                name: name, result: .skipped,
                message: "pinned to generation \(generation) (\(reason); berth rollback \(name) --unpin)",
                rollout: nil)
        }
    }

    /// Rolls out the desired release of `name` over `active`; `generations` are its containers when the pass's
    /// listing no longer holds (default: as listed).
    private func rollOut(
        _ name: String, pass: PassPlan, active: ActualContainer?, generations: [ActualContainer]? = nil
    ) async -> ApplyReport.Item {
        guard let target = pass.resolved[name] else {
            return .init(name: name, result: .failed, message: "not resolved", rollout: nil)
        }
        let request = RolloutRequest(
            target: target, configCommit: pass.configCommit, active: active,
            highestGeneration: pass.highestGeneration(of: name), claimedPorts: pass.claimedPorts,
            generations: generations ?? pass.actual.filter { $0.deployment == name }
        )
        let rollout = await pipeline.run(request)
        switch rollout.result {
        case .succeeded:
            // The swap retired every other generation listed right before it, or the rollout failed.
            return .init(
                name: name, result: .succeeded, message: "generation \(rollout.generation) is active",
                rollout: rollout)
        case .interrupted:
            return .init(
                name: name, result: .interrupted,
                message: "generation \(rollout.generation) was interrupted at \(rollout.failingStage ?? "?"): "
                    + "berth is stopping", rollout: rollout)
        case .cancelled:
            return .init(
                name: name, result: .cancelled,
                message: "generation \(rollout.generation) was \(rollout.error ?? "cancelled") at "
                    + "\(rollout.failingStage ?? "?")", rollout: rollout)
        case .rolledBack:
            return .init(
                name: name, result: .rolledBack,
                message: "generation \(rollout.generation) was rolled back: \(rollout.error ?? "")", rollout: rollout)
        default:
            return .init(
                name: name, result: rollout.result == .blocked ? .blocked : .failed,
                message: "generation \(rollout.generation) failed at \(rollout.failingStage ?? "?"): "
                    + (rollout.error ?? ""), rollout: rollout)
        }
    }

    /// What keeps `name` from having converged, listed afresh: nil when exactly one generation is left and no
    /// candidate. A heal reports success only when this holds.
    private func leftovers(of name: String) async -> String? {
        let containers: [ActualContainer]
        do {
            let labels = BerthLabel.owned(by: environment.controller.stateDir, deployment: name)
            containers = try await actual(labels: labels)
        } catch {
            return "its containers cannot be listed to check: \(error)"
        }
        let generations = containers.filter { !$0.isCandidate }.map(\.name).sorted()
        let candidates = containers.filter(\.isCandidate).map(\.name).sorted()
        guard generations.count != 1 || !candidates.isEmpty else { return nil }
        return "\(generations.count) generations (\(generations.joined(separator: ", "))) and \(candidates.count) "
            + "candidates (\(candidates.joined(separator: ", "))) are left"
    }

    /// Removes duplicate generations (an interrupted swap's leftovers), then for `drift: heal` starts a stopped
    /// container again or rolls out anew; for `drift: report` only records the drift.
    private func heal(_ entry: Plan.Entry, reasons: [Plan.DriftReason], pass: PassPlan) async -> ApplyReport.Item {
        let name = entry.name
        for case .returnTo(let container, let leaving) in reasons {
            return await returnTo(container, leaving: leaving, entry: entry, pass: pass)
        }
        var done: [String] = []
        var remaining = reasons
        // Traffic first: after a crash mid-swap the route may still point at a generation about to be removed.
        for case .route(let expected, _) in reasons {
            do {
                done.append(try await heal(route: expected, of: name))
            } catch {
                return .init(
                    name: name, result: .failed, message: "cannot fix the route of \(name): \(error)", rollout: nil)
            }
        }
        remaining.removeAll { if case .route = $0 { true } else { false } }
        // A live field the manifest changed is desired state, not drift: applied under `drift: report` too. In place
        // when the engine can; a lifted limit stays in `remaining` and takes a new generation below.
        var relimit = false
        for case .liveFields(let changes) in reasons {
            if LiveFields.needsNewContainer(changes) {
                relimit = true
                continue
            }
            do {
                done.append(try await applyLiveFields(changes, entry: entry, pass: pass))
            } catch {
                let message = (done + ["cannot update \(entry.active?.name ?? name) in place: \(error)"])
                return .init(name: name, result: .failed, message: message.joined(separator: "; "), rollout: nil)
            }
            remaining.removeAll { if case .liveFields = $0 { true } else { false } }
        }
        if reasons.contains(where: { if case .previousKept = $0 { true } else { false } }) {
            let kept = pass.actual.filter { $0.deployment == name && $0.isPrevious }
            switch await retire(kept, of: name, pass: pass, saying: "removed") {
            case .success(let removed): done += removed
            case .failure(let failure): return failure.item
            }
            remaining.removeAll { if case .previousKept = $0 { true } else { false } }
        }
        if reasons.contains(where: { if case .duplicated = $0 { true } else { false } }), let active = entry.active {
            // What an interrupted swap left: retire the older generations as the swap would have.
            let extra = pass.actual.filter { $0.deployment == name && $0.isGeneration && $0.id != active.id }
            switch await retire(extra, of: name, pass: pass, saying: "removed duplicate") {
            case .success(let removed): done += removed
            case .failure(let failure): return failure.item
            }
            remaining.removeAll { if case .duplicated = $0 { true } else { false } }
        }
        if remaining.isEmpty {
            if let problem = await leftovers(of: name) {
                let message = (done + [problem]).joined(separator: "; ")
                return .init(name: name, result: .failed, message: message, rollout: nil)
            }
            return .init(name: name, result: .healed, message: done.joined(separator: "; "), rollout: nil)
        }
        let summary = remaining.map(\.description).joined(separator: "; ")
        guard pass.resolved[name]?.deployment.spec.drift == .heal || relimit else {
            await setCondition(.drifted, .true, reason: "DriftDetected", summary, for: name, pass: pass)
            return .init(name: name, result: .reported, message: "drift reported, left alone: \(summary)", rollout: nil)
        }
        if remaining.allSatisfy({ if case .notRunning = $0 { true } else { false } }), let active = entry.active {
            do {
                try await engine.startContainer(active.id)
                await setCondition(
                    .drifted, .false, reason: "Healed", "started \(active.name) again", for: name, pass: pass)
                return .init(name: name, result: .healed, message: "started \(active.name) again", rollout: nil)
            } catch {
                environment.logger.warning("\(name): cannot start \(active.name) again (\(error)); rolling out anew")
            }
        }
        let item = await rollOut(name, pass: pass, active: entry.active)
        return .init(name: name, result: item.result, message: "\(summary): \(item.message)", rollout: item.rollout)
    }

    /// Applies the desired live fields (resources, restart policy) to the active generation with the engine's update
    /// call, no restart, then makes its record say so. A record that cannot be written fails the item: the next pass
    /// plans the same change and applies it again (the update is idempotent).
    private func applyLiveFields(_ changes: [FieldChange], entry: Plan.Entry, pass: PassPlan) async throws -> String {
        guard let active = entry.active, let target = pass.resolved[entry.name] else {
            throw RecordError("\(entry.name) has no active generation to update")
        }
        let fields = changes.map { "\($0.field): \($0.from ?? "unlimited") → \($0.to ?? "unlimited")" }
        if let swarm = environment.swarm {
            // On a swarm the only live field compared is the task count, read from the service itself.
            try await swarm.scale(active.id, to: target.deployment.spec.replicas)
            return "\(fields.joined(separator: ", ")) applied to service \(active.name) without a restart"
        }
        let wanted = LiveFields(spec: target.deployment.spec)
        try await engine.updateContainer(
            active.id, resources: wanted.resourceLimits, restartPolicy: wanted.engineRestartPolicy)
        if let record = try await history.record(of: entry.name, generation: active.generation) {
            try await history.update(
                wanted.applied(to: record, desired: CanonicalManifest.document(target.deployment)))
        }
        return "\(fields.joined(separator: ", ")) applied to \(active.name) without a restart"
    }

    /// Finishes the rollback a watch after cutover needed and berth did not complete (DESIGN §14): starts `container`
    /// when it waits stopped, points the route at it, stops and removes every other generation of the deployment
    /// (the one that was watched), and gives it its active name again. Then, when the release that was watched had
    /// failed its watch and is still the one desired, pins the deployment as the finished rollback would have;
    /// otherwise (its watch never ended, or the manifest changed since) rolls out the desired release anew, watched.
    private func returnTo(_ container: String, leaving: Int?, entry: Plan.Entry, pass: PassPlan) async
        -> ApplyReport.Item
    {
        let name = entry.name
        guard let back = pass.actual.first(where: { $0.deployment == name && $0.name == container }),
            let target = pass.resolved[name]
        else { return .init(name: name, result: .failed, message: "\(container) is gone", rollout: nil) }
        let spec = target.deployment.spec
        var done: [String] = []
        var restored = back
        let others = pass.actual.filter { $0.deployment == name && !$0.isCandidate && $0.id != back.id }
        do {
            if back.state != .running {
                // It waits stopped (stop-first, or no router): the others go first, they may hold its port.
                for other in others {
                    try await ignoringMissing {
                        try await self.engine.stopContainer(other.id, timeout: spec.stopGracePeriod)
                    }
                }
                try await engine.startContainer(back.id)
                restored.state = .running
                done.append("started \(back.name) again")
            }
            if let router = environment.router, let route = spec.route, let port = back.port {
                let wanted = RouterRoute(route, of: name, port: port)
                try await router.point(wanted)
                done.append("route \(route.host)\(route.path) → \(wanted.upstream)")
            }
            for other in others {
                try await ignoringMissing {
                    try await self.engine.stopContainer(other.id, timeout: spec.stopGracePeriod)
                    try await self.engine.removeContainer(other.id, force: true, removeVolumes: false)
                }
                done.append("removed \(other.name)")
            }
            let activeName = ContainerName.active(name, generation: back.generation)
            if back.name != activeName {
                try await engine.renameContainer(back.id, to: activeName)
                restored.name = activeName
                done.append("renamed \(back.name) \(activeName) again")
            }
        } catch {
            let message = (done + ["cannot return to \(back.name): \(error)"]).joined(separator: "; ")
            return .init(name: name, result: .failed, message: message, rollout: nil)
        }
        let summary = Plan.DriftReason.returnTo(container: container, leaving: leaving).description
        let returned = "\(summary): " + done.joined(separator: "; ")
        if restored.specHash == target.specHash {
            return .init(name: name, result: .healed, message: returned, rollout: nil)
        }
        if let (rollout, watch) = try? await unfinishedWatch(of: name), rollout.specHash == target.specHash,
            let failure = watch.first(where: { $0.state == "failed" })
        {
            let reason = "the watch after cutover rolled generation \(rollout.generation) back: \(failure.message)"
            do {
                try await history.pin(
                    name, generation: back.generation, configSpecHash: target.specHash, reason: reason)
            } catch {
                return .init(name: name, result: .failed, message: "\(returned); cannot pin: \(error)", rollout: nil)
            }
            return .init(name: name, result: .rolledBack, message: "\(returned); pinned: \(reason)", rollout: nil)
        }
        let item = await rollOut(name, pass: pass, active: restored, generations: [restored])
        return .init(name: name, result: item.result, message: "\(returned); \(item.message)", rollout: item.rollout)
    }

    /// Runs the engine call `body`; a container that is gone already counts as done.
    private func ignoringMissing(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as ContainerEngineError where error.code == .notFound {
            return
        }
    }

    /// A container a heal could not stop or remove, as the report item that says so.
    private struct RetireFailure: Error {
        let item: ApplyReport.Item
    }

    /// Stops `containers` (with `name`'s stop grace period) and removes them; returns `"<saying> <container>"` for
    /// each, or the report item naming the first that could not go.
    private func retire(_ containers: [ActualContainer], of name: String, pass: PassPlan, saying: String) async
        -> Result<[String], RetireFailure>
    {
        let grace = pass.resolved[name]?.deployment.spec.stopGracePeriod ?? .seconds(10)
        var done: [String] = []
        for container in containers {
            do {
                try await engine.stopContainer(container.id, timeout: grace)
                try await engine.removeContainer(container.id, force: true, removeVolumes: false)
                done.append("\(saying) \(container.name)")
            } catch {
                let message = "cannot remove \(container.name): \(error)"
                return .failure(RetireFailure(item: .init(name: name, result: .failed, message: message, rollout: nil)))
            }
        }
        return .success(done)
    }

    /// Puts the route of `name` in the router as `expected` says (read back), or removes it when `expected` is nil.
    private func heal(route expected: RouterRoute?, of name: String) async throws -> String {
        guard let router = environment.router else { return "no router configured" }
        guard let expected else {
            try await router.removeRoute(of: name)
            return "removed the route spec.route no longer declares"
        }
        try await router.point(expected)
        return "route \(expected.host)\(expected.pathPrefix) → \(expected.upstream) put back"
    }

    private func prune(_ name: String, containerIDs: [String]) async -> ApplyReport.Item {
        if let router = environment.router {
            do {
                try await router.removeRoute(of: name)
            } catch {
                return .init(
                    name: name, result: .failed, message: "cannot remove the route of \(name): \(error)", rollout: nil)
            }
        }
        if let swarm = environment.swarm {
            for id in containerIDs {
                do {
                    try await swarm.remove(id)
                } catch {
                    return .init(
                        name: name, result: .failed, message: "cannot remove service \(name): \(error)", rollout: nil)
                }
            }
            try? await history.removeConditions(of: name)
            return .init(
                name: name, result: .pruned, message: "removed service \(name); volumes are kept", rollout: nil)
        }
        for id in containerIDs {
            do {
                try await engine.stopContainer(id, timeout: nil)  // the container's own stop grace period
                try await engine.removeContainer(id, force: true, removeVolumes: false)
            } catch {
                return .init(
                    name: name, result: .failed, message: "cannot remove \(id.prefix(12)): \(error)", rollout: nil)
            }
        }
        try? await history.removeConditions(of: name)
        return .init(
            name: name, result: .pruned,
            message: "removed \(counted(containerIDs.count, "container")); volumes are kept", rollout: nil)
    }

    /// Removes what the preview `name` made (DESIGN §14), whatever `prune` says and whatever `pass` desired: its route
    /// and containers, every image built for it that no container uses, and the volumes it created (they carry its
    /// labels).
    /// - Returns: what was removed, or why something could not be (the caller tries again); nil when nothing of it
    ///   was left.
    /// - Throws: when its containers cannot be listed.
    package func removePreview(_ name: String, from pass: PassSnapshot) async throws -> ApplyReport.Item? {
        let stateDir = environment.controller.stateDir
        let labels = BerthLabel.owned(by: stateDir, deployment: name)
        let removal = try await plan(
            listing: labels, allowEmpty: true, seesUndesiredPreviews: true, otherClaimedPorts: pass.claimedPorts,
            overQuota: [:]
        ) { (pass.desired, [], pass.configCommit) }
        let routeAndContainers = await apply(
            removal.restricted(to: name), options: ApplyOptions(only: [name], prune: true)
        ).items.first
        if routeAndContainers?.result == .failed { return routeAndContainers }
        let images = await ImageRetention(
            engine: engine, keep: 0, owner: BerthLabel.owned(by: stateDir), logger: environment.logger
        ).prune(deployment: name)
        var volumes = 0
        do {
            for volume in try await engine.listVolumes(labels: labels) {
                try await engine.removeVolume(volume.name)
                volumes += 1
            }
        } catch {
            return .init(
                name: name, result: .failed, message: "cannot remove the preview's volumes: \(error)", rollout: nil)
        }
        let containers = removal.actual.filter { $0.deployment == name }.count
        guard containers + images.count + volumes > 0 || routeAndContainers != nil else { return nil }
        return .init(
            name: name, result: .pruned,
            message: "removed the preview: \(counted(containers, "container")), \(counted(images.count, "image")), "
                + counted(volumes, "volume"),
            rollout: nil)
    }

    /// Lifts `Stalled: QuotaExceeded` from the deployments of `pass` that their team's quota holds now: one that
    /// rolls out clears it when its rollout ends, but one in sync (refused while a lowered quota stood) would keep it.
    /// Reads every condition once: call it for a whole pass, not per deployment.
    package func liftQuotaStalls(_ pass: PassPlan) async {
        guard let conditions = try? await history.conditions() else { return }
        for entry in pass.plan.entries {
            if case .overQuota = entry.action { continue }
            guard
                conditions[entry.name]?.contains(where: {
                    $0.kind == .stalled && $0.status == .true && $0.reason == Condition.quotaExceeded
                }) == true
            else { continue }
            await setCondition(
                .stalled, .false, reason: "QuotaAdmitted", "its team's quota holds it now", for: entry.name,
                pass: pass)
        }
    }

    private func setCondition(
        _ kind: Condition.Kind, _ status: Condition.Status, reason: String, _ message: String, for name: String,
        pass: PassPlan
    ) async {
        do {
            try await history.set(
                Condition(kind, status, reason: reason, message: message, observedConfigCommit: pass.configCommit),
                for: name
            )
        } catch {
            environment.logger.error("\(name): cannot record condition \(kind.rawValue): \(error)")
        }
    }

    // MARK: rollback

    /// Restores a succeeded generation (default: the newest one before the active generation) as a new
    /// generation, exactly as history recorded it: its manifest — image, env with its sealed secrets opened again,
    /// ports, limits, command, health check, strategy — run from the image it ran, not today's manifest. Then pins
    /// the deployment while its desired spec hash (manifest and build inputs) stays the one at pin time, or until
    /// it is unpinned. Asking again for what already serves only pins it. A generation rolled out before berth
    /// recorded each one (an upgraded state dir) is restored from its manifest at the config commit that rolled it
    /// out, and its build stage says so.
    /// - Throws: ``RollbackError`` when there is nothing to roll back to, or the generation's record is refused by
    ///   today's controller policy.
    package func rollback(_ name: String, to generation: Int?, pass: PassPlan) async throws -> Rollout {
        guard let target = pass.resolved[name] else {
            throw RollbackError("\(name) is not a valid, resolvable deployment in \(reader.source)")
        }
        let active = pass.plan.entry(name)?.active
        let rollouts = try await history.rollouts(of: name, limit: 1000)
        let succeeded = rollouts.filter { $0.result == .succeeded }
        let chosen: Rollout?
        if let generation {
            chosen = succeeded.first { $0.generation == generation }
            guard chosen != nil else {
                let known = succeeded.map { String($0.generation) }.joined(separator: ", ")
                throw RollbackError("generation \(generation) of \(name) never succeeded (succeeded: \(known))")
            }
        } else {
            chosen = succeeded.first {
                $0.generation < (active?.generation ?? Int.max) && $0.specHash != active?.specHash
            }
        }
        guard let chosen else { throw RollbackError("\(name) has no earlier succeeded generation to roll back to") }
        if let active, active.state == .running, active.specHash == chosen.specHash, active.commit == chosen.appCommit,
            let serving = succeeded.first(where: { $0.generation == active.generation })
        {
            // Already rolled back (a second request in a row): pin it and change nothing.
            try await history.pin(
                name, generation: serving.generation, configSpecHash: target.specHash, reason: "berth rollback")
            return serving
        }
        let restored = try await restoredDeployment(chosen, today: target.deployment)
        let rollout = await pipeline.run(
            RolloutRequest(
                target: restored.target, configCommit: pass.configCommit, active: active,
                highestGeneration: pass.highestGeneration(of: name), claimedPorts: pass.claimedPorts,
                restoring: restored.generation, generations: pass.actual.filter { $0.deployment == name }
            )
        )
        if rollout.result == .succeeded {
            try await history.pin(
                name, generation: rollout.generation, configSpecHash: target.specHash, reason: "berth rollback")
        }
        return rollout
    }

    /// The deployment `chosen` rolled out, read back from its record, and the image to run it from: the image id
    /// for a prebuilt image (its tag may have moved since), the tag berth built for a source deployment.
    private func restoredDeployment(_ chosen: Rollout, today: Deployment) async throws
        -> (target: ResolvedDeployment, generation: RolloutRequest.RestoredGeneration)
    {
        let deployment: Deployment
        var settingsSource: String?
        if let record = try await history.record(of: chosen.deployment, generation: chosen.generation) {
            deployment = try recordedDeployment(record, of: chosen)
        } else {
            (deployment, settingsSource) = await deploymentBeforeRecords(chosen, today: today)
        }
        let image: String
        if case .image = deployment.spec.artifact { image = chosen.appCommit } else { image = chosen.image }
        let target = ResolvedDeployment(
            deployment: deployment, specHash: chosen.specHash, appCommit: chosen.appCommit, image: image, source: nil,
            expectedImageID: nil
        )
        let generation = RolloutRequest.RestoredGeneration(
            image: image, appCommit: chosen.appCommit, specHash: chosen.specHash, generation: chosen.generation,
            settingsSource: settingsSource
        )
        return (target, generation)
    }

    /// The manifest history recorded for `chosen`, checked against today's container policy.
    private func recordedDeployment(_ record: GenerationRecord, of chosen: Rollout) throws -> Deployment {
        // Rollbacks are neither reviewed nor fetched: the review minimum, reviewer and credential names of today do
        // not apply to them; the policy on what a container may do does.
        var controller = environment.controller
        controller.file = nil
        controller.review.minimumPolicy = .off
        do {
            return try CanonicalManifest.deployment(from: record.manifest, controller: controller)
        } catch let error as RecordError {
            throw RollbackError("generation \(chosen.generation) of \(chosen.deployment) cannot be restored: \(error)")
        }
    }

    /// A generation rolled out before berth recorded each generation's manifest (history schema v1, the berth of
    /// commit 232cc12) is restored from its manifest at the config commit that rolled it out, read and checked like
    /// any manifest today; when that commit no longer holds a valid manifest of it, from today's manifest. The image
    /// is the one history recorded either way. Returns the deployment and where its settings came from.
    private func deploymentBeforeRecords(_ chosen: Rollout, today: Deployment) async -> (Deployment, String) {
        let commit = chosen.configCommit.prefix(12)
        if case .repository = reader.source, let snapshot = try? await reader.read(at: chosen.configCommit),
            let then = snapshot.state.deployments.first(where: { $0.name == chosen.deployment })
        {
            return (then, "its manifest at config commit \(commit) (berth kept no record of that generation)")
        }
        return (
            today,
            "today's manifest: berth kept no record of that generation, and config commit \(commit) holds no valid "
                + "manifest of it"
        )
    }
}

/// Why `berth rollback` cannot start.
package struct RollbackError: Error, CustomStringConvertible {
    package let description: String

    init(_ description: String) {
        self.description = description
    }
}
