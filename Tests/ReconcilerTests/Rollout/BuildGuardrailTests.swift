import Drivers
import Foundation
import Manifest
import TestSupport
import Testing

@testable import Reconciler

/// The controller's `limits` on a source deployment (DESIGN §14), on a fake engine whose builds take time on a test
/// clock: the build timeout cancels the build and fails the rollout at `build`, naming the limit; an over-size
/// repository or context is refused before the engine is asked to build.
@Suite struct BuildGuardrailTests {
    /// An app repository with a Dockerfile and a file of `payload` bytes, committed and pushed.
    static func app(payload: Int = 10) throws -> GitFixture {
        let app = try GitFixture()
        try app.write("FROM busybox\nCOPY data /data\n", to: "Dockerfile")
        try app.write(String(repeating: "x", count: payload), to: "data")
        _ = try app.commitAndPush("app")
        return app
    }

    static func fixture(
        _ app: GitFixture, timeout: String? = nil, clock: any Clock<Duration> = ImmediateClock(),
        limits: BuildLimits = .default
    ) throws -> RolloutFixture {
        try RolloutFixture(
            strategy: .startFirst, health: nil, clock: clock, artifact: "source: {repo: \"\(app.fileURL)\"}",
            more: timeout.map { ["build: {timeout: \($0)}"] } ?? [], controller: { $0.limits = limits })
    }

    static func builds(_ engine: FakeContainerEngine) -> Int {
        engine.calls.filter { $0.operation == "buildImage" }.count
    }

    @Test(arguments: [
        (
            "5s", BuildLimits(buildTimeout: .seconds(600)), Duration.seconds(5),
            "build exceeded its 5s timeout (build.timeout)"
        ),
        (
            nil, BuildLimits(buildTimeout: .seconds(7)), Duration.seconds(7),
            "build exceeded its 7s timeout (limits.buildTimeout)"
        ),
    ])
    func aBuildPastItsTimeoutIsCancelledAndFailsAtBuildNamingTheLimit(
        timeout: String?, limits: BuildLimits, limit: Duration, message: String
    ) async throws {
        let clock = TestClock()
        let app = try Self.app()
        defer { withExtendedLifetime(app) {} }
        let fixture = try Self.fixture(app, timeout: timeout, clock: clock, limits: limits)
        let engine = fixture.world.engine()
        engine.buildsTake(.seconds(3600), on: clock)
        let apply = Task { try await fixture.apply(engine: engine) }
        await clock.untilSleeping(2)  // the build and its time limit
        clock.advance(by: limit - .milliseconds(1))
        #expect(clock.sleepers == 2, "still building just before the limit")
        clock.advance(by: .milliseconds(1))
        let report = try await apply.value
        #expect(report.items.map(\.result) == [.failed])
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.result == .failed && rollout.failingStage == "build")
        #expect(rollout.error == message)
        #expect(fixture.containers.isEmpty, "no candidate was created")
        #expect(fixture.world.images.filter { $0.tags.contains { $0.hasPrefix("berth/web:") } }.isEmpty, "no image")
    }

    @Test func anOverSizeContextIsRefusedBeforeTheEngineBuilds() async throws {
        let app = try Self.app(payload: 20_000)
        defer { withExtendedLifetime(app) {} }
        let fixture = try Self.fixture(app, limits: BuildLimits(contextBytes: 10_000))
        let engine = fixture.world.engine()
        let report = try await fixture.apply(engine: engine)
        #expect(report.items.map(\.result) == [.failed])
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.failingStage == "build")
        let error = try #require(rollout.error)
        #expect(error.hasPrefix("the build context at . is "), "\(error)")
        #expect(error.contains("over limits.contextBytes (9.8 KiB (10000 bytes))"), "\(error)")
        #expect(Self.builds(engine) == 0, "the engine never saw a build")
    }

    @Test func anOverSizeRepositoryIsRefusedBeforeTheEngineBuilds() async throws {
        let app = try Self.app()
        defer { withExtendedLifetime(app) {} }
        let fixture = try Self.fixture(app, limits: BuildLimits(repoBytes: 1000))
        let engine = fixture.world.engine()
        let report = try await fixture.apply(engine: engine)
        #expect(report.items.map(\.result) == [.failed])
        let rollout = try #require(try await fixture.history.first)
        let error = try #require(rollout.error)
        #expect(error.hasPrefix("the repository \(app.fileURL) is "), "\(error)")
        #expect(error.hasSuffix("over limits.repoBytes (1000 bytes): nothing was built"), "\(error)")
        #expect(Self.builds(engine) == 0, "the engine never saw a build")
    }

    @Test func contextAndRepositoryWithinTheirLimitsBuild() async throws {
        let app = try Self.app(payload: 100)
        defer { withExtendedLifetime(app) {} }
        let fixture = try Self.fixture(app, limits: BuildLimits(contextBytes: 1 << 20, repoBytes: 10 << 20))
        let engine = fixture.world.engine()
        let report = try await fixture.apply(engine: engine)
        #expect(report.items.map(\.result) == [.succeeded], "\(report.items.map(\.message))")
        #expect(Self.builds(engine) == 1)
    }
}
