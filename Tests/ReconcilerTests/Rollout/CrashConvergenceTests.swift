import Drivers
import Foundation
import Manifest
import Reconciler
import TestSupport
import Testing

/// A berth killed at any engine call of a rollout, then restarted once: that one apply converges to exactly one
/// active generation serving the desired image, no candidate, the killed rollout recorded `interrupted`, and a
/// report that says so. An engine error at any call instead: something always serves, and the next apply
/// converges.
@Suite struct CrashConvergenceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let strategy: Strategy
        /// Whether a generation runs before the rollout (an update) or not (a create).
        let withOld: Bool
        /// Whether a new image is published between the kill and the restart, so the restarted berth rolls out
        /// again instead of finishing what the killed one left.
        let changedMeanwhile: Bool

        var testDescription: String {
            "\(strategy.rawValue), \(withOld ? "replacing a generation" : "first generation")"
                + (changedMeanwhile ? ", new image before the restart" : "")
        }
    }

    static let cases = [Strategy.startFirst, .stopFirst].flatMap { strategy in
        [true, false].flatMap { withOld in
            [false, true].map { Case(strategy: strategy, withOld: withOld, changedMeanwhile: $0) }
        }
    }

    @Test(arguments: cases)
    func aKillAtAnyCallConvergesInTheNextApply(_ scenario: Case) async throws {
        let (clean, _) = try await prepared(scenario)
        let engine = clean.world.engine()
        let report = try await clean.apply(engine: engine)
        #expect(!report.needsAttention, "the clean run succeeds: \(report.items.map(\.message))")
        let calls = engine.calls
        let planCalls = try await planCallCount(scenario)
        #expect(
            calls.dropFirst(planCalls).contains { $0.operation == "listContainers" },
            "the rollout lists its deployment right before the swap: \(calls)")
        for index in calls.indices {
            for effect in [FakeContainerEngine.KillEffect.happened, .didNotHappen] {
                // After the plan's calls the rollout is in history, under way until it records its end.
                try await killAndConverge(scenario, at: index, effect: effect, rolloutBegun: index >= planCalls)
            }
        }
    }

    private func killAndConverge(
        _ scenario: Case, at index: Int, effect: FakeContainerEngine.KillEffect, rolloutBegun: Bool
    ) async throws {
        var (fixture, desired) = try await prepared(scenario)
        let before = try await fixture.history.count
        let engine = fixture.world.engine()
        engine.kill(atCall: index, effect: effect)
        let (outcome, remains) = await fixture.applyUntilDeath(engine: engine)
        let cut = "killed in \(engine.calls.last.map(String.init(describing:)) ?? "?") (effect \(effect))"
        try #require(outcome == nil, "\(cut): the process was not killed")
        if scenario.changedMeanwhile { desired = fixture.publishImage() }

        let report = try await fixture.apply(engine: fixture.world.engine())
        let containers = fixture.containers
        let candidates = containers.filter { $0.name.hasSuffix("-candidate") }
        let active = containers.filter { !$0.name.hasSuffix("-candidate") }
        #expect(candidates.isEmpty, "\(cut): candidates left: \(candidates.map(\.name))")
        #expect(active.count == 1, "\(cut): active generations: \(active.map(\.name))")
        #expect(active.allSatisfy { $0.isRunning && $0.imageID == desired.id }, "\(cut): \(active)")
        let converged = candidates.isEmpty && active.count == 1 && active[0].isRunning
        #expect(report.needsAttention == !converged, "\(cut): \(report.items.map(\.message))")
        let history = try await fixture.history
        #expect(!history.contains { $0.result == .running }, "\(cut): \(history.map(\.result))")
        let killed = rolloutBegun ? history.dropLast(before).suffix(1) : []
        let recovered = history.dropLast(before + killed.count)
        #expect(
            killed.map(\.result) == (rolloutBegun ? [.interrupted] : []),
            "\(cut): \(history.map(\.result))")
        #expect(recovered.allSatisfy { $0.result == .succeeded }, "\(cut): \(history.map(\.result))")
        await remains.bury()
    }

    @Test(arguments: cases.filter { !$0.changedMeanwhile })
    func anEngineErrorAtAnyCallLeavesAGenerationServingAndTheNextApplyConverges(_ scenario: Case) async throws {
        let (clean, _) = try await prepared(scenario)
        let engine = clean.world.engine()
        _ = try await clean.apply(engine: engine)
        for index in engine.calls.indices {
            try await failAndConverge(scenario, at: index)
        }
    }

    private func failAndConverge(_ scenario: Case, at index: Int) async throws {
        let (fixture, desired) = try await prepared(scenario)
        let old = fixture.containers
        let engine = fixture.world.engine()
        engine.fail(atCall: index, with: FakeContainerEngine.failure())
        let report = try? await fixture.apply(engine: engine)
        let failedCall = engine.calls[index]
        let cut = "engine error in \(failedCall)"
        let cutOver = engine.calls.contains { $0.operation == "renameContainer" && $0.index != index }
        let containers = fixture.containers
        let candidates = containers.filter { $0.name.hasSuffix("-candidate") }
        let serving = containers.filter { !$0.name.hasSuffix("-candidate") && $0.isRunning }
        #expect(candidates.isEmpty, "\(cut): candidates left: \(candidates.map(\.name))")
        if cutOver {
            #expect(!serving.isEmpty, "\(cut): nothing serves")
            #expect(serving.contains { $0.imageID == desired.id } || serving.map(\.id) == old.map(\.id), "\(cut)")
        } else {
            #expect(containers == old, "\(cut): before the cutover what ran is untouched: \(containers) vs \(old)")
        }
        let converged = candidates.isEmpty && containers.count == 1 && serving.first?.imageID == desired.id
        if let report, !report.needsAttention {
            #expect(converged, "\(cut): the report says converged, but: \(containers)")
        }

        let next = try await fixture.apply(engine: fixture.world.engine())
        let after = fixture.containers
        #expect(!next.needsAttention, "\(cut), then: \(next.items.map(\.message))")
        #expect(
            after.count == 1 && after.allSatisfy { $0.isRunning && $0.imageID == desired.id }, "\(cut), then: \(after)")
    }

    /// A fixture at the moment of the rollout under test, and the image that rollout deploys.
    private func prepared(_ scenario: Case) async throws -> (RolloutFixture, FakeImage) {
        let fixture = try RolloutFixture(strategy: scenario.strategy, health: RolloutFixture.httpHealth)
        if scenario.withOld {
            fixture.publishImage()
            let first = try await fixture.apply(engine: fixture.world.engine())
            try #require(!first.needsAttention, "\(first.items.map(\.message))")
        }
        return (fixture, fixture.publishImage())
    }

    /// How many engine calls `plan()` makes before the rollout begins.
    private func planCallCount(_ scenario: Case) async throws -> Int {
        let (fixture, _) = try await prepared(scenario)
        let engine = fixture.world.engine()
        _ = try await fixture.reconciliation(engine: engine).plan()
        return engine.calls.count
    }
}
