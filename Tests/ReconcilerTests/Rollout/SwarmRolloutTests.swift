import Drivers
import Foundation
import Manifest
import Synchronization
import TestSupport
import Testing

@testable import Reconciler

/// The rollout on the swarm runtime against a ``FakeSwarmEngine`` (with real SQLite history): the one state machine's
/// service path at each of its cut points and faults — create, update with a stale version, Swarm's pause and
/// rollback, failing tasks, a stalled update, failing probes, an engine error at each call — plus rollback and prune.
@Suite struct SwarmRolloutTests {
    /// A fixture whose controller runs `runtime: swarm`, its deployment asking for `replicas` tasks; with `router`,
    /// the deployment is routed at `web.test` through it.
    private static func fixture(
        health: String? = RolloutFixture.execHealth, rollout: String? = nil, replicas: Int = 2,
        router: FakeRouter? = nil, drift: DriftMode = .heal
    ) throws -> RolloutFixture {
        try RolloutFixture(
            strategy: .startFirst, health: health, route: router.map { _ in "{host: web.test, drain: 0s}" },
            rollout: rollout, router: router, more: ["replicas: \(replicas)", "drift: \(drift.rawValue)"]
        ) { $0.runtime = .swarm }
    }

    /// Rolls generation 1 out on `swarm` and checks it succeeded.
    private static func firstGeneration(_ fixture: RolloutFixture, on swarm: FakeSwarmEngine) async throws
        -> FakeImage
    {
        let image = fixture.publishImage()
        let report = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(!report.needsAttention, "\(report.items.map(\.message))")
        return image
    }

    private static func service(_ swarm: FakeSwarmEngine) throws -> SwarmService {
        try #require(swarm.services.first { $0.spec.name == RolloutFixture.name })
    }

    private static func log(_ rollout: Rollout?, _ fixture: RolloutFixture) async throws -> String {
        let id = try #require(rollout?.id)
        return try await History(path: fixture.controller.stateDir + "/berth.sqlite").logLines(of: id).map(\.text)
            .joined(separator: "\n")
    }

    private static func stages(_ rollout: Rollout, _ fixture: RolloutFixture) async throws -> [String] {
        try await History(path: fixture.controller.stateDir + "/berth.sqlite").transitions(of: rollout.id!)
            .map { "\($0.stage) \($0.state)" }
    }

    @Test func aNewDeploymentBecomesOneServiceWithBerthsLabelsAndTheManifestsSettings() async throws {
        let fixture = try Self.fixture(rollout: "{parallelism: 2, delay: 1s, monitor: 3s}")
        let swarm = FakeSwarmEngine(world: fixture.world)
        let image = try await Self.firstGeneration(fixture, on: swarm)
        let service = try Self.service(swarm)
        let spec = service.spec
        #expect(spec.container.image == image.id, "by id, never by tag")
        #expect(spec.labels[BerthLabel.generation] == "1" && spec.container.labels[BerthLabel.generation] == "1")
        #expect(spec.labels[BerthLabel.deployment] == "web" && spec.labels[BerthLabel.managed] == "true")
        #expect(spec.labels[BerthLabel.controller] == BerthLabel.controllerValue(fixture.controller.stateDir))
        #expect(spec.mode == .replicated(2))
        #expect(spec.container.environment["PORT"] == "8080")
        #expect(spec.container.healthCheck?.test == .exec(["/bin/true"]))
        #expect(spec.container.stopGracePeriod == .seconds(3))
        #expect(
            spec.updateConfig
                == SwarmUpdateConfig(
                    parallelism: 2, delay: .seconds(1), failureAction: .rollback, monitor: .seconds(3),
                    order: .startFirst))
        #expect(spec.rollbackConfig?.failureAction == .pause)
        #expect(spec.networks == [SwarmRuntime.network])
        #expect(swarm.networks[SwarmRuntime.network]?[BerthLabel.managed] == "true")
        #expect(spec.endpoint == SwarmEndpointSpec(mode: .dnsrr, ports: [SwarmPortConfig(targetPort: 8080)]))
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.result == .succeeded && rollout.generation == 1)
        #expect(
            try await Self.stages(rollout, fixture) == [
                "resolve started", "resolve succeeded", "review started", "review skipped", "build started",
                "build skipped", "start started", "start succeeded", "health started", "health succeeded",
                "swap started", "swap succeeded", "report started", "report skipped",
            ])
        // In sync now: the next plan reads the service as the active generation.
        let again = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(again.items.map(\.result) == [.unchanged])
    }

    @Test func aNewReleaseUpdatesTheServiceInPlaceRetryingAStaleVersion() async throws {
        let fixture = try Self.fixture()
        let swarm = FakeSwarmEngine(world: fixture.world)
        _ = try await Self.firstGeneration(fixture, on: swarm)
        let id = try Self.service(swarm).id
        let next = fixture.publishImage()
        swarm.conflictOnNextUpdates(2)
        let report = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(!report.needsAttention, "\(report.items.map(\.message))")
        let service = try Self.service(swarm)
        #expect(service.id == id, "updated, not replaced")
        #expect(service.spec.container.image == next.id && service.spec.labels[BerthLabel.generation] == "2")
        #expect(swarm.calls.filter { $0.hasPrefix("updateService") }.count == 3, "two stale versions, then the update")
        #expect(try await fixture.history.first?.result == .succeeded)
    }

    @Test func aServiceOfTheSameNameThatBerthDidNotCreateIsLeftAlone() async throws {
        let fixture = try Self.fixture()
        let swarm = FakeSwarmEngine(world: fixture.world)
        let foreign = SwarmServiceSpec(name: RolloutFixture.name, image: "nginx:latest")
        swarm.addService(foreign)
        fixture.publishImage()
        let report = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(report.items.map(\.result) == [.failed])
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.failingStage == "start")
        #expect(rollout.error?.hasPrefix("a service named web exists that this controller did not create") == true)
        #expect(swarm.services.map(\.spec) == [foreign])
        #expect(!swarm.calls.contains { $0.hasPrefix("updateService") || $0.hasPrefix("removeService") })
    }

    @Test func aVersionStaleEveryTimeFailsTheStartAndChangesNothing() async throws {
        let fixture = try Self.fixture()
        let swarm = FakeSwarmEngine(world: fixture.world)
        let first = try await Self.firstGeneration(fixture, on: swarm)
        fixture.publishImage()
        swarm.conflictOnNextUpdates(SwarmRuntime.conflictAttempts)
        let report = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(report.needsAttention)
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.result == .failed && rollout.failingStage == "start")
        #expect(try Self.service(swarm).spec.container.image == first.id)
    }

    @Test func swarmsRollbackIsAFailedRolloutAndTheServiceRunsTheGenerationBefore() async throws {
        let fixture = try Self.fixture()
        let swarm = FakeSwarmEngine(world: fixture.world)
        let first = try await Self.firstGeneration(fixture, on: swarm)
        fixture.publishImage(.neverHealthy)
        let report = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(report.items.map(\.result) == [.failed])
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.result == .failed && rollout.failingStage == "health")
        #expect(rollout.error?.hasPrefix("Swarm rolled the service back to the generation before: ") == true)
        #expect(rollout.error?.contains("last task failure: task: unhealthy container") == true, "\(rollout.error!)")
        let service = try Self.service(swarm)
        #expect(service.spec.container.image == first.id && service.spec.labels[BerthLabel.generation] == "1")
        #expect(swarm.calls.filter { $0.hasPrefix("updateService") }.count == 1, "Swarm rolled back, not berth")
        // Pinned to the generation that serves again, as after a failed watch: the next pass does not retry it.
        let next = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(next.items.map(\.result) == [.skipped])
        #expect(next.items.first?.message.hasPrefix("pinned to generation 1 (Swarm rolled generation 2 back: ") == true)
    }

    @Test func aPausedUpdateIsAFailedRolloutLeftAsSwarmLeftIt() async throws {
        let fixture = try Self.fixture(rollout: "{failureAction: pause}")
        let swarm = FakeSwarmEngine(world: fixture.world)
        _ = try await Self.firstGeneration(fixture, on: swarm)
        let broken = fixture.publishImage(.exits(code: 3))
        _ = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.result == .failed && rollout.failingStage == "health")
        #expect(rollout.error?.hasPrefix("Swarm paused the update: update paused") == true, "\(rollout.error ?? "")")
        #expect(rollout.error?.contains("task: non-zero exit (3)") == true)
        #expect(try Self.service(swarm).spec.container.image == broken.id, "left for a person, as Swarm left it")
        #expect(swarm.calls.filter { $0.hasPrefix("updateService") }.count == 1)
    }

    @Test func aNewServiceWhoseTaskFailsIsRemovedAtOnce() async throws {
        let fixture = try Self.fixture()
        let swarm = FakeSwarmEngine(world: fixture.world)
        fixture.publishImage(.exits(code: 3))
        let report = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(report.items.map(\.result) == [.failed])
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.failingStage == "health")
        #expect(rollout.error == "a task of the new service failed: task: non-zero exit (3)")
        #expect(swarm.services.isEmpty, "the service this rollout created is removed")
        #expect(
            swarm.calls.filter { $0.hasPrefix("inspectService") }.count == 2,
            "the deploy's read and one look: no waiting for a timeout")
    }

    @Test func aNewServiceWhoseTasksNeverRunTimesOutAndIsRemoved() async throws {
        let fixture = try Self.fixture()
        let swarm = FakeSwarmEngine(world: fixture.world)
        fixture.publishImage()
        swarm.stallUpdates()
        _ = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.result == .failed && rollout.failingStage == "health")
        #expect(rollout.error == "the update did not complete within 74.0 seconds: 0/2 tasks of generation 1 running")
        #expect(swarm.services.isEmpty, "the service this rollout created is removed")
    }

    @Test func aStalledUpdateTimesOutAndTheServiceIsPutBack() async throws {
        let fixture = try Self.fixture()
        let swarm = FakeSwarmEngine(world: fixture.world)
        let first = try await Self.firstGeneration(fixture, on: swarm)
        let before = try Self.service(swarm).spec
        fixture.publishImage()
        swarm.stallUpdates()
        _ = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.result == .failed && rollout.failingStage == "health")
        #expect(rollout.error?.hasPrefix("the update did not complete within ") == true)
        let after = try Self.service(swarm).spec
        #expect(after == before && after.container.image == first.id)
    }

    @Test func tasksThatFailBerthsProbePutTheServiceBack() async throws {
        let fixture = try Self.fixture(health: RolloutFixture.httpHealth)
        let swarm = FakeSwarmEngine(world: fixture.world)
        _ = try await Self.firstGeneration(fixture, on: swarm)
        #expect(swarm.calls.contains("probe 127.0.0.1:30011") && swarm.calls.contains("probe 127.0.0.1:30012"))
        let before = try Self.service(swarm).spec
        guard case .shell(let inside)? = before.container.healthCheck?.test else {
            Issue.record(
                "an http check runs inside the container too: \(String(describing: before.container.healthCheck))")
            return
        }
        #expect(inside.contains("wget -q -O /dev/null 'http://127.0.0.1:8080/healthz'"))
        fixture.publishImage()
        swarm.failProbes()
        _ = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.result == .failed && rollout.failingStage == "health")
        #expect(rollout.error == "tasks not healthy within startPeriod 5.0 seconds: 127.0.0.1:30021: HTTP 503")
        #expect(try Self.service(swarm).spec == before)
    }

    /// An engine error at each call of an update puts the service back as it was (or never changed it).
    @Test(arguments: ["ensureOverlayNetwork", "inspectService", "updateService", "listTasks"])
    func anEngineErrorAtAnyCallLeavesTheServiceAsItWas(operation: String) async throws {
        let fixture = try Self.fixture()
        let swarm = FakeSwarmEngine(world: fixture.world)
        _ = try await Self.firstGeneration(fixture, on: swarm)
        let before = try Self.service(swarm).spec
        fixture.publishImage()
        swarm.fail(operation, with: ContainerEngineError(code: .failed, request: operation, message: "boom"))
        let report = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(report.items.map(\.result) == [.failed])
        #expect(try await fixture.history.first?.error?.contains("boom") == true)
        #expect(try Self.service(swarm).spec == before)
    }

    @Test func changedReplicasScaleTheServiceInPlaceWithoutANewGeneration() async throws {
        let fixture = try Self.fixture(replicas: 2)
        let swarm = FakeSwarmEngine(world: fixture.world)
        _ = try await Self.firstGeneration(fixture, on: swarm)
        let file = fixture.directory.url.appendingPathComponent("deployments/web.yaml")
        let manifest = try String(contentsOf: file, encoding: .utf8)
        try manifest.replacingOccurrences(of: "replicas: 2", with: "replicas: 3").write(
            to: file, atomically: true, encoding: .utf8)
        let report = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(report.items.map(\.result) == [.healed])
        #expect(report.items.first?.message == "spec.replicas: 2 → 3 applied to service web without a restart")
        let service = try Self.service(swarm)
        #expect(service.spec.mode == .replicated(3) && service.spec.labels[BerthLabel.generation] == "1")
        #expect(try await fixture.history.count == 1, "no new rollout")
        #expect(
            try await fixture.apply(engine: fixture.world.engine(), swarm: swarm).items.map(\.result) == [.unchanged])
    }

    /// `docker service update --env-add` or `--user` by hand changes the task template, not berth's labels: the plan
    /// names the fields from the service's ``BerthLabel/template`` digests; `drift: heal` rolls a new generation out,
    /// which writes the service back, and `drift: report` leaves it as the operator left it.
    @Test(arguments: [DriftMode.heal, .report])
    func aServiceChangedByHandIsNamedThenRolledOutAgainOrReported(drift: DriftMode) async throws {
        let fixture = try Self.fixture(drift: drift)
        let swarm = FakeSwarmEngine(world: fixture.world)
        _ = try await Self.firstGeneration(fixture, on: swarm)
        let written = try Self.service(swarm)
        var byHand = written.spec
        byHand.container.environment["DEBUG"] = "1"
        byHand.container.user = "0"
        try await swarm.updateService(written.id, version: written.version, spec: byHand, auth: nil)
        _ = try await swarm.inspectService(written.id)  // Swarm rolls the hand change out
        _ = try await swarm.inspectService(written.id)

        let reconciliation = try fixture.reconciliation(engine: fixture.world.engine(), swarm: swarm)
        let entry = try #require(try await reconciliation.plan().plan.entries.first)
        #expect(entry.action == .drifted([.serviceChanged(fields: ["env", "user"])]))
        let report = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        let service = try Self.service(swarm)
        switch drift {
        case .heal:
            #expect(report.items.first?.rollout?.result == .succeeded, "\(report.items.map(\.message))")
            #expect(service.spec.labels[BerthLabel.generation] == "2")
            #expect(service.spec.container.environment["DEBUG"] == nil && service.spec.container.user == nil)
            #expect(ServiceTemplate.changedFields(of: service.spec).isEmpty)
            let again = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
            #expect(again.items.map(\.result) == [.unchanged])
        case .report:
            #expect(report.items.map(\.result) == [.reported])
            #expect(report.items.first?.message.contains("service env, user changed outside berth") == true)
            #expect(service.spec.labels[BerthLabel.generation] == "1" && service.spec.container.user == "0")
        }
    }

    @Test func rollbackToAGenerationUpdatesTheServiceToItsImage() async throws {
        let fixture = try Self.fixture()
        let swarm = FakeSwarmEngine(world: fixture.world)
        let first = try await Self.firstGeneration(fixture, on: swarm)
        fixture.publishImage()
        #expect(!(try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)).needsAttention)
        let reconciliation = try fixture.reconciliation(engine: fixture.world.engine(), swarm: swarm)
        let rollout = try await reconciliation.rollback("web", to: 1, pass: try await reconciliation.plan())
        #expect(rollout.result == .succeeded && rollout.generation == 3 && rollout.rollbackOf == 1)
        let service = try Self.service(swarm)
        #expect(service.spec.container.image == first.id && service.spec.labels[BerthLabel.generation] == "3")
        let pinned = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(pinned.items.map(\.result) == [.skipped], "pinned to generation 3")
    }

    @Test func pruneRemovesTheServiceOfADeploymentThatLeft() async throws {
        let fixture = try Self.fixture()
        let swarm = FakeSwarmEngine(world: fixture.world)
        try fixture.directory.write(
            "apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: other}\nspec:\n  image: \(RolloutFixture.image)\n",
            to: "deployments/other.yaml")
        _ = try await Self.firstGeneration(fixture, on: swarm)
        #expect(swarm.services.map(\.spec.name).sorted() == ["other", "web"])
        try FileManager.default.removeItem(at: fixture.directory.url.appendingPathComponent("deployments/web.yaml"))
        let report = try await fixture.apply(
            engine: fixture.world.engine(), swarm: swarm, options: ApplyOptions(prune: true))
        let pruned = try #require(report.items.first { $0.name == "web" })
        #expect(pruned.result == .pruned && pruned.message == "removed service web; volumes are kept")
        #expect(swarm.services.map(\.spec.name) == ["other"])
    }

    @Test func theRouteFollowsTheTasksThatRunThroughAnUpdateAndEachPassPutsItBack() async throws {
        let router = FakeRouter()
        let fixture = try Self.fixture(replicas: 2, router: router)
        let swarm = FakeSwarmEngine(world: fixture.world)
        let seen = Mutex<[[String]]>([])
        router.onChange { routes in seen.withLock { $0.append(routes.first?.upstreams ?? []) } }
        _ = try await Self.firstGeneration(fixture, on: swarm)
        // The fake's tasks publish 30000 + generation * 10 + slot; this engine's node answers on 127.0.0.1.
        let first = ["127.0.0.1:30011", "127.0.0.1:30012"]
        #expect(router.current.map(\.upstreams) == [first] && router.current.first?.host == "web.test")
        fixture.publishImage()
        let report = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(!report.needsAttention, "\(report.items.map(\.message))")
        let second = ["127.0.0.1:30021", "127.0.0.1:30022"]
        #expect(seen.withLock { $0 } == [first, second], "the old tasks serve until the new ones run, then only they")
        let log = try await Self.log(try await fixture.history.first, fixture)
        #expect(log.contains("route web.test/ → 127.0.0.1:30021, 127.0.0.1:30022"), "\(log)")
        // Someone points the route elsewhere: the next pass puts it back on the tasks, without a rollout.
        try await router.switchUpstreams(of: RolloutFixture.name, to: ["127.0.0.1:9"])
        let healed = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(healed.items.map(\.result) == [.healed], "\(healed.items.map(\.message))")
        #expect(router.current.map(\.upstreams) == [second])
        let quiet = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(quiet.items.map(\.result) == [.unchanged])
    }

    @Test func aServiceWithNoTaskRunningKeepsItsRouteAndAFailingRouterDoesNotFailTheRollout() async throws {
        let router = FakeRouter()
        let fixture = try Self.fixture(replicas: 1, router: router)
        let swarm = FakeSwarmEngine(world: fixture.world)
        _ = try await Self.firstGeneration(fixture, on: swarm)
        let routed = router.current
        #expect(routed.map(\.upstreams) == [["127.0.0.1:30011"]])
        // The router is down for a whole rollout: Swarm's update goes on, the log says so, the route is stale.
        router.setUnreachable(true)
        fixture.publishImage()
        let report = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(try await fixture.history.first?.result == .succeeded, "\(report.items.map(\.message))")
        let log = try await Self.log(try await fixture.history.first, fixture)
        #expect(log.contains("cannot route web.test/ to the tasks yet"), "\(log)")
        // Back again: the pass moves the route to the task that runs now.
        router.setUnreachable(false)
        _ = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(router.current.map(\.upstreams) == [["127.0.0.1:30021"]])
        // Scaled to nothing: no task answers, and the route stays as it was rather than pointing at nothing.
        let manifest = fixture.directory.url.appendingPathComponent("deployments/web.yaml")
        _ = try fixture.directory.write(
            try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(
                of: "replicas: 1", with: "replicas: 0"),
            to: "deployments/web.yaml")
        _ = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(router.current.map(\.upstreams) == [["127.0.0.1:30021"]])
    }

    @Test func onSeveralNodesTheImageIsPushedToTheRegistryAndTheServiceNamesItsDigest() async throws {
        let fixture = try RolloutFixture(strategy: .startFirst, more: ["replicas: 2"]) {
            $0.runtime = .swarm
            $0.registry = ImageRegistry(url: "127.0.0.1:5000/berth")
        }
        let swarm = FakeSwarmEngine(world: fixture.world)
        swarm.setNodes(2)
        let image = try await Self.firstGeneration(fixture, on: swarm)
        // The fake registry's digest is the image id.
        #expect(try Self.service(swarm).spec.container.image == "127.0.0.1:5000/berth/web@\(image.id)")
        #expect(swarm.calls.contains("tagImage 127.0.0.1:5000/berth/web:1"))
        #expect(swarm.calls.contains("pushImage 127.0.0.1:5000/berth/web:1"))
        let log = try await Self.log(try await fixture.history.first, fixture)
        #expect(log.contains("pushing \(image.id.prefix(19)) as 127.0.0.1:5000/berth/web:1 for the swarm's 2 nodes"))
        // A push that fails fails the start before the service is touched.
        fixture.publishImage()
        swarm.fail(
            "pushImage", with: ContainerEngineError(code: .failed, request: "POST /images/x/push", message: "refused"))
        let report = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(report.needsAttention)
        let failed = try #require(try await fixture.history.first)
        #expect(
            failed.failingStage == "start" && failed.error?.contains("cannot push 127.0.0.1:5000/berth/web:2") == true)
        #expect(try Self.service(swarm).spec.labels[BerthLabel.generation] == "1")
    }

    @Test func onSeveralNodesWithoutARegistryTheStartFailsNamingTheSetting() async throws {
        let fixture = try Self.fixture()
        let swarm = FakeSwarmEngine(world: fixture.world)
        swarm.setNodes(3)
        fixture.publishImage()
        let report = try await fixture.apply(engine: fixture.world.engine(), swarm: swarm)
        #expect(report.items.map(\.result) == [.failed])
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.failingStage == "start")
        #expect(
            rollout.error?.contains("the swarm has 3 nodes") == true
                && rollout.error?.contains("registry: {url:") == true)
        #expect(swarm.services.isEmpty && !swarm.calls.contains { $0.hasPrefix("pushImage") })
        let log = try await Self.log(rollout, fixture)
        #expect(!log.contains("put service"), "nothing was changed, so nothing is put back: \(log)")
    }
}
