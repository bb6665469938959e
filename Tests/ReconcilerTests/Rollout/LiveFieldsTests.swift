import Drivers
import Foundation
import Manifest
import Reconciler
import TestSupport
import Testing

/// Live fields on the fake engine (DESIGN §14): a manifest change of `spec.resources` or `spec.restartPolicy` keeps
/// the spec hash, is planned from the active generation's record, and is applied with one update call: no create,
/// stop or remove, the same container keeps running, and the record says what was applied.
@Suite struct LiveFieldsTests {
    private static let manifest = "deployments/web.yaml"

    /// The fixture's manifest with `lines` (each `  field: value`) added to its spec.
    private func declare(_ lines: String, in fixture: RolloutFixture, base: String) throws {
        try fixture.directory.write(base + lines, to: Self.manifest)
    }

    private func baseManifest(_ fixture: RolloutFixture) throws -> String {
        try String(contentsOf: fixture.directory.url.appendingPathComponent(Self.manifest), encoding: .utf8) + "\n"
    }

    /// Engine calls that create, start, stop, kill, remove or rename a container.
    private func restarting(_ engine: FakeContainerEngine) -> [FakeEngineCall] {
        let methods = [
            "createContainer", "startContainer", "stopContainer", "killContainer", "removeContainer", "renameContainer",
        ]
        return engine.calls.filter { methods.contains($0.operation) }
    }

    @Test func aMemoryChangeIsOneUpdateCallWithoutARestartAndTheRecordFollows() async throws {
        let fixture = try RolloutFixture(strategy: .startFirst)
        let base = try baseManifest(fixture)
        try declare("  resources: {cpus: 0.5, memory: 64Mi}\n", in: fixture, base: base)
        fixture.publishImage()
        #expect(!(try await fixture.apply(engine: fixture.world.engine())).needsAttention)
        let before = try #require(fixture.containers.first)
        #expect(before.resources.memoryBytes == 64 << 20)

        try declare("  resources: {cpus: 0.5, memory: 128Mi}\n", in: fixture, base: base)
        let engine = fixture.world.engine()
        let reconciliation = try fixture.reconciliation(engine: engine)
        let pass = try await reconciliation.plan()
        let entry = try #require(pass.plan.entry(RolloutFixture.name))
        let change = FieldChange(field: "spec.resources.memory", from: "64Mi", to: "128Mi", kind: .changed)
        #expect(entry.action == .drifted([.liveFields([change])]), "the hash is unchanged: \(entry.action)")
        #expect(entry.active?.specHash == pass.resolved[RolloutFixture.name]?.specHash)
        #expect(
            Plan.DriftReason.liveFields([change]).description
                == "spec.resources.memory: 64Mi → 128Mi (applied without a restart)")

        let report = await reconciliation.apply(pass, options: ApplyOptions())
        #expect(report.items.map(\.result) == [.healed], "\(report.items.map(\.message))")
        #expect(report.items.first?.message.contains("without a restart") == true)
        #expect(engine.calls.filter { $0.operation == "updateContainer" }.map(\.target) == [before.id])
        #expect(restarting(engine).isEmpty, "\(engine.calls)")
        let after = try #require(fixture.containers.first)
        #expect(fixture.containers.count == 1 && after.id == before.id && after.state == .running)
        #expect(after.resources.memoryBytes == 128 << 20 && after.resources.cpus == 0.5)

        let history = try History(path: fixture.controller.stateDir + "/berth.sqlite")
        let generation = try #require(Int(after.labels[BerthLabel.generation] ?? ""))
        let record = try #require(try await history.record(of: RolloutFixture.name, generation: generation))
        #expect(record.container?.memoryBytes == 128 << 20 && record.container?.nanoCPUs == 500_000_000)
        #expect(record.manifest["spec"]?["resources"]?["memory"]?.textValue == "128Mi")

        let next = try await fixture.reconciliation(engine: fixture.world.engine()).plan()
        #expect(next.plan.entry(RolloutFixture.name)?.action == .inSync)
    }

    @Test func aRestartPolicyChangeIsAppliedInPlaceEvenUnderDriftReport() async throws {
        let fixture = try RolloutFixture(strategy: .startFirst)
        let base = try baseManifest(fixture)
        try declare("  drift: report\n", in: fixture, base: base)
        fixture.publishImage()
        #expect(!(try await fixture.apply(engine: fixture.world.engine())).needsAttention)
        let before = try #require(fixture.containers.first)
        #expect(before.restartPolicy == .unlessStopped)

        try declare("  drift: report\n  restartPolicy: on-failure\n", in: fixture, base: base)
        let engine = fixture.world.engine()
        let reconciliation = try fixture.reconciliation(engine: engine)
        let pass = try await reconciliation.plan()
        let change = FieldChange(field: "spec.restartPolicy", from: "unless-stopped", to: "on-failure", kind: .changed)
        #expect(pass.plan.entry(RolloutFixture.name)?.action == .drifted([.liveFields([change])]))
        let report = await reconciliation.apply(pass, options: ApplyOptions())
        #expect(report.items.map(\.result) == [.healed], "a manifest change is not drift: \(report.items.map(\.message))")
        #expect(engine.calls.filter { $0.operation == "updateContainer" }.count == 1)
        #expect(restarting(engine).isEmpty, "\(engine.calls)")
        let after = try #require(fixture.containers.first)
        #expect(after.id == before.id && after.restartPolicy == .onFailure(maximumRetries: 0))

        let next = try await fixture.reconciliation(engine: fixture.world.engine()).plan()
        #expect(next.plan.entry(RolloutFixture.name)?.action == .inSync)
    }

    @Test func liftingALimitTakesANewGenerationBecauseTheEngineCannotInPlace() async throws {
        let fixture = try RolloutFixture(strategy: .startFirst)
        let base = try baseManifest(fixture)
        try declare("  drift: report\n  resources: {memory: 64Mi}\n", in: fixture, base: base)
        fixture.publishImage()
        #expect(!(try await fixture.apply(engine: fixture.world.engine())).needsAttention)
        let before = try #require(fixture.containers.first)

        try declare("  drift: report\n", in: fixture, base: base)
        let engine = fixture.world.engine()
        let reconciliation = try fixture.reconciliation(engine: engine)
        let pass = try await reconciliation.plan()
        let change = FieldChange(field: "spec.resources.memory", from: "64Mi", to: nil, kind: .removed)
        #expect(pass.plan.entry(RolloutFixture.name)?.action == .drifted([.liveFields([change])]))
        let report = await reconciliation.apply(pass, options: ApplyOptions())
        #expect(report.items.map(\.result) == [.succeeded], "\(report.items.map(\.message))")
        #expect(engine.calls.filter { $0.operation == "updateContainer" }.isEmpty)
        let after = try #require(fixture.containers.first)
        #expect(fixture.containers.count == 1 && after.id != before.id && after.resources.memoryBytes == nil)

        let next = try await fixture.reconciliation(engine: fixture.world.engine()).plan()
        #expect(next.plan.entry(RolloutFixture.name)?.action == .inSync)
    }

    @Test func liveFieldsCompareValuesAsAManifestWritesThem() {
        let running = LiveFields(nanoCPUs: 500_000_000, memoryBytes: 64 << 20, restartPolicy: .unlessStopped)
        #expect(running.changes(from: running).isEmpty)
        let wanted = LiveFields(nanoCPUs: nil, memoryBytes: 1 << 30, restartPolicy: .always)
        #expect(
            wanted.changes(from: running) == [
                FieldChange(field: "spec.resources.cpus", from: "0.5", to: nil, kind: .removed),
                FieldChange(field: "spec.resources.memory", from: "64Mi", to: "1Gi", kind: .changed),
                FieldChange(field: "spec.restartPolicy", from: "unless-stopped", to: "always", kind: .changed),
            ])
        #expect(LiveFields.needsNewContainer(wanted.changes(from: running)))
        #expect(!LiveFields.needsNewContainer(running.changes(from: wanted)))
    }
}
