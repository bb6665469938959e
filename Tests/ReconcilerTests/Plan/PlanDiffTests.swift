import Drivers
import Foundation
import Manifest
import Testing

@testable import Reconciler

/// The plan's field-level diff: the desired deployment against the active generation's record, on values made by
/// hand (no engine, no git).
@Suite struct PlanDiffTests {
    static let key = SecretKeyPair.generate()

    static func deployment(_ spec: String, name: String = "web") throws -> Deployment {
        let yaml = "apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: \(name)}\nspec:\n\(spec)"
        let state = ManifestParser.parse([SourceFile(path: "web.yaml", contents: Data(yaml.utf8))])
        return try #require(state.deployments.first, "\(state.diagnostics)")
    }

    static func sealed(_ value: String, _ variable: String) throws -> String {
        try SealedSecret.seal(Data(value.utf8), to: key.publicKey, deployment: "web", variable: variable)
    }

    static func source(_ deployment: Deployment, commit: String, image: String = "berth/web:bbb") throws
        -> ResolvedDeployment
    {
        let id = try #require(CommitID(hex: commit))
        let tree = try #require(TreeID(hex: String(repeating: "e", count: 40)))
        guard case .source(_, let build, _) = deployment.spec.artifact else { throw RecordError("not a source") }
        return ResolvedDeployment(
            deployment: deployment, specHash: "new-hash", appCommit: commit, image: image,
            source: .init(
                remote: GitRemote(url: "https://git.example.com/web.git"), commit: id, path: ".",
                dockerfile: "Dockerfile", build: build,
                contextTree: tree
            ),
            expectedImageID: nil
        )
    }

    static func active(commit: String, generation: Int = 3, state: ContainerState = .running) -> ActualContainer {
        ActualContainer(
            id: "c3", name: "web-\(generation)", deployment: "web", generation: generation, specHash: "old-hash",
            commit: commit, port: 20001, state: state
        )
    }

    static func record(_ deployment: Deployment, image: String = "berth/web:aaa") -> GenerationRecord {
        var container = ContainerSpec(name: "web-3-candidate", image: image)
        container.environment = ["PORT": "8080"]
        return GenerationRecord(
            deployment: "web", generation: 3, rolloutID: 7, manifest: CanonicalManifest.document(deployment),
            container: RecordedContainer(container, sealed: [:])
        )
    }

    static let old = String(repeating: "a", count: 40)
    static let new = String(repeating: "d", count: 40)
    static let repo = "  source: {repo: \"https://git.example.com/web.git\"}\n  ports: [{container: 8080}]\n"

    @Test func envMemoryAndCommandChangesAreOneLineEachInPathOrder() throws {
        let before = try Self.deployment(
            Self.repo + "  env: {LOG_LEVEL: info, OLD: gone}\n  resources: {memory: 32Mi}\n  command: [/app/server]\n")
        let after = try Self.deployment(
            Self.repo + "  env: {LOG_LEVEL: debug, NEW: x}\n  resources: {memory: 48Mi, cpus: 0.5}\n"
                + "  command: [/app/server, --verbose]\n")
        let changes = PlanDiff.changes(
            from: CanonicalManifest.document(before), to: CanonicalManifest.document(after))
        #expect(
            changes == [
                FieldChange(
                    field: "spec.command", from: #"["/app/server"]"#, to: #"["/app/server","--verbose"]"#, kind: .changed
                ),
                FieldChange(field: "spec.env.LOG_LEVEL", from: "info", to: "debug", kind: .changed),
                FieldChange(field: "spec.env.NEW", from: nil, to: "x", kind: .added),
                FieldChange(field: "spec.env.OLD", from: "gone", to: nil, kind: .removed),
                FieldChange(field: "spec.resources.cpus", from: nil, to: "0.5", kind: .added),
                FieldChange(field: "spec.resources.memory", from: "32Mi", to: "48Mi", kind: .changed),
            ])
    }

    @Test func secretsAreComparedByTheirSealedTextAndNeverShown() throws {
        let kept = try Self.sealed("same", "KEPT")
        let before = try Self.deployment(
            Self.repo + "  secretEnv: {DB_PASSWORD: \"\(try Self.sealed("hunter2", "DB_PASSWORD"))\", "
                + "KEPT: \"\(kept)\", GONE: \"\(try Self.sealed("bye", "GONE"))\"}\n")
        let after = try Self.deployment(
            Self.repo + "  secretEnv: {DB_PASSWORD: \"\(try Self.sealed("hunter3", "DB_PASSWORD"))\", "
                + "KEPT: \"\(kept)\", NEW_TOKEN: \"\(try Self.sealed("t0ken", "NEW_TOKEN"))\"}\n")
        let changes = PlanDiff.changes(
            from: CanonicalManifest.document(before), to: CanonicalManifest.document(after))
        #expect(
            changes == [
                FieldChange(field: "spec.secretEnv.DB_PASSWORD", from: nil, to: nil, kind: .changed, sealed: true),
                FieldChange(field: "spec.secretEnv.GONE", from: nil, to: nil, kind: .removed, sealed: true),
                FieldChange(field: "spec.secretEnv.NEW_TOKEN", from: nil, to: nil, kind: .added, sealed: true),
            ])
        #expect(!"\(changes)".contains("berth:v1:"), "not even the sealed text is shown")
    }

    @Test func aFixedHostPortMeansStopFirstAndDowntimeWithThePortNamed() throws {
        let before = try Self.deployment(
            "  source: {repo: \"https://git.example.com/web.git\"}\n  ports: [{container: 8080, host: 8080}]\n")
        let after = try Self.deployment(
            "  source: {repo: \"https://git.example.com/web.git\"}\n  ports: [{container: 8080, host: 8081}]\n")
        let details = PlanDiff.details(
            desired: try Self.source(after, commit: Self.old), active: Self.active(commit: Self.old),
            record: Self.record(before, image: "berth/web:bbb"), distance: nil)
        #expect(details.changes == [FieldChange(field: "spec.ports[0].host", from: "8080", to: "8081", kind: .changed)])
        #expect(details.strategy == .stopFirst && details.downtime)
        #expect(
            details.stopFirstReason == "spec.ports[0].host: 8081 fixes a host port, so two generations cannot run at once")
        #expect(details.commits == nil && details.image == nil)

        let stopped = PlanDiff.details(
            desired: try Self.source(after, commit: Self.old), active: Self.active(commit: Self.old, state: .exited),
            record: Self.record(before), distance: nil)
        #expect(!stopped.downtime, "nothing serves, so nothing goes down")
        let allocated = PlanDiff.details(
            desired: try Self.source(try Self.deployment(Self.repo), commit: Self.old),
            active: Self.active(commit: Self.old), record: Self.record(before), distance: nil)
        #expect(allocated.strategy == .startFirst && !allocated.downtime && allocated.stopFirstReason == nil)
    }

    @Test func aNewCommitShowsItsRangeAndCountAndTheNewImage() throws {
        let deployment = try Self.deployment(Self.repo)
        let details = PlanDiff.details(
            desired: try Self.source(deployment, commit: Self.new), active: Self.active(commit: Self.old),
            record: Self.record(deployment), distance: CommitDistance(ahead: 3, behind: 0))
        #expect(details.changes == [])
        #expect(details.commits == .init(from: Self.old, to: Self.new, count: 3, behind: 0))
        #expect(details.image == .init(from: "berth/web:aaa", to: "berth/web:bbb"))
    }

    @Test func withoutARecordOnlyTheHashAndTheCommitsAreKnown() throws {
        let deployment = try Self.deployment(Self.repo)
        let details = PlanDiff.details(
            desired: try Self.source(deployment, commit: Self.new), active: Self.active(commit: Self.old),
            record: nil, distance: nil)
        #expect(details.changes == nil)
        #expect(details.fromHash == "old-hash" && details.toHash == "new-hash" && details.activeGeneration == 3)
        #expect(details.commits == .init(from: Self.old, to: Self.new, count: nil, behind: 0))
    }

    @Test func aPrebuiltImageWhoseReferenceNowNamesAnotherIdShowsBothIds() throws {
        let deployment = try Self.deployment("  image: registry.example.com/web:live\n")
        let desired = ResolvedDeployment(
            deployment: deployment, specHash: "new-hash", appCommit: "sha256:new",
            image: "registry.example.com/web:live", source: nil, expectedImageID: "sha256:new")
        let details = PlanDiff.details(
            desired: desired, active: Self.active(commit: "sha256:old"), record: Self.record(deployment), distance: nil)
        #expect(details.image == .init(from: "sha256:old", to: "sha256:new"))
        #expect(details.commits == nil && details.changes == [])
    }

    @Test func planOutcomeIsFourForInvalidOverThreeForChangesAndZeroOtherwise() {
        let container = Self.active(commit: Self.old)
        let plan = { (actions: [Plan.Action]) in
            Plan(
                entries: actions.enumerated().map {
                    Plan.Entry(name: "d\($0.offset)", action: $0.element, active: container)
                },
                orphanCandidates: [], pruneWithheld: nil)
        }
        #expect(plan([.inSync, .pinned(generation: 2, reason: "berth rollback"), .suspended]).outcome() == .nothingToDo)
        #expect(plan([.inSync]).outcome(unreadableDocuments: 1) == .invalid)
        for pending in [Plan.Action.create, .update(fromHash: "h"), .drifted([.missing]), .prune(containerIDs: ["c"])] {
            #expect(plan([.inSync, pending]).outcome() == .changesPending, "\(pending)")
            #expect(plan([pending, .invalid(message: "bad")]).outcome() == .invalid)
            #expect(plan([pending, .unresolved(message: "gone")]).outcome() == .invalid)
        }
        var leftover = plan([.inSync])
        leftover.orphanCandidates = [container]
        #expect(leftover.outcome() == .changesPending, "a leftover candidate is removed by apply")
        #expect(Plan.Outcome.changesPending.rawValue == 3 && Plan.Outcome.invalid.rawValue == 4)
    }
}
