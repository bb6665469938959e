import Drivers
import Foundation
import GRDB
import Manifest
import TestSupport
import Testing

@testable import Reconciler

/// `berth rollback` on a fake engine with real SQLite history: it restores what history recorded for the old
/// generation, not today's manifest.
@Suite struct RollbackTests {
    private static func manifest(greeting: String, secret: String) -> String {
        """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: \(RolloutFixture.name)}
        spec:
          image: \(RolloutFixture.image)
          ports: [{container: 8080}]
          env: {GREETING: \(greeting)}
          secretEnv: {DB_PASSWORD: "\(secret)"}
          health: \(RolloutFixture.execHealth)
        """
    }

    /// A fixture whose manifest carries `GREETING` and a sealed `DB_PASSWORD`, rolled out twice: generation 1 with
    /// `one`/`s3cret-one` on one image, generation 2 with `two`/`s3cret-two` on the next.
    private static func twoGenerations() async throws -> (RolloutFixture, first: FakeImage, sealedOne: String) {
        let fixture = try RolloutFixture(strategy: .startFirst) { $0.imageRetention = 3 }
        let key = SecretKeyPair.generate()
        try key.privateKeyText.write(toFile: fixture.controller.secretKeyFile, atomically: true, encoding: .utf8)
        let seal = { (value: String) in
            try SealedSecret.seal(Data(value.utf8), to: key.publicKey, deployment: "web", variable: "DB_PASSWORD")
        }
        let sealedOne = try seal("s3cret-one")
        try fixture.directory.write(manifest(greeting: "one", secret: sealedOne), to: "deployments/web.yaml")
        let first = fixture.publishImage()
        #expect(!(try await fixture.apply(engine: fixture.world.engine())).needsAttention)
        let two = manifest(greeting: "two", secret: try seal("s3cret-two"))
        try fixture.directory.write(two, to: "deployments/web.yaml")
        fixture.publishImage()
        #expect(!(try await fixture.apply(engine: fixture.world.engine())).needsAttention)
        #expect(fixture.containers.map { $0.environment["GREETING"] } == ["two"])
        return (fixture, first, sealedOne)
    }

    @Test func rollbackRecreatesTheRecordedGenerationWithItsEnvAndSecretsNotTodaysManifest() async throws {
        let (fixture, first, sealedOne) = try await Self.twoGenerations()
        let history = try History(path: fixture.controller.stateDir + "/berth.sqlite")
        let recorded = try #require(try await history.record(of: "web", generation: 1)?.container)
        #expect(recorded.sealedEnvironment == ["DB_PASSWORD": sealedOne])
        #expect(recorded.environment["GREETING"] == "one" && recorded.environment["DB_PASSWORD"] == nil)
        #expect(recorded.environment["PORT"] == "8080" && recorded.labels[BerthLabel.generation] == "1")
        #expect(recorded.image == RolloutFixture.image && recorded.memoryBytes == nil)

        let reconciliation = try fixture.reconciliation(engine: fixture.world.engine())
        let rollout = try await reconciliation.rollback("web", to: 1, pass: try await reconciliation.plan())
        #expect(rollout.result == .succeeded && rollout.generation == 3 && rollout.rollbackOf == 1, "\(rollout)")
        let restored = try #require(fixture.containers.first)
        #expect(fixture.containers.count == 1 && restored.name == "web-3")
        #expect(restored.imageID == first.id, "the image generation 1 ran, not what its tag names today")
        #expect(restored.environment["GREETING"] == "one")
        #expect(restored.environment["DB_PASSWORD"] == "s3cret-one", "the sealed value of generation 1, opened again")
        let restoredManifest = try await history.record(of: "web", generation: 3)?.manifest
        #expect(restoredManifest == (try await history.record(of: "web", generation: 1))?.manifest)
        #expect(try await history.pins()["web"]?.generation == 3)

        let stored = try await DatabaseQueue(path: fixture.controller.stateDir + "/berth.sqlite").read { db in
            try String.fetchAll(db, sql: "SELECT manifest || coalesce(container, '') FROM generationRecord")
        }
        #expect(stored.count == 3 && stored.allSatisfy { $0.contains("berth:v1:") })
        #expect(!stored.contains { $0.contains("s3cret") }, "history keeps secrets sealed")
    }

    /// A generation rolled out before berth kept records (a state dir of an older berth), from a source that has no
    /// config commits to read it back at: its image, today's manifest, and the build stage says so.
    @Test func aGenerationWithoutARecordIsRestoredFromItsImageWithTodaysManifestSayingSo() async throws {
        let (fixture, first, _) = try await Self.twoGenerations()
        let path = fixture.controller.stateDir + "/berth.sqlite"
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DELETE FROM generationRecord WHERE generation = 1")
        }
        let reconciliation = try fixture.reconciliation(engine: fixture.world.engine())
        let rollout = try await reconciliation.rollback("web", to: 1, pass: try await reconciliation.plan())
        #expect(rollout.result == .succeeded && rollout.generation == 3 && rollout.rollbackOf == 1, "\(rollout)")
        let restored = try #require(fixture.containers.first)
        #expect(fixture.containers.map(\.name) == ["web-3"])
        #expect(restored.imageID == first.id, "the image generation 1 ran")
        #expect(restored.environment["GREETING"] == "two", "no record of generation 1's settings: today's")
        let build = try await History(path: path).transitions(of: try #require(rollout.id)).first {
            $0.stage == Stage.build.rawValue && $0.state == "skipped"
        }
        #expect(build?.message.contains("kept image of generation 1; settings from today's manifest") == true, "\(String(describing: build))")
        #expect(try await History(path: path).pins()["web"]?.generation == 3)
    }
}
