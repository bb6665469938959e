import Foundation
import Manifest
import Testing

/// `quotas` in the controller config (DESIGN §14), and the located error for a deployment of a cpu- or
/// memory-limited team that declares no `resources`.
@Suite struct QuotasConfigTests {
    private static let head =
        "apiVersion: berth/v1\nkind: Controller\nconfigRepo: {url: https://git.example.com/a/b.git}\n"

    private static func parse(_ quotas: String) throws -> ControllerConfig {
        try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data((head + quotas).utf8)))
    }

    /// The diagnostics `quotas` gives, as printed (`berth.yaml:LINE:COLUMN: PATH: MESSAGE`).
    private static func problems(_ quotas: String) -> [String] {
        do {
            _ = try parse(quotas)
            return []
        } catch let error as DiagnosticList {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func quotasAreKeyedByTeamInManifestUnits() throws {
        let config = try Self.parse(
            """
            quotas:
              a: {rollouts: 1, cpus: 1.5, memory: 512Mi}
              storefront: {memory: 1G}
              batch: {rollouts: 3}
            """)
        #expect(
            config.quotas == [
                "a": TeamQuota(rollouts: 1, nanoCPUs: 1_500_000_000, memoryBytes: 512 << 20),
                "storefront": TeamQuota(memoryBytes: 1_000_000_000),
                "batch": TeamQuota(rollouts: 3),
            ])
        #expect(config.quotas["a"]?.requiredResources == ["cpus", "memory"])
        #expect(config.quotas["batch"]?.requiredResources == [])
    }

    @Test func noQuotasLimitNoTeam() throws {
        #expect(try Self.parse("").quotas.isEmpty)
    }

    @Test(arguments: [
        (
            "quotas:\n  a: {rollouts: 0}\n",
            #"berth.yaml:5:17: quotas.a.rollouts: 0 is not a number of rollouts at once (1-64)"#
        ),
        (
            "quotas:\n  a: {memory: lots}\n",
            #"berth.yaml:5:15: quotas.a.memory: "lots" is not a memory size (plain bytes or a number with K, M, G, T, Ki, Mi, Gi or Ti: 268435456, 256Mi, 1G)"#
        ),
        (
            "quotas:\n  a: {cpus: -1}\n",
            #"berth.yaml:5:13: quotas.a.cpus: -1 is not a number of CPUs greater than 0 (e.g. 0.5 or 2)"#
        ),
        (
            "quotas:\n  a: {}\n",
            #"berth.yaml:5:6: quotas.a: needs at least one limit: rollouts, cpus or memory (e.g. {rollouts: 1})"#
        ),
        (
            "quotas:\n  a: {rollouts: 1, disk: 1G}\n",
            #"berth.yaml:5:20: quotas.a.disk: unknown field "disk" (valid: rollouts, cpus, memory)"#
        ),
        ("quotas: [a]\n", #"berth.yaml:4:9: quotas: expected a mapping, found a list"#),
    ])
    func problemsAreLocatedAndSayWhatIsValid(_ quotas: String, _ expected: String) {
        #expect(Self.problems(quotas) == [expected])
    }

    private static let limited = """
        apiVersion: berth/v1
        kind: Controller
        configRepo: {url: https://git.example.com/a/b.git}
        quotas: {a: {rollouts: 1, memory: 512Mi}, b: {rollouts: 1}, c: {cpus: 2, memory: 1Gi}}
        """

    private static func manifest(team: String, resources: String?) -> String {
        """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: web, labels: {team: \(team)}}
        spec:
          image: berth-test/busybox:latest
        \(resources.map { "  resources: \($0)\n" } ?? "")
        """
    }

    private static func diagnostics(team: String, resources: String?) throws -> [String] {
        let config = try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data(limited.utf8)))
        let file = SourceFile(
            path: "deployments/web.yaml", contents: Data(manifest(team: team, resources: resources).utf8))
        return ManifestParser.parse([file], controller: config).diagnostics.map(\.description)
    }

    @Test func aTeamWithAMemoryQuotaMustDeclareResources() throws {
        #expect(
            try Self.diagnostics(team: "a", resources: nil) == [
                #"deployments/web.yaml:5:3: spec.resources.memory: is required: team "a" has a memory quota (quotas.a.memory in the controller config), so each of its deployments declares it (e.g. memory: 256Mi)"#
            ])
    }

    @Test func theMissingFieldIsLocatedAtResourcesWhenTheyAreThere() throws {
        #expect(
            try Self.diagnostics(team: "c", resources: "{memory: 256Mi}") == [
                #"deployments/web.yaml:6:14: spec.resources.cpus: is required: team "c" has a cpus quota (quotas.c.cpus in the controller config), so each of its deployments declares it (e.g. cpus: 0.5)"#
            ])
    }

    @Test(arguments: [
        ("a", "{memory: 256Mi}"),  // declares what its quota counts
        ("b", nil),  // a rollouts quota alone counts no resources
        ("z", nil),  // a team without a quota is not limited
    ])
    func deploymentsThatDeclareWhatTheirQuotaCountsAreValid(_ team: String, _ resources: String?) throws {
        #expect(try Self.diagnostics(team: team, resources: resources) == [])
    }
}
