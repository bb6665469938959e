import Drivers
import Foundation
import Reconciler
import Testing

@Suite struct PlannerTests {
    private func container(
        _ deployment: String, generation: Int, hash: String, state: ContainerState = .running,
        candidate: Bool = false
    ) -> ActualContainer {
        let name = candidate
            ? ContainerName.candidate(deployment, generation: generation)
            : ContainerName.active(deployment, generation: generation)
        return ActualContainer(
            id: "\(name)-id", name: name, deployment: deployment, generation: generation, specHash: hash,
            port: 20001, state: state
        )
    }

    @Test func newDeploymentIsCreatedAndMatchingOneIsInSync() {
        let plan = Planner.plan(
            desired: [DesiredDeployment(name: "web", specHash: "h1"), DesiredDeployment(name: "api", specHash: "h2")],
            actual: [container("api", generation: 3, hash: "h2")],
            context: .init()
        )
        #expect(plan.entries.map(\.name) == ["api", "web"])
        #expect(plan.entry("web")?.action == .create)
        #expect(plan.entry("api")?.action == .inSync)
        #expect(plan.entry("api")?.active?.generation == 3)
    }

    @Test func changedHashIsAnUpdateFromTheHighestGeneration() {
        let plan = Planner.plan(
            desired: [DesiredDeployment(name: "web", specHash: "new")],
            actual: [container("web", generation: 2, hash: "old")],
            context: .init()
        )
        #expect(plan.entry("web")?.action == .update(fromHash: "old"))
    }

    @Test func stoppedUnhealthyDuplicatedAndMovedContainersAreDrift() {
        var unhealthy = container("web", generation: 4, hash: "h", state: .exited)
        unhealthy.health = .unhealthy
        unhealthy.publishedPorts = [30000]
        unhealthy.imageID = "sha256:bbb"
        let plan = Planner.plan(
            desired: [DesiredDeployment(name: "web", specHash: "h", expectedImageID: "sha256:aaa")],
            actual: [unhealthy, container("web", generation: 3, hash: "h")],
            context: .init()
        )
        #expect(
            plan.entry("web")?.action == .drifted([
                .notRunning(.exited), .unhealthy, .duplicated(count: 2),
                .imageChanged(expected: "sha256:aaa", actual: "sha256:bbb"),
                .portChanged(expected: 20001, published: [30000]),
            ])
        )
    }

    @Test func missingContainerIsDriftOnlyWhenThatHashWasDeployedBefore() {
        let desired = [DesiredDeployment(name: "web", specHash: "h")]
        let deployedBefore = Planner.plan(
            desired: desired, actual: [], context: .init(lastDeployedHash: ["web": "h"])
        )
        #expect(deployedBefore.entry("web")?.action == .drifted([.missing]))
        let other = Planner.plan(
            desired: desired, actual: [], context: .init(lastDeployedHash: ["web": "x"])
        )
        #expect(other.entry("web")?.action == .create)
    }

    @Test func pruneOnlyWhenDesiredStateIsComplete() {
        let actual = [container("gone", generation: 1, hash: "h"), container("kept", generation: 1, hash: "k")]
        let desired = [DesiredDeployment(name: "kept", specHash: "k")]
        let complete = Planner.plan(desired: desired, actual: actual, context: .init())
        #expect(complete.entry("gone")?.action == .prune(containerIDs: ["gone-1-id"]))
        #expect(complete.pruneWithheld == nil)
        let partial = Planner.plan(
            desired: desired, actual: actual, context: .init(incompleteReasons: ["broken.yaml:1: unreadable"])
        )
        #expect(partial.entry("gone") == nil)
        #expect(partial.entry("kept")?.action == .inSync)
        #expect(partial.pruneWithheld?.kept == ["gone"])
        #expect(partial.pruneWithheld?.reason.contains("broken.yaml:1") == true)
    }

    /// Argo CD's allowEmpty: a pass that would remove every deployment that runs is refused unless allowed.
    @Test(arguments: [false, true])
    func pruningEverythingNeedsAllowEmpty(allowEmpty: Bool) {
        let actual = [container("a", generation: 1, hash: "h"), container("b", generation: 4, hash: "h")]
        let plan = Planner.plan(desired: [], actual: actual, context: .init(allowEmpty: allowEmpty))
        if allowEmpty {
            #expect(plan.entries.map(\.action.name) == ["prune", "prune"])
            #expect(plan.pruneWithheld == nil)
        } else {
            #expect(plan.entries.isEmpty)
            #expect(plan.pruneWithheld?.kept == ["a", "b"])
            #expect(plan.pruneWithheld?.reason.contains("allowEmpty") == true)
        }
    }

    @Test func anInvalidDocumentAndAnotherLeavingStillPrunesTheOneThatLeft() {
        let plan = Planner.plan(
            desired: [], actual: [container("web", generation: 2, hash: "h"), container("old", generation: 1, hash: "o")],
            context: .init(invalid: ["web": "web.yaml:3:1: spec: broken"])
        )
        #expect(plan.entry("web")?.action == .invalid(message: "web.yaml:3:1: spec: broken"))
        #expect(plan.entry("old")?.action == .prune(containerIDs: ["old-1-id"]))
    }

    @Test func invalidDocumentKeepsItsContainerAndIsNeverPruned() {
        let plan = Planner.plan(
            desired: [], actual: [container("web", generation: 2, hash: "h")],
            context: .init(invalid: ["web": "web.yaml:3:1: spec: broken"])
        )
        #expect(plan.entries.count == 1)
        #expect(plan.entry("web")?.action == .invalid(message: "web.yaml:3:1: spec: broken"))
    }

    @Test func suspendedAndPinnedDeploymentsAreLeftAlone() {
        let plan = Planner.plan(
            desired: [
                DesiredDeployment(name: "a", specHash: "new", suspended: true), DesiredDeployment(name: "b", specHash: "new"),
            ],
            actual: [container("a", generation: 1, hash: "old"), container("b", generation: 1, hash: "old")],
            context: .init(pins: ["b": Pin(generation: 1, specHash: "h", reason: "berth rollback")])
        )
        #expect(plan.entry("a")?.action == .suspended)
        #expect(plan.entry("b")?.action == .pinned(generation: 1, reason: "berth rollback"))
    }

    @Test func candidatesAreOrphansNotActiveGenerations() {
        let plan = Planner.plan(
            desired: [DesiredDeployment(name: "web", specHash: "h")],
            actual: [container("web", generation: 1, hash: "h"), container("web", generation: 2, hash: "h2", candidate: true)],
            context: .init()
        )
        #expect(plan.entry("web")?.action == .inSync)
        #expect(plan.orphanCandidates.map(\.name) == ["web-2-candidate"])
    }

    @Test func planOverManyDeploymentsIsLinear() {
        let desired = (0..<5_000).map { DesiredDeployment(name: "d\($0)", specHash: "h") }
        let actual = (0..<5_000).map { container("d\($0)", generation: 1, hash: "h") }
        let plan = Planner.plan(desired: desired, actual: actual, context: .init())
        #expect(plan.entries.allSatisfy { $0.action == .inSync })
        #expect(plan.entries.count == 5_000)
    }
}

@Suite struct ActualContainerTests {
    private func summary(labels: [String: String], name: String = "/web-3") -> ContainerSummary {
        ContainerSummary(
            id: "abc", names: [name], image: "berth/web:123", imageID: "sha256:1", labels: labels, state: .running,
            status: "Up 2 minutes (healthy)", ports: [PublishedPort(containerPort: 8080, hostPort: 20001, hostIP: "127.0.0.1")],
            created: Date()
        )
    }

    @Test func readsTheLabelContract() throws {
        let labels = [
            "berth.managed": "true", "berth.deployment": "web", "berth.generation": "3", "berth.spec-hash": "h",
            "berth.commit": "a1", "berth.config-commit": "c1", "berth.port": "20001",
        ]
        let container = try #require(ActualContainer(summary(labels: labels)))
        #expect(container.name == "web-3")
        #expect(container.generation == 3)
        #expect(container.port == 20001)
        #expect(container.publishedPorts == [20001])
        #expect(container.health == .healthy)
        #expect(!container.isCandidate)
        #expect(ActualContainer(summary(labels: labels, name: "/web-3-candidate"))?.isCandidate == true)
    }

    @Test func containersWithoutTheContractAreNotBerths() {
        #expect(ActualContainer(summary(labels: ["berth.managed": "true", "berth.deployment": "web"])) == nil)
        #expect(ActualContainer(summary(labels: [:])) == nil)
    }
}
