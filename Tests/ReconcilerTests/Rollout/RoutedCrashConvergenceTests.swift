import Drivers
import Foundation
import Manifest
import Reconciler
import TestSupport
import Testing

/// Crash convergence (DESIGN §5) through a router and a watch after cutover (§13, §14): a berth killed at any engine
/// call or any router call of a routed or watched rollout, then restarted once (a fresh process on the same world and
/// router), leaves exactly one generation running — no candidate, no `-previous` — with the route on it, no rollout
/// `running` in history, and a second pass with nothing to do. A release that fails its watch never ends up
/// serving: the restarted berth finishes the rollback, or deploys it again, watches it fail and pins.
extension CrashConvergenceTests {
    struct RoutedCase: Sendable, CustomTestStringConvertible {
        let strategy: Strategy
        var routed = true
        var watch = false
        /// Whether the new release starts failing its checks once the route moves to it.
        var failsInWatch = false
        /// Whether, once it failed, it keeps failing after the restart (its health check then fails before any
        /// cutover, every pass); otherwise the restarted berth sees it pass its health check again.
        var staysBroken = false
        var withOld = true

        var testDescription: String {
            let parts: [String?] = [
                strategy.rawValue, routed ? "routed" : "no router", watch ? "watched" : nil,
                failsInWatch ? "fails in the watch" : nil, staysBroken ? "stays broken" : nil,
                withOld ? nil : "first generation",
            ]
            return parts.compactMap(\.self).joined(separator: ", ")
        }
    }

    static let routedCases = [
        RoutedCase(strategy: .startFirst),
        RoutedCase(strategy: .startFirst, withOld: false),
        RoutedCase(strategy: .stopFirst),
        RoutedCase(strategy: .startFirst, watch: true),
        RoutedCase(strategy: .startFirst, watch: true, failsInWatch: true),
        RoutedCase(strategy: .startFirst, watch: true, failsInWatch: true, staysBroken: true),
        RoutedCase(strategy: .stopFirst, watch: true, failsInWatch: true),
        RoutedCase(strategy: .startFirst, routed: false, watch: true),
    ]

    /// A fixture at the moment of the rollout under test.
    struct RoutedScene {
        let fixture: RolloutFixture
        let router: FakeRouter?
        let old: FakeImage?
        let new: FakeImage
    }

    @Test(arguments: routedCases)
    func aKillAtAnyEngineOrRouterCallOfARoutedOrWatchedRolloutConverges(_ scenario: RoutedCase) async throws {
        let clean = try await prepared(scenario)
        let engine = clean.fixture.world.engine()
        let connection = clean.router?.connection(of: engine)
        let report = try await clean.fixture.apply(engine: engine, router: connection)
        let expected: [ApplyReport.Item.Result] = scenario.failsInWatch ? [.rolledBack] : [.succeeded]
        #expect(report.items.map(\.result) == expected, "the clean run: \(report.items.map(\.message))")
        if scenario.watch {
            let watched = engine.calls.filter { $0.operation == "probe" }.count
            #expect(watched >= 3, "health and watch checks: \(engine.calls)")
        }
        for index in engine.calls.indices {
            for effect in [FakeContainerEngine.KillEffect.happened, .didNotHappen] {
                try await killAndConverge(scenario, atRouterCall: false, effect: effect) { engine, _ in
                    engine.kill(atCall: index, effect: effect)
                }
            }
        }
        for index in (connection?.calls ?? []).indices {
            for effect in [FakeContainerEngine.KillEffect.happened, .didNotHappen] {
                try await killAndConverge(scenario, atRouterCall: true, effect: effect) { _, connection in
                    connection?.kill(atCall: index, effect: effect)
                }
            }
        }
    }

    private func killAndConverge(
        _ scenario: RoutedCase, atRouterCall: Bool, effect: FakeContainerEngine.KillEffect,
        arm: (FakeContainerEngine, FakeRouterConnection?) -> Void
    ) async throws {
        let scene = try await prepared(scenario)
        let fixture = scene.fixture
        let before = try await fixture.history.count
        let engine = fixture.world.engine()
        let connection = scene.router?.connection(of: engine)
        arm(engine, connection)
        let (outcome, remains) = await fixture.applyUntilDeath(engine: engine, router: connection)
        let lastCall = engine.calls.last.map(String.init(describing:)) ?? "?"
        let routerCalls = connection?.calls ?? []
        let place =
            atRouterCall
            ? "router call \(routerCalls.count - 1) \(routerCalls.last ?? "?") after engine call \(lastCall)"
            : "engine call \(lastCall)"
        let cut = "\(scenario.testDescription): killed in \(place) (effect \(effect))"
        try #require(outcome == nil, "\(cut): the process was not killed")
        let begun = try await fixture.history.count > before
        // The bad release fails once it has traffic: deployed again, it passes its health check, then fails.
        if scenario.failsInWatch, !scenario.staysBroken {
            try fixture.world.setBehaviour(.serves, ofImage: scene.new.id)
        }

        let restarted = fixture.world.engine()
        let report = try await fixture.apply(engine: restarted)
        let containers = fixture.containers
        #expect(containers.count == 1, "\(cut): containers left: \(containers.map(\.name))")
        let serving = try #require(containers.first, "\(cut): nothing serves")
        #expect(serving.name == "web-\(serving.labels[BerthLabel.generation] ?? "?")", "\(cut): \(serving.name)")
        #expect(serving.isRunning, "\(cut): \(serving.name) is not running")
        if scenario.failsInWatch {
            #expect(serving.imageID == scene.old?.id, "\(cut): the release that fails its watch serves")
        } else {
            #expect(serving.imageID == scene.new.id, "\(cut): \(serving.name) serves an old image")
            #expect(!report.needsAttention, "\(cut): \(report.items.map(\.message))")
        }
        if let router = scene.router {
            let port = serving.labels[BerthLabel.port] ?? "?"
            #expect(router.current.map(\.upstream) == ["127.0.0.1:\(port)"], "\(cut): routes \(router.current)")
        }
        let history = try await fixture.history
        let results = history.map(\.result)
        #expect(!results.contains(.running), "\(cut): \(results)")
        let killed = begun ? history.dropLast(before).suffix(1) : []
        #expect(killed.map(\.result) == (begun ? [.interrupted] : []), "\(cut): \(results)")
        let recovered = history.dropLast(before + killed.count)
        let allowed: Set<Rollout.Result> = scenario.failsInWatch ? [.rolledBack, .failed] : [.succeeded]
        #expect(recovered.allSatisfy { allowed.contains($0.result) }, "\(cut): \(results)")

        // Converged: the next pass has nothing to do (a failed release stays pinned away).
        let next = try await fixture.reconciliation(engine: fixture.world.engine()).plan()
        let action = next.plan.entry(RolloutFixture.name)?.action
        switch action {
        case .inSync?:
            #expect(!scenario.failsInWatch || serving.imageID == scene.old?.id, "\(cut)")
        case .pinned?:
            #expect(scenario.failsInWatch, "\(cut): pinned")
        case .update? where scenario.staysBroken && recovered.first?.result == .failed:
            break  // it failed its health check before the cutover: the next pass tries again
        default:
            let messages = report.items.map(\.message)
            Issue.record("\(cut): the pass after the restart plans \(String(describing: action)) after \(messages)")
        }
        #expect(next.plan.orphanCandidates.isEmpty, "\(cut)")
        await remains.bury()
    }

    private func prepared(_ scenario: RoutedCase) async throws -> RoutedScene {
        let router = scenario.routed ? FakeRouter() : nil
        let fixture = try RolloutFixture(
            strategy: scenario.strategy, health: RolloutFixture.httpHealth,
            route: scenario.routed ? "{host: web.test, drain: 1s}" : nil,
            rollout: scenario.watch ? "{watch: 2s, failureThreshold: 2}" : nil, router: router)
        var old: FakeImage?
        if scenario.withOld {
            old = fixture.publishImage()
            let first = try await fixture.apply(engine: fixture.world.engine())
            try #require(!first.needsAttention, "\(first.items.map(\.message))")
        }
        let new = fixture.publishImage()
        if scenario.failsInWatch, let router {
            // Traffic reaches the new release when the route sends to the port it runs on (stop-first reuses the
            // old one's).
            let world = fixture.world
            router.onChange { routes in
                let serving = world.containers.filter { $0.imageID == new.id && $0.isRunning }
                let upstreams = serving.map { "127.0.0.1:\($0.labels[BerthLabel.port] ?? "")" }
                if let upstream = routes.first?.upstream, upstreams.contains(upstream) {
                    try? world.setBehaviour(.neverHealthy, ofImage: new.id)
                }
            }
        }
        return RoutedScene(fixture: fixture, router: router, old: old, new: new)
    }
}
