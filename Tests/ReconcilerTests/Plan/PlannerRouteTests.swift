import Drivers
import Manifest
import Testing

@testable import Reconciler

/// The router reconciled like everything else (DESIGN §13): a route missing after a router restart, pointing at
/// another port, or left by a deployment that is gone is planned as drift or removal; `-previous` generations a
/// watch left are leftovers, never duplicates or the active one.
@Suite struct PlannerRouteTests {
    static let route = Route(host: "web.test", path: "/", drain: .seconds(10))

    static func container(_ name: String, generation: Int, port: Int, previous: Bool = false) -> ActualContainer {
        let containerName =
            previous
            ? ContainerName.previous(name, generation: generation) : ContainerName.active(name, generation: generation)
        return ActualContainer(
            id: "\(containerName)-id", name: containerName, deployment: name, generation: generation, specHash: "h",
            port: port, state: .running)
    }

    static func routed(_ name: String = "web", port: Int) -> RouterRoute {
        RouterRoute(deployment: name, host: "web.test", pathPrefix: "/", upstream: "127.0.0.1:\(port)")
    }

    static func plan(
        routes: [String: RouterRoute]?, actual: [ActualContainer], route: Route? = route,
        incomplete: [String] = []
    ) -> Plan {
        Planner.plan(
            desired: [DesiredDeployment(name: "web", specHash: "h", route: route)], actual: actual,
            context: .init(incompleteReasons: incomplete, routes: routes))
    }

    @Test func aRouteToTheActivePortIsInSync() {
        let plan = Self.plan(routes: ["web": Self.routed(port: 20002)], actual: [Self.container("web", generation: 2, port: 20002)])
        #expect(plan.entry("web")?.action == .inSync)
    }

    @Test func aMissingRouteIsDriftThatNamesWhatToPutBack() {
        let plan = Self.plan(routes: [:], actual: [Self.container("web", generation: 2, port: 20002)])
        #expect(plan.entry("web")?.action == .drifted([.route(expected: Self.routed(port: 20002), actual: nil)]))
        #expect(
            Plan.DriftReason.route(expected: Self.routed(port: 20002), actual: nil).description
                == "route web.test/ → 127.0.0.1:20002 is missing from the router")
    }

    @Test func aRouteToAnotherPortIsDrift() {
        let plan = Self.plan(routes: ["web": Self.routed(port: 20001)], actual: [Self.container("web", generation: 2, port: 20002)])
        #expect(
            plan.entry("web")?.action
                == .drifted([.route(expected: Self.routed(port: 20002), actual: Self.routed(port: 20001))]))
    }

    @Test func aRouteTheManifestNoLongerDeclaresIsDriftToRemove() {
        let plan = Self.plan(
            routes: ["web": Self.routed(port: 20002)], actual: [Self.container("web", generation: 2, port: 20002)],
            route: nil)
        #expect(plan.entry("web")?.action == .drifted([.route(expected: nil, actual: Self.routed(port: 20002))]))
    }

    @Test func routesAreNotCheckedWhenTheRouterCouldNotBeRead() {
        let plan = Self.plan(routes: nil, actual: [Self.container("web", generation: 2, port: 20002)])
        #expect(plan.entry("web")?.action == .inSync)
        #expect(plan.staleRoutes.isEmpty)
    }

    @Test func aRouteOfADeploymentWithNothingLeftIsStaleUnlessDesiredStateIsIncomplete() {
        let routes = ["web": Self.routed(port: 20002), "gone": Self.routed("gone", port: 20009)]
        let actual = [Self.container("web", generation: 2, port: 20002)]
        #expect(Self.plan(routes: routes, actual: actual).staleRoutes == ["gone"])
        #expect(Self.plan(routes: routes, actual: actual).outcome() == .changesPending)
        #expect(Self.plan(routes: routes, actual: actual, incomplete: ["a.yaml unreadable"]).staleRoutes.isEmpty)
    }

    @Test func aRouteOfADeploymentThatLeftButStillRunsGoesWithItsPrune() {
        let routes = ["web": Self.routed(port: 20002), "old": Self.routed("old", port: 20009)]
        let actual = [Self.container("web", generation: 2, port: 20002), Self.container("old", generation: 1, port: 20009)]
        let plan = Self.plan(routes: routes, actual: actual)
        #expect(plan.staleRoutes.isEmpty, "prune removes it with the containers")
        #expect(plan.entry("old")?.action == .prune(containerIDs: ["old-1-id"]))
    }

    @Test func aPreviousGenerationIsNeitherActiveNorADuplicateButALeftover() {
        let actual = [
            Self.container("web", generation: 1, port: 20001, previous: true),
            Self.container("web", generation: 2, port: 20002),
        ]
        let plan = Self.plan(routes: ["web": Self.routed(port: 20002)], actual: actual)
        #expect(plan.entry("web")?.active?.generation == 2)
        #expect(plan.entry("web")?.action == .drifted([.previousKept(["web-1-previous"])]))
    }

    @Test func aPreviousGenerationIsPrunedWithItsDeployment() {
        let actual = [
            Self.container("old", generation: 1, port: 20001, previous: true),
            Self.container("old", generation: 2, port: 20002),
        ]
        let plan = Planner.plan(desired: [], actual: actual, context: .init(allowEmpty: true))
        #expect(plan.entry("old")?.action == .prune(containerIDs: ["old-1-previous-id", "old-2-id"]))
    }
}
