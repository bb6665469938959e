import Drivers
import Foundation
import Logging
import Manifest
import Synchronization

/// Field-level drift in `berth run` (DESIGN §13): a scan every `drift.interval` and soon after an engine event, its
/// report kept for `/api/v1/drift`, `berth_drift_findings` and the `Drifted` condition. On `drift: heal` deployments,
/// live fields changed by hand are put back in place; anything else changed by hand (image, command, env, mounts,
/// files, ...) is queued for a new generation, which re-creates the container as its manifest says. The report says
/// which.
extension Controller {
    /// How long after an engine event the scan it asks for waits for more events.
    static let driftSettle = Duration.seconds(2)

    /// Runs the scans ``driftScans`` lets through, one at a time.
    func runDriftScans() async {
        for await _ in driftScans.requests {
            if Task.isCancelled { return }
            await driftScan()
            // Events in a burst ask for one more scan, not one each; the timer's own requests end the wait by
            // `drift.interval` at the latest, so a short interval is kept.
            let interval = environment.controller.drift.interval
            await driftScans.settle(
                quiet: min(Self.driftSettle, interval / 2), limit: min(.seconds(30), interval), clock: settings.clock)
        }
    }

    /// Asks for a scan every `drift.interval`, the first one after the first pass has read desired state.
    func requestDriftScansOnTimer() async {
        let interval = environment.controller.drift.interval
        while !Task.isCancelled {
            guard (try? await settings.clock.sleep(for: interval)) != nil else { return }
            driftScans.request()
        }
    }

    /// The newest report, or a scan now when there is none yet.
    package func drift() async throws -> DriftReport {
        if let report = driftBoard.report { return report }
        return try await scanForDrift()
    }

    /// One scan: the report, then heals, metrics, conditions. A scan that fails changes nothing and is logged.
    func driftScan() async {
        do {
            _ = try await scanForDrift()
        } catch {
            logger.warning("drift scan failed, the last report stands: \(error)")
        }
    }

    private func scanForDrift() async throws -> DriftReport {
        guard let pass = lastPass.withLock({ $0 }) else {
            throw DriftNotReady()
        }
        let controller = environment.controller
        // History keeps first-seen times to the millisecond: a finding first seen by this scan is not older.
        let started = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 * 1000).rounded(.down) / 1000)
        let scanner = DriftScanner(
            engine: environment.engine, history: environment.history, stateDir: controller.stateDir,
            secretKey: DriftScanner.secretKey(at: controller.secretKeyFile))
        var report = try await scanner.scan(
            declared: DriftScanner.declared(in: pass.desired), configCommit: pass.configCommit, keepFirstSeen: true)
        report.findings = await healLiveFields(report.findings, desired: pass.desired)
        let handChanges = Self.handChanges(in: &report.findings, desired: pass.desired)
        driftBoard.post(report, handChanges: handChanges)
        for name in handChanges.keys.sorted() { await queue.trigger(name) }
        metrics.setDriftFindings(report.findings.filter { $0.healed == nil }.map { ($0.deployment ?? "", $0.field) })
        await recordDriftConditions(report, desired: pass.desired)
        notifyNewDrift(report.findings, since: started, configCommit: pass.configCommit)
        await publish(report)
        let open = report.findings.filter { $0.healed == nil }.count
        logger.info("drift scan: \(counted(open, "finding")) open, \(report.findings.count - open) healed")
        return report
    }

    /// Tells the `notify` targets about each deployment with findings this scan saw first (one event per deployment,
    /// naming the fields); findings seen before, healed ones and the host's own are not news.
    private func notifyNewDrift(_ findings: [DriftFinding], since started: Date, configCommit: String) {
        let fresh = findings.filter { $0.healed == nil && $0.firstSeen >= started && $0.deployment != nil }
        let byDeployment = Dictionary(grouping: fresh) { $0.deployment ?? "" }
        for (deployment, found) in byDeployment.sorted(by: { $0.key < $1.key }) {
            notifier.notify(
                DeploymentEvent(
                    event: .drift, deployment: deployment, generation: nil, result: "drifted",
                    reason: "changed by hand: " + found.map(\.summary).joined(separator: "; "),
                    configCommit: configCommit, appCommit: nil, runURL: nil, time: Date()))
        }
    }

    /// Writes the report's open findings to the drift branch and opens, updates or closes its pull request
    /// (`drift.pullRequest`).
    /// A forge or push that fails is logged; the next scan tries again.
    private func publish(_ report: DriftReport) async {
        guard let driftPullRequest else { return }
        // What heal put back is not drift any more: the pull request carries only what is still open.
        var open = report
        open.findings = report.findings.filter { $0.healed == nil }
        do {
            let outcome = try await driftPullRequest.publish(open)
            logger.info("drift pull request: \(outcome)")
        } catch {
            logger.warning("drift pull request not published: \(error)")
        }
    }

    /// Puts back, in place, the live fields (memory, CPUs, restart policy) someone changed by hand on a `drift: heal`
    /// deployment: the container gets its record's values again with the engine's update call, no restart.
    private func healLiveFields(_ findings: [DriftFinding], desired: DesiredState) async -> [DriftFinding] {
        var findings = findings
        let byContainer = Dictionary(grouping: findings.indices.filter { LiveFields.fieldNames.contains(findings[$0].field) }) {
            findings[$0].container ?? ""
        }
        guard !byContainer.isEmpty else { return findings }
        // Only when a limit drifted: one list tells each container's generation, whose record holds what to restore.
        let owned = BerthLabel.owned(by: environment.controller.stateDir)
        let actual = ((try? await environment.engine.listContainers(labels: owned)) ?? []).compactMap(ActualContainer.init)
        for (container, indices) in byContainer {
            guard let name = findings[indices[0]].deployment,
                desired.deployments.first(where: { $0.name == name })?.spec.drift == .heal,
                let generation = actual.first(where: { $0.name == container && $0.deployment == name })?.generation,
                let record = try? await environment.history.record(of: name, generation: generation),
                let recorded = record.container.flatMap(LiveFields.init(recorded:))
            else { continue }
            do {
                try await environment.engine.updateContainer(
                    container, resources: recorded.resourceLimits, restartPolicy: recorded.engineRestartPolicy)
                for index in indices {
                    findings[index].healed = findings[index].healNote(
                        "healed in place on \(container) (docker update, no restart)")
                }
            } catch {
                logger.warning("cannot heal the limits of \(container): \(error)")
            }
        }
        return findings
    }

    /// The fields of `drift: heal` deployments changed by hand that only a new container puts back, by deployment;
    /// their findings are marked as being healed that way.
    private static func handChanges(in findings: inout [DriftFinding], desired: DesiredState) -> [String: HandChanges] {
        let healing = Set(desired.deployments.filter { $0.spec.drift == .heal }.map(\.name))
        var fields: [String: (container: String, fields: [String])] = [:]
        for index in findings.indices {
            let finding = findings[index]
            guard finding.healed == nil, let name = finding.deployment, let container = finding.container,
                healing.contains(name), HandChanges.needsNewContainer(finding.field)
            else { continue }
            fields[name, default: (container, [])].fields.append(finding.field)
            findings[index].healed = finding.healNote("healing by re-creating \(container) as a new generation")
        }
        return fields.mapValues { HandChanges(container: $0.container, fields: $0.fields) }
    }

    /// After `entry`'s job: when it re-created a container for changes by hand and the new generation is active, the
    /// report says so ("healed by re-creating web-7 as generation 8").
    func noteHeal(_ entry: Plan.Entry, item: ApplyReport.Item) {
        guard case .drifted(let reasons) = entry.action, let rollout = item.rollout, rollout.result == .succeeded
        else { return }
        for case .changedByHand(let changes) in reasons {
            driftBoard.healed(
                entry.name, changes,
                note: "healed by re-creating \(changes.container) as generation \(rollout.generation)")
        }
    }

    /// `Drifted=True` (`FieldsDrifted`) with the open findings for each declared deployment that has some; a
    /// deployment whose fields drifted before and no longer do gets `Drifted=False`.
    private func recordDriftConditions(_ report: DriftReport, desired: DesiredState) async {
        let open = Dictionary(grouping: report.findings.filter { $0.healed == nil && $0.deployment != nil }) {
            $0.deployment!
        }
        let conditions = (try? await environment.history.conditions()) ?? [:]
        for deployment in desired.deployments {
            let name = deployment.name
            let held = conditions[name]?.first { $0.kind == .drifted }
            let condition: Condition
            if let findings = open[name] {
                let message = findings.prefix(5).map(\.summary).joined(separator: "; ")
                    + (findings.count > 5 ? "; \(findings.count - 5) more (berth drift)" : "")
                condition = Condition(
                    .drifted, .true, reason: "FieldsDrifted", message: message, observedConfigCommit: report.configCommit ?? "")
            } else if held?.reason == "FieldsDrifted", held?.status == .true {
                condition = Condition(
                    .drifted, .false, reason: "NoDrift", message: "", observedConfigCommit: report.configCommit ?? "")
            } else {
                continue
            }
            try? await environment.history.set(condition, for: name)
        }
    }
}

/// `/api/v1/drift` before the first pass has read desired state.
struct DriftNotReady: Error, CustomStringConvertible {
    var description: String { "no drift scan yet: the first pass has not read desired state" }
}
