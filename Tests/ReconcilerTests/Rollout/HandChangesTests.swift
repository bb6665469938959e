import Drivers
import Foundation
import Manifest
import Reconciler
import TestSupport
import Testing

/// Changes by hand that only a new container puts back (DESIGN §13), on the fake engine: a `drift: heal` deployment
/// whose active container the drift scan found changed is re-created as a new generation; `drift: report` and a
/// container that is no longer the active one are left alone.
@Suite struct HandChangesTests {
    private static let manifest = "deployments/web.yaml"

    private func declare(_ lines: String, in fixture: RolloutFixture) throws {
        let base = try String(
            contentsOf: fixture.directory.url.appendingPathComponent(Self.manifest), encoding: .utf8)
        try fixture.directory.write(base + "\n" + lines, to: Self.manifest)
    }

    /// The fixture applied once with `lines` added to its spec; its one container.
    private func appliedFixture(_ lines: String) async throws -> (RolloutFixture, FakeContainer) {
        let fixture = try RolloutFixture(strategy: .startFirst)
        try declare(lines, in: fixture)
        fixture.publishImage()
        #expect(!(try await fixture.apply(engine: fixture.world.engine())).needsAttention)
        return (fixture, try #require(fixture.containers.first))
    }

    @Test func aHealDeploymentChangedByHandIsReCreatedAsANewGeneration() async throws {
        let (fixture, before) = try await appliedFixture("  drift: heal\n")
        let name = before.name
        let changes = HandChanges(container: name, fields: ["spec.env.LOG_LEVEL", "files:/etc/motd"])
        let reconciliation = try fixture.reconciliation(
            engine: fixture.world.engine(), handChanges: [RolloutFixture.name: changes])
        let pass = try await reconciliation.plan()
        #expect(pass.plan.entry(RolloutFixture.name)?.action == .drifted([.changedByHand(changes)]))
        #expect(
            Plan.DriftReason.changedByHand(changes).description
                == "changed by hand on \(name): files:/etc/motd, spec.env.LOG_LEVEL")

        let report = await reconciliation.apply(pass, options: ApplyOptions())
        let item = try #require(report.items.first)
        #expect(item.result == .succeeded, "\(item.message)")
        #expect(item.message.hasPrefix("changed by hand on \(name)"))
        let generation = try #require(Int(before.labels[BerthLabel.generation] ?? ""))
        #expect(item.rollout?.generation == generation + 1)
        let after = try #require(fixture.containers.first)
        #expect(fixture.containers.count == 1 && after.id != before.id && after.state == .running)

        // The changes were found on the old container: the new one is in sync.
        let next = try await fixture.reconciliation(
            engine: fixture.world.engine(), handChanges: [RolloutFixture.name: changes]
        ).plan()
        #expect(next.plan.entry(RolloutFixture.name)?.action == .inSync)
    }

    @Test func aReportDeploymentIsNotPlannedForChangesByHand() async throws {
        let (fixture, before) = try await appliedFixture("  drift: report\n")
        let name = before.name
        let pass = try await fixture.reconciliation(
            engine: fixture.world.engine(),
            handChanges: [RolloutFixture.name: HandChanges(container: name, fields: ["image"])]
        ).plan()
        #expect(pass.plan.entry(RolloutFixture.name)?.action == .inSync, "the scan reports it, heal does not act")
    }

    @Test func onlyFieldsANewContainerPutsBackAreHandChanges() {
        for field in ["image", "spec.env.A", "spec.secretEnv.B", "files:/etc/passwd", "labels.x", "user", "entrypoint"] {
            #expect(HandChanges.needsNewContainer(field), "\(field)")
        }
        let notByRecreating = [
            "spec.resources.memory", "spec.resources.cpus", "spec.restartPolicy", "state", "restartCount", "record",
            "host.container", "host.volume",
        ]
        for field in notByRecreating {
            #expect(!HandChanges.needsNewContainer(field), "\(field)")
        }
    }
}
