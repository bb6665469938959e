import Drivers
import Foundation
import Testing

@testable import Reconciler

/// Which container events send the controller to work: a generation's container is its deployment's business, the
/// managed router's is a pass's, and a Swarm task's or a build step's is nobody's.
@Suite struct ContainerEventTriageTests {
    private func triage(_ attributes: [String: String]) -> ContainerEventTriage {
        ContainerEventTriage(
            EngineEvent(type: "container", action: "die", actorID: "0123456789ab", attributes: attributes, time: Date())
        )
    }

    private let generation = [BerthLabel.deployment: "web", BerthLabel.generation: "3", "name": "web-3"]

    @Test func aGenerationsContainerRequeuesItsDeployment() {
        #expect(triage(generation) == .deployment("web"))
    }

    @Test func theManagedRouterAsksForAPass() {
        #expect(triage([BerthLabel.role: BerthLabel.Role.router.rawValue]) == .router)
    }

    @Test func aSwarmTaskIsLeftToSwarmEvenWithBerthsLabels() {
        var task = generation
        task[ContainerEventTriage.swarmTaskLabel] = "x7k2p9q1w3e5r7t9y1u3i5o7p"
        task["com.docker.swarm.service.id"] = "abcdef"
        #expect(triage(task) == .ignored)
    }

    @Test func aBuildStepWithTheImagesLabelsButNoGenerationIsIgnored() {
        #expect(triage([BerthLabel.deployment: "web"]) == .ignored)
        #expect(triage([:]) == .ignored)
    }
}
