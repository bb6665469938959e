import Drivers
import Foundation
import Manifest
import Reconciler
import TestSupport
import Testing

/// Prune on the fake engine: what left the repository is stopped with its own grace period (the engine's stop
/// without a timeout uses the container's `StopTimeout`, which berth set from `stopGracePeriod`), never with a
/// fixed one, and only when desired state allows it.
@Suite struct PruneTests {
    @Test func pruneStopsWithTheContainersOwnGracePeriod() async throws {
        let fixture = try RolloutFixture(strategy: .startFirst)
        fixture.publishImage()
        let engine = fixture.world.engine()
        #expect(!(try await fixture.apply(engine: engine)).needsAttention)
        let active = try #require(fixture.containers.first)
        try FileManager.default.removeItem(at: fixture.directory.url.appendingPathComponent("deployments/web.yaml"))
        try fixture.directory.write("# nothing declared any more\n", to: "deployments/README.yaml")

        let reconciliation = try fixture.reconciliation(engine: engine)
        let refused = try await reconciliation.plan()
        #expect(refused.plan.pruneWithheld?.kept == [RolloutFixture.name], "pruning everything needs allowEmpty")
        let pass = try await reconciliation.plan(allowEmpty: true)
        let report = await reconciliation.apply(pass, options: ApplyOptions(prune: true))
        #expect(report.items.map(\.result) == [.pruned], "\(report.items.map(\.message))")
        #expect(fixture.containers.isEmpty)
        #expect(engine.stopTimeouts[active.id] == .some(nil), "no fixed timeout: \(engine.stopTimeouts)")
    }
}
