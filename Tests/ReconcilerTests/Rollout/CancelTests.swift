import Drivers
import Foundation
import Manifest
import Synchronization
import TestSupport
import Testing

@testable import Reconciler

/// `berth cancel` through ``RolloutCancellations`` against a pipeline on the fake engine: the rollout stops at its
/// next safe point (a build is cancelled, a candidate removed), the generation before serves on, and history
/// records `cancelled` and who asked. The state machine tests cover every cut point, the swap included.
@Suite struct CancelTests {
    /// Rolls out a first generation with `fixture` (moving `clock` along), lets `change` ask for a second and set
    /// up its engine, starts it, cancels it by `api` once `sleepers` tasks wait on `clock`, and returns the report
    /// with the containers that ran before.
    static func cancelSecondRollout(
        _ fixture: RolloutFixture, clock: TestClock, sleepers: Int, change: (FakeContainerEngine) throws -> Void
    ) async throws -> (report: ApplyReport, old: [FakeContainer]) {
        let ticker = Task {
            while !Task.isCancelled {
                if clock.sleepers > 0 { clock.advance(by: .seconds(1)) }
                try? await Task.sleep(for: .milliseconds(2))
            }
        }
        let first = try await fixture.apply(engine: fixture.world.engine())
        ticker.cancel()
        #expect(first.items.map(\.result) == [.succeeded])
        let old = fixture.containers
        let cancellations = RolloutCancellations()
        let engine = fixture.world.engine()
        try change(engine)
        let second = Task { try await fixture.apply(engine: engine, cancellations: cancellations) }
        await clock.untilSleeping(sleepers)
        #expect(cancellations.isRunning(RolloutFixture.name))
        #expect(cancellations.cancel(RolloutFixture.name, by: "api"))
        let report = try await second.value
        #expect(!cancellations.isRunning(RolloutFixture.name), "nothing runs once the rollout ended")
        #expect(!cancellations.cancel(RolloutFixture.name, by: "api"), "nothing left to cancel")
        return (report, old)
    }

    @Test func aCancelDuringHealthRemovesTheCandidateAndTheOldGenerationServesOn() async throws {
        let clock = TestClock()
        let fixture = try RolloutFixture(strategy: .startFirst, health: RolloutFixture.httpHealth, clock: clock)
        fixture.publishImage()
        let (report, old) = try await Self.cancelSecondRollout(fixture, clock: clock, sleepers: 1) { _ in
            fixture.publishImage()
        }
        #expect(report.items.map(\.result) == [.cancelled])
        #expect(fixture.containers == old, "the candidate is gone and the old generation serves on")
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.result == .cancelled && rollout.failingStage == "health" && rollout.error == "cancelled by api")
        let transitions = try await History(path: fixture.controller.stateDir + "/berth.sqlite")
            .transitions(of: rollout.id!)
        #expect(
            transitions.contains {
                $0.state == "interrupted" && $0.message == "cancelled by api; undoing what this rollout did"
            }, "\(transitions)")
        #expect(!transitions.contains { $0.state == "failed" })
    }

    @Test func aCancelDuringTheBuildCancelsItAndNothingIsCreated() async throws {
        let clock = TestClock()
        let app = try BuildGuardrailTests.app()
        defer { withExtendedLifetime(app) {} }
        let fixture = try BuildGuardrailTests.fixture(app, clock: clock)
        let (report, old) = try await Self.cancelSecondRollout(fixture, clock: clock, sleepers: 2) { engine in
            try app.write("changed", to: "data")
            _ = try app.commitAndPush("change")
            engine.buildsTake(.seconds(3600), on: clock)
        }
        #expect(report.items.map(\.result) == [.cancelled])
        #expect(fixture.containers == old, "no candidate; the old generation serves on")
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.result == .cancelled && rollout.failingStage == "build" && rollout.error == "cancelled by api")
        #expect(fixture.world.images.filter { $0.tags.contains(rollout.image) }.isEmpty, "the build made no image")
    }

    @Test func nothingRunningIsNothingToCancel() {
        let cancellations = RolloutCancellations()
        #expect(!cancellations.cancel("web", by: "api"))
        #expect(!cancellations.isRunning("web"))
    }
}
