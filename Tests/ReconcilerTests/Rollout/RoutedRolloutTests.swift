import Drivers
import Manifest
import Reconciler
import TestSupport
import Testing

/// Rollouts and passes through a router, on the fake engine and a fake router (DESIGN §13): the route moves to the
/// new generation before the old one stops, a route lost by a router restart or left by a deployment that is gone
/// is put right without a rollout, and a watch that fails routes back, pins, and is not deployed again.
@Suite struct RoutedRolloutTests {
    static let route = "{host: web.test, drain: 0s}"

    static func fixture(strategy: Strategy = .startFirst, rollout: String? = nil, router: FakeRouter) throws
        -> RolloutFixture
    {
        let fixture = try RolloutFixture(strategy: strategy, route: route, rollout: rollout, router: router)
        fixture.publishImage()
        return fixture
    }

    static func activePort(_ fixture: RolloutFixture) -> Int? {
        fixture.containers.first { $0.isRunning && !$0.name.hasSuffix("-candidate") && !$0.name.hasSuffix("-previous") }
            .flatMap { $0.labels[BerthLabel.port].flatMap { Int($0) } }
    }

    @Test(arguments: [Strategy.startFirst, .stopFirst])
    func theRouteFollowsEachGenerationAndMovesBeforeTheOldOneStops(_ strategy: Strategy) async throws {
        let router = FakeRouter()
        let fixture = try Self.fixture(strategy: strategy, router: router)
        let first = try await fixture.apply(engine: fixture.world.engine())
        #expect(!first.needsAttention, "\(first.items.map(\.message))")
        let port = try #require(Self.activePort(fixture))
        #expect(router.current == [RouterRoute(deployment: "web", host: "web.test", pathPrefix: "/", upstream: "127.0.0.1:\(port)")])

        let world = fixture.world
        router.onChange { routes in
            // At the switch the generation that served still runs (start-first) or was stopped first (stop-first).
            let old = world.containers.first { $0.name == "web-1" }
            #expect(old?.isRunning == (strategy == .startFirst), "\(routes)")
        }
        fixture.publishImage()
        let second = try await fixture.apply(engine: fixture.world.engine())
        #expect(!second.needsAttention, "\(second.items.map(\.message))")
        let newPort = try #require(Self.activePort(fixture))
        #expect(router.current.map(\.upstream) == ["127.0.0.1:\(newPort)"])
        #expect(fixture.containers.map(\.name) == ["web-2"])
    }

    @Test func aRouteLostByARouterRestartIsPutBackWithoutARollout() async throws {
        let router = FakeRouter()
        let fixture = try Self.fixture(router: router)
        _ = try await fixture.apply(engine: fixture.world.engine())
        let routes = router.current
        router.restart()
        let reconciliation = try fixture.reconciliation(engine: fixture.world.engine())
        let pass = try await reconciliation.plan()
        guard case .drifted(let reasons) = pass.plan.entry("web")?.action else {
            Issue.record("\(String(describing: pass.plan.entry("web")))")
            return
        }
        #expect(reasons == [.route(expected: routes[0], actual: nil)])
        let report = await reconciliation.apply(pass, options: ApplyOptions())
        #expect(report.items.map(\.result) == [.healed], "\(report.items.map(\.message))")
        #expect(router.current == routes)
        #expect(try await fixture.history.count == 1, "no new rollout")
    }

    @Test func aRouteOfADeploymentThatIsGoneIsRemovedAndOthersAreKept() async throws {
        let router = FakeRouter()
        let fixture = try Self.fixture(router: router)
        router.add(RouterRoute(deployment: "gone", host: "gone.test", pathPrefix: "/", upstream: "127.0.0.1:40999"))
        let report = try await fixture.apply(engine: fixture.world.engine())
        #expect(report.removedRoutes == ["gone"])
        #expect(router.current.map(\.deployment) == ["web"])
    }

    @Test func aRouterThatCannotBeReachedFailsTheSwapAndLeavesWhatServes() async throws {
        let router = FakeRouter()
        let fixture = try Self.fixture(router: router)
        _ = try await fixture.apply(engine: fixture.world.engine())
        let before = router.current
        router.setUnreachable(true)
        fixture.publishImage()
        let report = try await fixture.apply(engine: fixture.world.engine())
        #expect(report.items.map(\.result) == [.failed])
        #expect(report.items.first?.message.contains("cannot route web.test/") == true, "\(report.items.map(\.message))")
        #expect(fixture.containers.map(\.name) == ["web-1"], "the candidate is removed; generation 1 still serves")
        router.setUnreachable(false)
        #expect(router.current == before)
    }

    @Test func aFailedWatchRoutesBackPinsWithTheReasonAndIsNotDeployedAgain() async throws {
        let router = FakeRouter()
        let fixture = try Self.fixture(rollout: "{watch: 5s, failureThreshold: 2}", router: router)
        _ = try await fixture.apply(engine: fixture.world.engine())
        let firstPort = try #require(Self.activePort(fixture))
        let bad = fixture.publishImage()
        let world = fixture.world
        router.onChange { routes in
            // The new release passes its health check, then starts failing once it has the traffic.
            if routes.first?.upstream != "127.0.0.1:\(firstPort)" {
                try? world.setBehaviour(.neverHealthy, ofImage: bad.id)
            }
        }
        let report = try await fixture.apply(engine: fixture.world.engine())
        #expect(report.items.map(\.result) == [.rolledBack], "\(report.items.map(\.message))")
        #expect(router.current.map(\.upstream) == ["127.0.0.1:\(firstPort)"])
        #expect(fixture.containers.map(\.name) == ["web-1"])
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.result == .rolledBack)
        #expect(rollout.failingStage == "watch")
        #expect(rollout.error?.contains("failed 2 checks in a row") == true, "\(rollout.error ?? "")")

        let reconciliation = try fixture.reconciliation(engine: fixture.world.engine())
        let pass = try await reconciliation.plan()
        guard case .pinned(let generation, let reason) = pass.plan.entry("web")?.action else {
            Issue.record("not pinned: \(String(describing: pass.plan.entry("web")))")
            return
        }
        #expect(generation == 1)
        #expect(reason.contains("the watch after cutover rolled generation 2 back"), "\(reason)")
        let again = await reconciliation.apply(pass, options: ApplyOptions())
        #expect(again.items.map(\.result) == [.skipped])
        #expect(try await fixture.history.count == 2, "no new rollout while the pin holds")

        router.onChange { _ in }
        fixture.publishImage()  // a fix: new build inputs lift the pin
        let fixed = try await fixture.apply(engine: fixture.world.engine())
        #expect(fixed.items.map(\.result) == [.succeeded], "\(fixed.items.map(\.message))")
        #expect(fixture.containers.map(\.name) == ["web-3"])
    }
}
