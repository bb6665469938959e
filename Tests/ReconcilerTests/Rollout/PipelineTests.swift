import Drivers
import Foundation
import Logging
import Manifest
import Synchronization
import TestSupport
import Testing

@testable import Reconciler

/// The rollout's I/O shell on a fake engine, a fake prober and test clocks, with real SQLite history: what reaches
/// the engine, the prober and the clock, and what history and progress say.
@Suite struct PipelineTests {
    @Test func anHTTPCheckGoesThroughTheProberToTheCandidatesAllocatedPort() async throws {
        let fixture = try RolloutFixture(strategy: .startFirst, health: RolloutFixture.httpHealth)
        let desired = fixture.publishImage()
        let engine = fixture.world.engine()
        let report = try await fixture.apply(engine: engine)
        #expect(!report.needsAttention, "\(report.items.map(\.message))")
        let active = try #require(fixture.containers.first)
        let port = try #require(active.labels[BerthLabel.port])
        #expect(active.name == "web-1" && active.imageID == desired.id && active.isRunning)
        #expect(
            engine.calls.filter { $0.operation == "probe" }.map(\.target) == ["127.0.0.1:\(port)", "127.0.0.1:\(port)"])
        let rollout = try #require(try await fixture.history.first)
        let health = try await transitions(of: rollout, in: fixture).filter { $0.stage == "health" }.last
        #expect(health?.message == "2 checks in a row passed on http://127.0.0.1:\(port)/healthz")
    }

    @Test func aCandidateThatNeverGetsHealthyFailsAtTheStartPeriodAndTheOldGenerationServesOn() async throws {
        let fixture = try RolloutFixture(strategy: .startFirst, health: RolloutFixture.httpHealth)
        fixture.publishImage()
        _ = try await fixture.apply(engine: fixture.world.engine())
        let old = fixture.containers
        fixture.publishImage(.neverHealthy)
        let engine = fixture.world.engine()
        let report = try await fixture.apply(engine: engine)
        #expect(report.needsAttention)
        #expect(fixture.containers == old)
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.result == .failed && rollout.failingStage == "health")
        #expect(rollout.error?.hasPrefix("not healthy within startPeriod 5.0 seconds on http://127.0.0.1:") == true)
        #expect(engine.calls.filter { $0.operation == "probe" }.count == 6, "at 0, 1, … 5 seconds on the clock")
    }

    @Test func aCandidateThatExitsFailsAtTheFirstCheckWithItsExitCode() async throws {
        let fixture = try RolloutFixture(strategy: .startFirst, health: RolloutFixture.httpHealth)
        fixture.publishImage(.exits(code: 3))
        let engine = fixture.world.engine()
        _ = try await fixture.apply(engine: engine)
        #expect(fixture.containers.isEmpty)
        let rollout = try #require(try await fixture.history.first)
        #expect(
            rollout.failingStage == "health" && rollout.error == "container exited with code 3 before it was healthy")
        #expect(!engine.calls.contains { $0.operation == "probe" })
    }

    @Test func withoutAHealthCheckTheCandidateMustStillRunAfterTheSettleTimeOnTheClock() async throws {
        let clock = TestClock()
        let fixture = try RolloutFixture(strategy: .startFirst, health: nil, clock: clock)
        fixture.publishImage()
        let engine = fixture.world.engine()
        let apply = Task { try await fixture.apply(engine: engine) }
        await clock.untilSleeping()
        #expect(fixture.containers.map(\.name) == ["web-1-candidate"], "started, not yet swapped")
        let inspected = engine.calls.count
        clock.advance(by: .milliseconds(999))
        #expect(clock.sleepers == 1)
        clock.advance(by: .milliseconds(1))
        let report = try await apply.value
        #expect(!report.needsAttention)
        #expect(engine.calls[inspected].operation == "listContainers", "checked, with one listing, once the settle time passed")
        #expect(fixture.containers.map(\.name) == ["web-1"])
    }

    @Test func aStartThatFindsItsAllocatedPortTakenIsRetriedOnAnotherPort() async throws {
        let clean = try RolloutFixture(strategy: .startFirst)
        clean.publishImage()
        let cleanEngine = clean.world.engine()
        _ = try await clean.apply(engine: cleanEngine)
        let start = try #require(cleanEngine.calls.first { $0.operation == "startContainer" })

        let fixture = try RolloutFixture(strategy: .startFirst)
        fixture.publishImage()
        let engine = fixture.world.engine()
        let taken = "driver failed programming external connectivity: Bind for 0.0.0.0:40001 failed: "
        engine.fail(atCall: start.index, with: FakeContainerEngine.failure(taken + "port is already allocated"))
        let report = try await fixture.apply(engine: engine)
        #expect(!report.needsAttention, "\(report.items.map(\.message))")
        #expect(engine.calls.filter { $0.operation == "createContainer" }.count == 2)
        #expect(
            engine.calls[start.index + 1].operation == "removeContainer", "the first candidate goes before the next")
        #expect(fixture.containers.map(\.name) == ["web-1"])
        let rollout = try #require(try await fixture.history.first)
        let lines = try await History(path: fixture.controller.stateDir + "/berth.sqlite").logLines(of: rollout.id!)
        #expect(lines.contains { $0.text.hasSuffix("was taken meanwhile; trying another") })
    }

    @Test func aFixedHostPortAnotherContainerHoldsFailsNamingTheFieldAndTheHolderOnce() async throws {
        let fixture = try RolloutFixture(strategy: .stopFirst)
        fixture.publishImage()
        var holder = ContainerSpec(name: "someone-elses-web", image: RolloutFixture.image)
        holder.ports = [PublishedPort(containerPort: 80, hostPort: 41080, hostIP: "0.0.0.0")]
        try fixture.world.addContainer(holder, running: true)
        let report = try await fixture.apply(engine: fixture.world.engine())
        let message = try #require(report.items.first?.message)
        #expect(
            message.hasSuffix(
                "spec.ports[0].host: host port 41080 on 127.0.0.1 is already in use by container someone-elses-web; "
                    + "free it or choose another port"),
            "\(message)")
        #expect(!message.contains("driver failed programming"), "the engine's words are translated: \(message)")
    }

    @Test func aCancelledRolloutStopsAtTheNextSafePointAndIsInterruptedNotFailed() async throws {
        let clock = TestClock()
        let fixture = try RolloutFixture(strategy: .startFirst, health: RolloutFixture.httpHealth, clock: clock)
        fixture.publishImage()
        let first = Task { try await fixture.apply(engine: fixture.world.engine()) }
        await clock.untilSleeping()
        clock.advance(by: .seconds(1))
        _ = try await first.value
        let old = fixture.containers

        fixture.publishImage()
        let events = Mutex<[RolloutProgress.Event]>([])
        let apply = Task {
            try await fixture.apply(engine: fixture.world.engine()) { progress in
                events.withLock { $0.append(progress.event) }
            }
        }
        await clock.untilSleeping()
        apply.cancel()
        let report = try await apply.value
        #expect(report.items.map(\.result) == [.interrupted])
        #expect(report.needsAttention, "not converged")
        #expect(fixture.containers == old, "the candidate is gone and the old generation serves on")
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.result == .interrupted && rollout.failingStage == "health")
        let states = try await transitions(of: rollout, in: fixture).map(\.state)
        #expect(states.contains("interrupted") && !states.contains("failed"), "\(states)")
        #expect(!events.withLock { $0 }.contains { if case .failed = $0 { true } else { false } })
    }

    @Test func everyStageEndingCarriesHowLongTheStageRan() async throws {
        let fixture = try RolloutFixture(strategy: .startFirst)
        fixture.publishImage()
        let seen = Mutex<[RolloutProgress]>([])
        let report = try await fixture.apply(engine: fixture.world.engine()) { progress in
            seen.withLock { $0.append(progress) }
        }
        #expect(report.items.map(\.result) == [.succeeded])
        let progress = seen.withLock { $0 }
        let endings = progress.filter {
            switch $0.event {
            case .succeeded, .skipped, .failed, .interrupted: true
            case .started, .output: false
            }
        }
        #expect(endings.count >= 5, "\(progress.map(\.event))")
        #expect(endings.allSatisfy { $0.duration.map { $0 >= .zero } == true }, "\(endings)")
        #expect(progress.filter { $0.event == .started }.allSatisfy { $0.duration == nil })
        #expect(Set(progress.filter { $0.event == .started }.map(\.stage)) == Set(endings.map(\.stage)))
    }

    @Test func retentionKeepsEveryImageAContainerUsesAndRemovesTheRestByEachTagWithoutForce() async {
        let world = FakeContainerWorld()
        let owner = ["berth.managed": "true", "berth.controller": "/state"]
        let labels = owner.merging(["berth.deployment": "web"]) { $1 }
        // Made within a second or so: the engine's list, in whole seconds, cannot tell their order.
        let usedByAStoppedContainer = world.addImage("berth/web:1", labels: labels)
        let unused = world.addImage("berth/web:2", labels: labels)
        let taggedTwice = world.addImage("berth/web:3", alsoTagged: ["mirror.example.com/web:3"], labels: labels)
        let kept = world.addImage("berth/web:4", labels: labels)
        let newest = world.addImage("berth/web:5", labels: labels)
        _ = try? world.addContainer(ContainerSpec(name: "someone-elses", image: "berth/web:1"), running: false)
        _ = try? world.addContainer(ContainerSpec(name: "web-5", image: "berth/web:5"), running: true)
        let retention = ImageRetention(
            engine: world.engine(), keep: 2, owner: owner,
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let removed = await retention.prune(deployment: "web")
        #expect(Set(removed) == [unused.id, taggedTwice.id])
        #expect(world.images.map(\.id) == [usedByAStoppedContainer.id, kept.id, newest.id])
        #expect(world.images.first?.tags == ["berth/web:1"], "the stopped container's image keeps its tag")
    }

    private func transitions(of rollout: Rollout, in fixture: RolloutFixture) async throws -> [StageTransition] {
        try await History(path: fixture.controller.stateDir + "/berth.sqlite").transitions(of: rollout.id!)
    }
}
