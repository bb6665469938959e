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
