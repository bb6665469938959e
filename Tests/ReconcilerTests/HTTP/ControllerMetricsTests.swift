import Reconciler
import Testing

/// The controller's metrics as `/metrics` renders them, without a server.
@Suite struct ControllerMetricsTests {
    @Test func conditionsMissingFromAReportDropToZero() {
        let metrics = ControllerMetrics()
        #expect(metrics.emit().contains(#"berth_deployments{condition="Stalled"} 0"#))
        metrics.setDeployments(byCondition: ["Ready": 4, "Degraded": 1])
        metrics.setDeployments(byCondition: ["Ready": 5])
        let text = metrics.emit()
        #expect(text.contains(#"berth_deployments{condition="Ready"} 5"#))
        #expect(text.contains(#"berth_deployments{condition="Degraded"} 0"#))
    }

    @Test func driftFindingsCountPerDeploymentAndFieldAndDropToZeroWhenGone() {
        let metrics = ControllerMetrics()
        metrics.setDriftFindings([
            ("web", "spec.resources.memory"), ("web", "spec.env.LOG_LEVEL"), ("web", "spec.env.LOG_LEVEL"),
            ("", "host.container"),
        ])
        var text = metrics.emit()
        #expect(text.contains(#"berth_drift_findings{deployment="web",field="spec.env.LOG_LEVEL"} 2"#), "\(text)")
        #expect(text.contains(#"berth_drift_findings{deployment="",field="host.container"} 1"#))
        metrics.setDriftFindings([("web", "spec.env.LOG_LEVEL")])
        text = metrics.emit()
        #expect(text.contains(#"berth_drift_findings{deployment="web",field="spec.resources.memory"} 0"#))
        #expect(text.contains(#"berth_drift_findings{deployment="web",field="spec.env.LOG_LEVEL"} 1"#))
    }

    @Test func countersAddUpPerLabel() {
        let metrics = ControllerMetrics()
        metrics.recordRollout(result: "failed")
        metrics.recordRollout(result: "failed")
        metrics.recordWebhook(provider: "gitlab", result: "accepted")
        let text = metrics.emit()
        #expect(text.contains(#"berth_rollouts_total{result="failed"} 2"#))
        #expect(text.contains(#"berth_webhook_requests_total{provider="gitlab",result="accepted"} 1"#))
        #expect(!text.contains(#"result="succeeded""#))
    }

    @Test func instancesKeepTheirOwnRegistries() {
        let first = ControllerMetrics()
        let second = ControllerMetrics()
        first.recordDockerError()
        #expect(first.emit().contains("berth_docker_api_errors_total 1"))
        #expect(second.emit().contains("berth_docker_api_errors_total 0"))
    }
}
