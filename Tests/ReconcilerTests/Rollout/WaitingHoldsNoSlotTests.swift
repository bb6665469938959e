import Drivers
import Manifest
import Reconciler
import Testing
import TestSupport

/// Waiting is a timer, not work (DESIGN §14): a rollout waiting out its settle window or the interval between two
/// probes holds no engine slot, so other deployments' creates go on meanwhile. Shown on the fake engine with one
/// engine slot and a clock that stands still: every deployment reaches its wait before any time passes.
@Suite struct WaitingHoldsNoSlotTests {
    /// `web` probes over HTTP (it waits a probe interval after its first pass); `api` and `worker` have no check
    /// (they wait their settle window).
    static func fixture(clock: TestClock, workers: Int) throws -> RolloutFixture {
        let fixture = try RolloutFixture(
            strategy: .startFirst, health: RolloutFixture.httpHealth, clock: clock,
            controller: { $0.workers = workers })
        for name in ["api", "worker"] {
            try fixture.directory.write(
                """
                apiVersion: berth/v1
                kind: Deployment
                metadata: {name: \(name)}
                spec:
                  image: \(RolloutFixture.image)
                  health: {settle: 1s}
                """, to: "deployments/\(name).yaml")
        }
        fixture.publishImage()
        return fixture
    }

    /// Polls, in real time, until `clock` has `count` sleepers; the clock itself never moves here.
    static func waitForSleepers(_ count: Int, on clock: TestClock) async throws {
        for _ in 0..<5000 where clock.sleepers < count {
            try await Task.sleep(for: .milliseconds(1))
        }
    }

    /// Lets time pass, a second every few milliseconds, until `task` ends.
    static func finishing<Value: Sendable>(_ task: Task<Value, any Error>, on clock: TestClock) async throws -> Value {
        let ticking = Task {
            while !Task.isCancelled {
                clock.advance(by: .seconds(1))
                try? await Task.sleep(for: .milliseconds(5))
            }
        }
        defer { ticking.cancel() }
        return try await task.value
    }

    @Test func deploymentsWaitingInHealthOrSettleDoNotDelayAnotherDeploymentsCreate() async throws {
        let clock = TestClock()
        let fixture = try Self.fixture(clock: clock, workers: 3)
        let engine = fixture.world.engine()
        let reconciliation = try fixture.reconciliation(engine: engine, slots: EngineSlots(calls: 1, builds: 1))
        let applying = Task { await reconciliation.apply(try await reconciliation.plan(), options: ApplyOptions()) }

        try await Self.waitForSleepers(3, on: clock)
        #expect(clock.sleepers == 3, "web between probes, api and worker settling, all at once")
        #expect(clock.now == TestClock.Instant(offset: .zero), "no time has passed")
        let candidates = fixture.world.containers.filter { $0.name.hasSuffix("-candidate") && $0.state == .running }
        #expect(Set(candidates.map(\.name)) == ["api-1-candidate", "web-1-candidate", "worker-1-candidate"])

        let report = try await Self.finishing(applying, on: clock)
        #expect(report.items.map(\.result) == [.succeeded, .succeeded, .succeeded], "\(report.items)")
    }

    @Test func workersStillBoundRolloutsInFlightWaitingOnesIncluded() async throws {
        let clock = TestClock()
        let fixture = try Self.fixture(clock: clock, workers: 1)
        let engine = fixture.world.engine()
        let reconciliation = try fixture.reconciliation(engine: engine, slots: EngineSlots(calls: 16, builds: 1))
        let applying = Task { await reconciliation.apply(try await reconciliation.plan(), options: ApplyOptions()) }

        try await Self.waitForSleepers(1, on: clock)
        try await Task.sleep(for: .milliseconds(50))
        #expect(clock.sleepers == 1, "one rollout in flight")
        #expect(fixture.world.containers.filter { $0.name.hasSuffix("-candidate") }.count == 1)

        let report = try await Self.finishing(applying, on: clock)
        #expect(report.items.map(\.result) == [.succeeded, .succeeded, .succeeded], "\(report.items)")
    }
}
