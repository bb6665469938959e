import Drivers
import Foundation
import Manifest
import Testing

@testable import Reconciler

/// Plan-time admission against a team's cpu and memory quota (DESIGN §14): running deployments first, then by name;
/// exactly at the quota fits; a refused deployment changes nothing.
@Suite struct QuotaAdmissionTests {
    private static let mi = 1 << 20
    private static let quota = ["a": TeamQuota(rollouts: 1, memoryBytes: 512 << 20)]

    private static func claim(_ name: String, team: String = "a", memoryMi: Int, runningMi: Int? = nil)
        -> QuotaAdmission.Claim
    {
        QuotaAdmission.Claim(
            name: name, team: team, declared: .init(memoryBytes: memoryMi * mi),
            running: runningMi.map { .init(memoryBytes: $0 * mi) })
    }

    @Test func exactlyAtTheQuotaEveryoneIsAdmitted() {
        let claims = [Self.claim("web", memoryMi: 256), Self.claim("api", memoryMi: 256)]
        #expect(QuotaAdmission.refused(claims, quotas: Self.quota) == [:])
    }

    @Test func overByOneByteTheLastByNameIsRefusedWithTheNumbers() {
        var api = Self.claim("api", memoryMi: 256)
        api.declared.memoryBytes += 1
        let refused = QuotaAdmission.refused([Self.claim("web", memoryMi: 256), api], quotas: Self.quota)
        #expect(Array(refused.keys) == ["web"])
        #expect(
            refused["web"]
                == "team a: memory 536870913 of 512Mi quota (api 268435457, web 256Mi); web does not fit beside the "
                + "deployments admitted before it (running ones first, then by name)")
    }

    @Test func aRunningDeploymentIsAdmittedBeforeANewOneWhateverTheirNames() {
        let claims = [Self.claim("api", memoryMi: 512), Self.claim("web", memoryMi: 256, runningMi: 256)]
        let refused = QuotaAdmission.refused(claims, quotas: Self.quota)
        #expect(Array(refused.keys) == ["api"])
        #expect(refused["api"]?.hasPrefix("team a: memory 768Mi of 512Mi quota (web 256Mi, api 512Mi); api ") == true)
    }

    @Test func aRunningDeploymentWhoseNewSpecIsOverKeepsItsGenerationWhichStillCounts() {
        // web runs 256Mi and now asks for 512Mi; api runs 256Mi; db is new and asks for 256Mi.
        let claims = [
            Self.claim("web", memoryMi: 512, runningMi: 256), Self.claim("api", memoryMi: 256, runningMi: 256),
            Self.claim("db", memoryMi: 256),
        ]
        let refused = QuotaAdmission.refused(claims, quotas: Self.quota)
        #expect(refused.keys.sorted() == ["db", "web"], "web's running 256Mi and api's leave no room for db")
        #expect(refused["web"]?.hasSuffix("; its running generation is left as it is") == true)
    }

    @Test func otherTeamsAndTeamsWithoutResourceLimitsAreNotCounted() {
        let quotas = ["a": TeamQuota(memoryBytes: 512 << 20), "b": TeamQuota(rollouts: 1)]
        let claims = [
            Self.claim("web", memoryMi: 512), Self.claim("api", team: "b", memoryMi: 4096),
            Self.claim("db", team: "c", memoryMi: 4096),
        ]
        #expect(QuotaAdmission.refused(claims, quotas: quotas) == [:])
    }

    @Test func cpusAreCheckedBesideMemory() {
        let quotas = ["a": TeamQuota(nanoCPUs: 1_000_000_000, memoryBytes: 1 << 30)]
        let claims = [
            QuotaAdmission.Claim(
                name: "api", team: "a", declared: .init(nanoCPUs: 750_000_000, memoryBytes: 64 * Self.mi),
                running: nil),
            QuotaAdmission.Claim(
                name: "web", team: "a", declared: .init(nanoCPUs: 500_000_000, memoryBytes: 64 * Self.mi),
                running: nil),
        ]
        #expect(
            QuotaAdmission.refused(claims, quotas: quotas)["web"]?.hasPrefix(
                "team a: cpus 1.25 of 1 quota (api 0.75, web 0.5), memory 128Mi of 1Gi quota (api 64Mi, web 64Mi); web")
                == true)
    }

    @Test func aDeploymentClaimsItsResourcesOncePerReplica() throws {
        var controller = ControllerConfig()
        controller.runtime = .swarm
        let manifest = """
            apiVersion: berth/v1
            kind: Deployment
            metadata: {name: web, labels: {team: a}}
            spec: {image: "berth-test/busybox:latest", replicas: 3, resources: {cpus: 0.5, memory: 128Mi}}
            """
        let state = ManifestParser.parse(
            [SourceFile(path: "web.yaml", contents: Data(manifest.utf8))], controller: controller)
        let web = try #require(state.deployments.first, "\(state.diagnostics)")
        let claim = try #require(
            QuotaAdmission.Claim(web, running: .init(nanoCPUs: 250_000_000, memoryBytes: 64 * Self.mi)))
        #expect(claim.team == "a")
        #expect(claim.declared == .init(nanoCPUs: 1_500_000_000, memoryBytes: 384 * Self.mi))
        #expect(claim.running == .init(nanoCPUs: 750_000_000, memoryBytes: 192 * Self.mi))
    }

    @Test func aRefusedDeploymentIsPlannedOverQuotaAndItsActiveGenerationKept() {
        let active = ActualContainer(
            id: "web-3-id", name: "web-3", deployment: "web", generation: 3, specHash: "old", port: 20003,
            state: .running)
        var context = Planner.Context()
        context.overQuota = ["web": "team a: memory 768Mi of 512Mi quota (api 512Mi, web 256Mi)"]
        let plan = Planner.plan(
            desired: [DesiredDeployment(name: "web", specHash: "new")], actual: [active], context: context)
        let entry = plan.entry("web")
        #expect(entry?.action == .overQuota(message: "team a: memory 768Mi of 512Mi quota (api 512Mi, web 256Mi)"))
        #expect(entry?.active == active, "what runs is kept as it is")
        #expect(plan.outcome() == .invalid, "plan --detailed-exitcode: a person must act")
        #expect(plan.summary == "1 over quota")
    }
}
