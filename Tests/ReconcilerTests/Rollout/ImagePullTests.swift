import Drivers
import Foundation
import Manifest
import Synchronization
import TestSupport
import Testing

@testable import Reconciler

/// `spec.pull` on a fake engine whose registry wants a login: what plan resolves, what the resolve stage pulls and
/// records, and that a failed pull harms nothing that runs.
@Suite struct ImagePullTests {
    static let registry = "registry.example.com"
    static let password = "s3cret-registry-pw"
    static let login = RegistryAuth(username: "deploy", password: password, serverAddress: registry)

    /// A fixture whose controller config logs in to ``registry`` with the password from a file in its directory
    /// (or from `passwordFile`).
    private static func fixture(pull: PullPolicy?, passwordFile: String? = nil) throws -> RolloutFixture {
        let fixture = try RolloutFixture(strategy: .startFirst, pull: pull) { controller in
            let file = passwordFile ?? URL(fileURLWithPath: controller.stateDir).deletingLastPathComponent()
                .appendingPathComponent("registry-password").path
            controller.registries = [registry: RegistryConfig(username: "deploy", passwordFile: file)]
        }
        if passwordFile == nil { try fixture.directory.write(password + "\n", to: "registry-password") }
        fixture.world.requireLogin(login, forRegistry: registry)
        return fixture
    }

    /// Output lines of `stage`, as progress reported them.
    private final class Output: Sendable {
        private let lines = Mutex<[String]>([])
        var handler: ProgressHandler {
            { progress in
                guard case .output(let text) = progress.event else { return }
                self.lines.withLock { $0.append("\(progress.stage): \(text)") }
            }
        }
        var all: [String] { lines.withLock { $0 } }
    }

    private static func operations(_ engine: FakeContainerEngine) -> [String] {
        engine.calls.map(\.operation).filter { $0 == "pullImage" || $0 == "registryDigest" }
    }

    @Test func ifNotPresentPullsAnImageTheEngineLacksWithTheConfiguredLogin() async throws {
        let fixture = try Self.fixture(pull: nil)
        fixture.world.push(RolloutFixture.image)
        let engine = fixture.world.engine()
        let output = Output()
        let reconciliation = try fixture.reconciliation(engine: engine, progress: output.handler)
        let pass = try await reconciliation.plan()
        #expect(pass.plan.entry(RolloutFixture.name)?.action == .create)
        let pull = try #require(pass.resolved[RolloutFixture.name]?.pull)
        #expect(pull.registry == Self.registry && pull.policy == .ifNotPresent && !pull.upToDate)

        let report = await reconciliation.apply(pass, options: ApplyOptions())
        #expect(!report.needsAttention, "\(report.items.map(\.message))")
        #expect(Self.operations(engine) == ["registryDigest", "pullImage"])
        #expect(fixture.world.registryLoginsSent.allSatisfy { $0?.matches(Self.login) == true })
        let pulled = try #require(fixture.world.images.first { $0.tags.contains(RolloutFixture.image) })
        let active = try #require(fixture.containers.first)
        #expect(active.imageID == pulled.id && active.labels[BerthLabel.commit] == pulled.id)
        let rollout = try #require(try await fixture.history.first)
        #expect(rollout.appCommit == pulled.id && rollout.specHash == active.labels[BerthLabel.specHash])
        #expect(output.all.contains { $0.hasPrefix("resolve: pulls \(RolloutFixture.image) from \(Self.registry)") })
        #expect(output.all.contains("resolve: \(pulled.id.dropFirst(7).prefix(12)): Pull complete"))
        let resolve = try await History(path: fixture.controller.stateDir + "/berth.sqlite")
            .transitions(of: rollout.id!).last { $0.stage == "resolve" }
        #expect(
            resolve?.message == "pulled \(RolloutFixture.image) from \(Self.registry): image \(pulled.id.prefix(19))")

        let again = fixture.world.engine()
        let next = try await fixture.reconciliation(engine: again).plan()
        #expect(next.plan.entry(RolloutFixture.name)?.action == .inSync, "the pulled image resolves to the same hash")
        #expect(Self.operations(again).isEmpty, "a present image is not asked for again")
    }

    @Test func ifNotPresentUsesTheEnginesImageWithoutAskingTheRegistry() async throws {
        let fixture = try Self.fixture(pull: .ifNotPresent)
        fixture.world.push(RolloutFixture.image)
        let local = fixture.publishImage()
        let engine = fixture.world.engine()
        let report = try await fixture.apply(engine: engine)
        #expect(!report.needsAttention)
        #expect(Self.operations(engine).isEmpty)
        #expect(fixture.containers.first?.imageID == local.id)
    }

    @Test func neverWithoutTheImageIsUnresolvedNamingThePolicy() async throws {
        let fixture = try Self.fixture(pull: .never)
        fixture.world.push(RolloutFixture.image)
        let engine = fixture.world.engine()
        let pass = try await fixture.reconciliation(engine: engine).plan()
        guard case .unresolved(let message) = pass.plan.entry(RolloutFixture.name)?.action else {
            Issue.record("expected unresolved, got \(String(describing: pass.plan.entry(RolloutFixture.name)))")
            return
        }
        #expect(message.hasPrefix("spec.image: \(RolloutFixture.image) is not on the Docker engine, and pull: never"))
        #expect(Self.operations(engine).isEmpty, "never means never, not even a registry check")
    }

    @Test func neverRunsTheEnginesImage() async throws {
        let fixture = try Self.fixture(pull: .never)
        let local = fixture.publishImage()
        let report = try await fixture.apply(engine: fixture.world.engine())
        #expect(!report.needsAttention && fixture.containers.first?.imageID == local.id)
    }

    @Test func alwaysPullsOnEachRolloutAndFollowsTheTag() async throws {
        let fixture = try Self.fixture(pull: .always)
        fixture.world.push(RolloutFixture.image)
        let first = fixture.world.engine()
        #expect(!(try await fixture.apply(engine: first)).needsAttention)
        #expect(Self.operations(first) == ["registryDigest", "pullImage"])
        let firstImage = try #require(fixture.containers.first?.imageID)

        let unchanged = fixture.world.engine()
        let pass = try await fixture.reconciliation(engine: unchanged).plan()
        #expect(pass.plan.entry(RolloutFixture.name)?.action == .inSync, "the registry holds the digest the engine has")
        #expect(pass.resolved[RolloutFixture.name]?.pull?.upToDate == true)

        fixture.world.push(RolloutFixture.image)
        let moved = fixture.world.engine()
        let reconciliation = try fixture.reconciliation(engine: moved)
        let next = try await reconciliation.plan()
        guard case .update = next.plan.entry(RolloutFixture.name)?.action else {
            Issue.record("a new digest behind the tag plans an update: \(String(describing: next.plan.entries))")
            return
        }
        #expect(!(await reconciliation.apply(next, options: ApplyOptions())).needsAttention)
        #expect(Self.operations(moved) == ["registryDigest", "pullImage"])
        let active = try #require(fixture.containers.first)
        #expect(active.imageID != firstImage && active.name == "web-2")
    }

    @Test func aTagTheRegistryLacksIsUnresolvedAtPlanTimeWithTheRegistrysAnswer() async throws {
        let fixture = try Self.fixture(pull: nil)
        let message = try await Self.unresolvedMessage(fixture)
        #expect(
            message
                == "spec.image: cannot pull \(RolloutFixture.image) from registry \(Self.registry) "
                + "(pull: ifNotPresent): manifest unknown: manifest unknown")
    }

    @Test func aFailedPullFailsResolveWithTheRegistrysMessageAndTheRunningGenerationServesOn() async throws {
        let fixture = try Self.fixture(pull: .always)
        fixture.world.push(RolloutFixture.image)
        #expect(!(try await fixture.apply(engine: fixture.world.engine())).needsAttention)
        let serving = fixture.containers

        fixture.world.push(RolloutFixture.image)
        let engine = fixture.world.engine()
        let reconciliation = try fixture.reconciliation(engine: engine)
        let pass = try await reconciliation.plan()
        // The registry changes its mind between plan and pull: the pull is refused.
        fixture.world.requireLogin(
            RegistryAuth(username: "deploy", password: "rotated", serverAddress: Self.registry),
            forRegistry: Self.registry)
        let report = await reconciliation.apply(pass, options: ApplyOptions())
        let item = try #require(report.items.first)
        #expect(item.result == .failed)
        let rollout = try #require(item.rollout)
        #expect(rollout.result == .failed && rollout.failingStage == "resolve")
        #expect(
            rollout.error
                == "spec.image: cannot pull \(RolloutFixture.image) from registry \(Self.registry) (pull: always): "
                + "unauthorized: authentication required; check the username and the password file of "
                + "registries[\"\(Self.registry)\"]")
        #expect(fixture.containers == serving, "nothing running was touched")
        let touching = ["createContainer", "stopContainer", "removeContainer"]
        #expect(!engine.calls.contains { touching.contains($0.operation) })
        let conditions = try await History(path: fixture.controller.stateDir + "/berth.sqlite").conditions()
        #expect(conditions[RolloutFixture.name]?.contains { $0.reason == "PullFailed" } == true)
    }

    @Test func anUnreadablePasswordFileIsUnresolvedNamingTheKeyAndPathNeverAPassword() async throws {
        let fixture = try Self.fixture(pull: nil, passwordFile: "/nonexistent/registry-password")
        fixture.world.push(RolloutFixture.image)
        let message = try await Self.unresolvedMessage(fixture)
        #expect(
            message
                == "spec.image: cannot log in to pull \(RolloutFixture.image): registries[\"\(Self.registry)\"]"
                + ".passwordFile: /nonexistent/registry-password does not exist; berth reads the registry password "
                + "from it")
    }

    @Test func withoutALoginTheErrorSaysWhichEntryToAdd() async throws {
        let fixture = try RolloutFixture(strategy: .startFirst)
        fixture.world.requireLogin(Self.login, forRegistry: Self.registry)
        fixture.world.push(RolloutFixture.image)
        let message = try await Self.unresolvedMessage(fixture)
        #expect(message.hasSuffix("add registries[\"\(Self.registry)\"] with username and passwordFile"), "\(message)")
        #expect(fixture.world.registryLoginsSent.allSatisfy { $0 == nil })
    }

    /// The plan's message for the fixture's deployment, which must be unresolved.
    private static func unresolvedMessage(_ fixture: RolloutFixture) async throws -> String {
        let pass = try await fixture.reconciliation(engine: fixture.world.engine()).plan()
        guard case .unresolved(let message) = pass.plan.entry(RolloutFixture.name)?.action else {
            Issue.record("expected unresolved, got \(String(describing: pass.plan.entry(RolloutFixture.name)?.action))")
            return ""
        }
        return message
    }
}
