import Drivers
import Foundation
import Logging
import Manifest
import Synchronization

/// Field-level drift in `berth run` (DESIGN §13): a scan every `drift.interval` and soon after an engine event, its
/// report kept for `/api/v1/drift`, `berth_drift_findings` and the `Drifted` condition; live fields of `drift: heal`
/// deployments changed by hand are put back in place, and the report says so.
extension Controller {
    /// How long after an engine event the scan it asks for waits for more events.
    static let driftSettle = Duration.seconds(2)

    /// Runs the scans ``driftScans`` lets through, one at a time.
    func runDriftScans() async {
        for await _ in driftScans.requests {
            if Task.isCancelled { return }
            await driftScan()
            await driftScans.settle(quiet: Self.driftSettle, limit: .seconds(30), clock: settings.clock)
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
        if let report = latestDrift.withLock({ $0 }) { return report }
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
        let scanner = DriftScanner(
            engine: environment.engine, history: environment.history, stateDir: controller.stateDir,
            secretKey: DriftScanner.secretKey(at: controller.secretKeyFile))
        var report = try await scanner.scan(
            declared: DriftScanner.declared(in: pass.desired), configCommit: pass.configCommit, keepFirstSeen: true)
        report.findings = await healLiveFields(report.findings, desired: pass.desired)
        latestDrift.withLock { $0 = report }
        metrics.setDriftFindings(report.findings.filter { $0.healed == nil }.map { ($0.deployment ?? "", $0.field) })
        await recordDriftConditions(report, desired: pass.desired)
        await publish(report)
        let open = report.findings.filter { $0.healed == nil }.count
        logger.info("drift scan: \(counted(open, "finding")), \(counted(report.findings.count - open, "healed"))")
        return report
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
        let live: Set<String> = ["spec.resources.memory", "spec.resources.cpus", "spec.restartPolicy"]
        var findings = findings
        let byContainer = Dictionary(grouping: findings.indices.filter { live.contains(findings[$0].field) }) {
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
                    let finding = findings[index]
                    findings[index].healed =
                        "\(finding.field) \(finding.live ?? "unset") → \(finding.desired ?? "unset"): healed in place "
                        + "on \(container) (docker update, no restart)"
                }
            } catch {
                logger.warning("cannot heal the limits of \(container): \(error)")
            }
        }
        return findings
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
