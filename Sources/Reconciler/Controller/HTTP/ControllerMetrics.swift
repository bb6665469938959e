package import Prometheus
import Synchronization

/// The controller's Prometheus metrics (issue 5), held in a registry of their own so that `GET /metrics` serves
/// exactly these and tests can make as many instances as they like.
///
/// ```swift
/// let metrics = ControllerMetrics()
/// metrics.recordPass(seconds: 1.8)
/// metrics.recordRollout(result: "succeeded")
/// let text = metrics.emit()   // Prometheus text format, version 0.0.4
/// ```
package final class ControllerMetrics: Sendable {
    /// The registry the metrics live in; more can be added to it and are then served too.
    package let registry: PrometheusCollectorRegistry
    private let passSeconds: ValueHistogram
    private let gitFetchSeconds: ValueHistogram
    private let queueDepth: Gauge
    private let dockerErrors: Counter
    /// Every condition `setDeployments(byCondition:)` has reported, so that one that disappears drops to 0.
    private let reportedConditions: Mutex<Set<String>>
    /// The drift series ever set, so that a finding that is gone reads 0.
    private let reportedDrift = Mutex<Set<DriftKey>>([])

    /// A registry with every metric of the controller; gauges start at 0.
    package init() {
        registry = PrometheusCollectorRegistry()
        passSeconds = registry.makeValueHistogram(
            descriptor: Self.name("reconcile_pass", unit: "seconds", help: "How long one reconcile pass took."),
            buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300]
        )
        gitFetchSeconds = registry.makeValueHistogram(
            descriptor: Self.name("git_fetch", unit: "seconds", help: "How long one git fetch took."),
            buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]
        )
        queueDepth = registry.makeGauge(
            descriptor: Self.name("queue_depth", unit: "", help: "Deployments waiting in the work queue.")
        )
        dockerErrors = registry.makeCounter(
            descriptor: Self.name("docker_api_errors", unit: "total", help: "Docker Engine API calls that failed.")
        )
        let conditions = Set(Condition.Kind.allCases.map(\.rawValue))
        reportedConditions = Mutex(conditions)
        for condition in conditions {
            deployments(condition).set(Int64(0))
        }
    }

    /// Observes one complete reconcile pass (`berth_reconcile_pass_seconds`).
    package func recordPass(seconds: Double) {
        passSeconds.record(seconds)
    }

    /// Counts a finished rollout by its result, `succeeded`, `failed`, … (`berth_rollouts_total{result}`).
    package func recordRollout(result: String) {
        registry.makeCounter(
            descriptor: Self.name("rollouts", unit: "total", help: "Finished rollouts by result."),
            labels: [("result", result)]
        ).increment()
    }

    /// Sets how many deployments hold each condition (`berth_deployments{condition}`); a condition reported
    /// before but absent now drops to 0.
    package func setDeployments(byCondition counts: [String: Int]) {
        let conditions = reportedConditions.withLock { reported in
            reported.formUnion(counts.keys)
            return reported
        }
        for condition in conditions {
            deployments(condition).set(Int64(counts[condition] ?? 0))
        }
    }

    /// Sets `berth_drift_findings{deployment,field}` from the newest drift scan: how many findings each deployment
    /// (empty for the host's own) has for each field; a pair reported before but gone drops to 0.
    package func setDriftFindings(_ findings: [(deployment: String, field: String)]) {
        var counts: [DriftKey: Int64] = [:]
        for finding in findings { counts[DriftKey(deployment: finding.deployment, field: finding.field), default: 0] += 1 }
        let keys = reportedDrift.withLock { reported in
            reported.formUnion(counts.keys)
            return reported
        }
        for key in keys {
            registry.makeGauge(
                descriptor: Self.name("drift_findings", unit: "", help: "Drift findings of the newest scan."),
                labels: [("deployment", key.deployment), ("field", key.field)]
            ).set(counts[key] ?? 0)
        }
    }

    /// One `berth_drift_findings` series.
    private struct DriftKey: Hashable {
        let deployment: String
        let field: String
    }

    /// Sets how many deployments wait in the work queue (`berth_queue_depth`).
    package func setQueueDepth(_ depth: Int) {
        queueDepth.set(Int64(depth))
    }

    /// Counts a webhook request by provider and result (`berth_webhook_requests_total{provider,result}`).
    package func recordWebhook(provider: String, result: String) {
        registry.makeCounter(
            descriptor: Self.name("webhook_requests", unit: "total", help: "Webhook requests by provider and result."),
            labels: [("provider", provider), ("result", result)]
        ).increment()
    }

    /// Counts a notification attempt's outcome by target type (`berth_notifications_total{type,result}`): `delivered`,
    /// `retried` (an attempt failed, another follows) or `failed` (given up).
    package func recordNotification(type: String, result: String) {
        registry.makeCounter(
            descriptor: Self.name(
                "notifications", unit: "total", help: "Notification attempts by target type and result."),
            labels: [("type", type), ("result", result)]
        ).increment()
    }

    /// Observes one git fetch (`berth_git_fetch_seconds`).
    package func recordGitFetch(seconds: Double) {
        gitFetchSeconds.record(seconds)
    }

    /// Counts a failed Docker Engine API call (`berth_docker_api_errors_total`).
    package func recordDockerError() {
        dockerErrors.increment()
    }

    /// Every metric in the Prometheus text exposition format (version 0.0.4).
    package func emit() -> String {
        registry.emitToString()
    }

    /// Appends every metric, in the Prometheus text exposition format, to `buffer`.
    package func emit(into buffer: inout [UInt8]) {
        registry.emit(into: &buffer)
    }

    private func deployments(_ condition: String) -> Gauge {
        registry.makeGauge(
            descriptor: Self.name("deployments", unit: "", help: "Deployments by condition that holds."),
            labels: [("condition", condition)]
        )
    }

    /// `berth_<metric>_<unit>` with its help text.
    private static func name(_ metric: String, unit: String, help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "berth", metricName: metric, unitName: unit, helpText: help)
    }
}
