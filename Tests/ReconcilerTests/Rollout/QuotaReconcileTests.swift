import Drivers
import Foundation
import Manifest
import Reconciler
import TestSupport
import Testing

/// Team quotas on the fake engine (DESIGN §14): a running deployment whose new spec its team's memory quota cannot
/// hold keeps running as it is, in a full apply and in a controller job that plans it alone from the pass.
@Suite struct QuotaReconcileTests {
    /// A fixture with team `a` limited to 512Mi, holding `web` and `api` of team `a` at `webMemory` and 256Mi.
    private static func fixture() throws -> RolloutFixture {
        try RolloutFixture(strategy: .startFirst) { $0.quotas = ["a": TeamQuota(memoryBytes: 512 << 20)] }
    }

    private static func declare(_ fixture: RolloutFixture, webMemory: String) throws {
        for (name, memory) in [("web", webMemory), ("api", "256Mi")] {
            try fixture.directory.write(
                """
                apiVersion: berth/v1
                kind: Deployment
                metadata: {name: \(name), labels: {team: a}}
                spec:
                  image: \(RolloutFixture.image)
                  ports: [{container: 8080}]
                  stopGracePeriod: 3s
                  health: \(RolloutFixture.execHealth)
                  resources: {memory: \(memory)}
                """, to: "deployments/\(name).yaml")
        }
    }

    @Test func aRunningDeploymentOverQuotaKeepsItsGenerationInAJobOfItsOwn() async throws {
        let fixture = try Self.fixture()
        fixture.publishImage()
        try Self.declare(fixture, webMemory: "256Mi")
        let engine = fixture.world.engine()
        let first = try await fixture.apply(engine: engine)
        #expect(first.items.map(\.result) == [.succeeded, .succeeded], "\(first.items.map(\.message))")
        let web = try #require(fixture.containers.first)

        try Self.declare(fixture, webMemory: "512Mi")
        let reconciliation = try fixture.reconciliation(engine: engine)
        let pass = try await reconciliation.plan()
        let expected =
            "team a: memory 768Mi of 512Mi quota (api 256Mi, web 512Mi); web does not fit beside the deployments "
            + "admitted before it (running ones first, then by name); its running generation is left as it is"
        #expect(pass.plan.entry("web")?.action == .overQuota(message: expected))
        #expect(pass.plan.entry("api")?.action == .inSync)

        let callsBefore = engine.calls.count
        let job = try await reconciliation.plan("web", from: pass.snapshot)
        #expect(job.plan.entry("web")?.action == .overQuota(message: expected), "the job follows the pass")
        let report = await reconciliation.apply(job, options: ApplyOptions(only: ["web"]))
        #expect(report.items.map(\.result) == [.blocked])
        #expect(fixture.containers == [web], "web's generation runs as it was")
        #expect(fixture.containers.first?.resources.memoryBytes == 256 << 20, "its limit is not raised in place")
        let changing: Set = [
            "createContainer", "startContainer", "stopContainer", "removeContainer", "renameContainer",
            "updateContainer",
        ]
        let mutations = engine.calls.dropFirst(callsBefore).filter { changing.contains($0.operation) }
        #expect(mutations.isEmpty, "\(mutations)")
        let conditions = try await History(path: fixture.controller.stateDir + "/berth.sqlite").conditions()["web"]
        #expect(
            conditions?.contains { $0.kind == .stalled && $0.status == .true && $0.reason == "QuotaExceeded" } == true)
    }
}
