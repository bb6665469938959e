import Drivers
import Foundation
import Reconciler
import TestSupport
import Testing

/// `berth logs NAME` and `berth ps` find containers by berth's labels, whatever their names.
@Suite struct AppContainerLookupTests {
    static let stateDir = "/var/lib/berth-test"

    /// A world with `web`'s generations: `(generation, name, running)`.
    static func world(_ generations: [(Int, String, Bool)]) throws -> FakeContainerWorld {
        let world = FakeContainerWorld()
        world.addImage("web:1")
        for (generation, name, running) in generations {
            var spec = ContainerSpec(name: name, image: "web:1")
            let generationLabels = [
                BerthLabel.generation: String(generation), BerthLabel.specHash: "h", BerthLabel.commit: "c\(generation)",
            ]
            spec.labels = BerthLabel.owned(by: stateDir, deployment: "web").merging(generationLabels) { _, new in new }
            try world.addContainer(spec, running: running)
        }
        var other = ContainerSpec(name: "web-9", image: "web:1")
        other.labels = [BerthLabel.deployment: "web", BerthLabel.generation: "9"]  // not berth's: no owner labels
        try world.addContainer(other, running: true)
        return world
    }

    static func lookup(_ world: FakeContainerWorld, _ name: String = "web", generation: Int? = nil) async throws
        -> ActualContainer
    {
        try await AppContainerLookup.container(
            of: name, generation: generation, engine: world.engine(), stateDir: stateDir)
    }

    @Test func theActiveGenerationIsTheNewestThatIsNotACandidateWhateverItsName() async throws {
        let world = try Self.world([(2, "renamed-by-hand", true), (1, "web-1", false), (3, "web-3-candidate", true)])
        #expect(try await Self.lookup(world).name == "renamed-by-hand")
        #expect(try await Self.lookup(world, generation: 1).name == "web-1")
        #expect(try await Self.lookup(world, generation: 3).name == "web-3-candidate")
    }

    @Test func noContainerNamesTheDeploymentAndWhatToDo() async throws {
        let error = await #expect(throws: AppContainerLookup.NotFound.self) {
            try await Self.lookup(try Self.world([]), "api")
        }
        #expect(error?.description.hasPrefix("api has no container on this engine") == true)
        #expect(error?.description.contains("berth apply") == true)
    }

    @Test func aGenerationThatIsGoneListsTheOnesThatExist() async throws {
        let error = await #expect(throws: AppContainerLookup.NotFound.self) {
            try await Self.lookup(try Self.world([(4, "web-4", true)]), generation: 2)
        }
        let text = try #require(error?.description)
        #expect(text.hasPrefix("web has no container of generation 2"))
        #expect(text.contains("it has generation 4") && text.contains("berth logs --run"))
    }

    @Test func onlyACandidatePointsAtItsGeneration() async throws {
        let error = await #expect(throws: AppContainerLookup.NotFound.self) {
            try await Self.lookup(try Self.world([(1, "web-1-candidate", true)]))
        }
        #expect(error?.description.contains("berth logs web --generation 1") == true)
    }

    @Test func psListsEveryGenerationNewestFirstWithWhatInspectTells() async throws {
        let world = try Self.world([(1, "web-1", false), (2, "web-2", true), (3, "web-3-candidate", true)])
        let listed = try await DeploymentContainer.current(engine: world.engine(), stateDir: Self.stateDir)
        #expect(listed.map(\.container.name) == ["web-3-candidate", "web-2", "web-1"])
        #expect(listed.map(\.isActive) == [false, true, false])
        #expect(listed.allSatisfy { $0.container.image == "web:1" })
    }
}
