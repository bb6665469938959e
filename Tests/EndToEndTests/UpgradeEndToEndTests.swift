import Drivers
import Foundation
import GRDB
import Reconciler
import TestSupport
import Testing

/// Upgrades (issue 17): a state dir written by the berth this wave started from (commit 232cc12, history schema v1,
/// `Tests/Fixtures/state-232cc12`) opens with today's berth, keeps its history and pin, and rolls back to a
/// generation it recorded, although that berth kept no record of each generation's manifest.
@Suite(.serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct UpgradeEndToEndTests {
    /// The fixture's deployment, as its README gives it.
    private static let name = "fixture-web"

    private static func manifest(release: String) -> String {
        """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: \(name)}
        spec:
          image: \(DockerTestEnvironment.baseImage)
          pull: never
          command: [sleep, "86400"]
          env: {RELEASE: \(release)}
        """
    }

    @Test func aStateDirOfTheOlderBerthKeepsItsHistoryAndPinAndRollsBackToAGenerationItRecorded() async throws {
        try await Scenario.run { scenario in
            let one = try scenario.commitConfig(["web.yaml": Self.manifest(release: "one")])
            let two = try scenario.commitConfig(["web.yaml": Self.manifest(release: "two")])
            try FileManager.default.createDirectory(atPath: scenario.stateDir, withIntermediateDirectories: true)
            let database = scenario.stateDir + "/berth.sqlite"
            try FileManager.default.copyItem(
                atPath: Fixtures.directory.appendingPathComponent("state-232cc12/berth.sqlite").path, toPath: database)
            // Only the commit ids and the image id are the machine's that wrote the fixture: point them at this
            // test's config commits (generation 1 from `one`, 2 from `two`, 3 rolled 1 back) and this engine's image.
            let image = try await scenario.docker.inspectImage(DockerTestEnvironment.baseImage).id
            try await DatabaseQueue(path: database).write { db in
                try db.execute(
                    sql: "UPDATE rollout SET appCommit = ?, configCommit = CASE generation WHEN 2 THEN ? ELSE ? END",
                    arguments: [image, two, one])
            }

            let history = try scenario.berth("history", Self.name, "--output", "json")
            #expect(history.status == 0, "\(history)")
            let document = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [String: Any]
            let rollouts = document?["rollouts"] as? [[String: Any]] ?? []
            #expect(rollouts.compactMap { $0["generation"] as? Int } == [3, 2, 1], "\(history)")
            #expect(try Self.pinnedGeneration(scenario) == 3, "the pin is kept")

            let rollback = try scenario.berth("rollback", Self.name, "--to", "1")
            #expect(rollback.status == 0, "\(rollback)")
            #expect(
                rollback.output.contains("settings from its manifest at config commit \(one.prefix(12))"), "\(rollback)")
            let restored = try #require(try await scenario.containers().first { $0.deployment == Self.name })
            #expect(restored.generation == 4, "generations go on from the fixture's")
            #expect(restored.imageID == image)
            let details = try await scenario.docker.inspectContainer(restored.id)
            #expect(details.environment.contains("RELEASE=one"), "generation 1's manifest, not today's: \(details.environment)")
            #expect(try Self.pinnedGeneration(scenario) == 4)
        }
    }

    /// The fixture deployment's pinned generation, as `berth status --output json` reports it.
    private static func pinnedGeneration(_ scenario: Scenario) throws -> Int? {
        let status = try scenario.berth("status", "--output", "json")
        let document = try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any]
        let rows = document?["deployments"] as? [[String: Any]] ?? []
        return rows.first { $0["name"] as? String == name }?["pinnedGeneration"] as? Int
    }
}
