import Drivers
import Foundation
import Reconciler
import TestSupport
import Testing

/// Team quotas against the real engine (DESIGN §14): the rollouts quota of `berth run`'s work queue, and the memory
/// quota checked when a pass plans.
@Suite(
    .serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct QuotaEndToEndTests {
    /// An `image:` deployment of the test base image in `team`; each rollout takes `settle` (the new container must
    /// keep running that long), so rollouts that overlap are seen to.
    private static func manifest(
        _ scenario: Scenario, _ short: String, team: String, memory: String? = nil, settle: String = "2s"
    ) -> String {
        """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: \(scenario.name(short)), labels: {team: \(team)}}
        spec:
          image: \(DockerTestEnvironment.baseImage)
          pull: never
          command: [sleep, "86400"]
          stopGracePeriod: 1s
          health: {settle: \(settle)}
        \(memory.map { "  resources: {memory: \($0)}" } ?? "")
        """
    }

    /// The conditions of `short` in `berth status --output json`.
    private static func condition(_ scenario: Scenario, _ short: String, _ kind: String) throws -> [String: Any]? {
        let conditions = try scenario.status(short)?["conditions"] as? [[String: Any]] ?? []
        return conditions.first { $0["kind"] as? String == kind }
    }

    /// Three deployments of team `a`, limited to one rollout at once, pushed together roll out one after another
    /// (their history rows never overlap), while team `b`'s deployment rolls out beside the first of them; the ones
    /// that wait say so as `Reconciling=False, QuotaWait`.
    @Test func aTeamLimitedToOneRolloutRollsOutOneAtATimeWhileAnotherTeamProceeds() async throws {
        try await Scenario.run(controllerExtra: "interval: 10m\nquotas: {a: {rollouts: 1}}") { scenario in
            let teamA = ["a1", "a2", "a3"]
            var files: [String: String] = [:]
            for short in teamA { files["\(short).yaml"] = Self.manifest(scenario, short, team: "a") }
            files["b1.yaml"] = Self.manifest(scenario, "b1", team: "b")
            try scenario.commitConfig(files)
            let run = try scenario.startRun()
            defer { run.killHard() }

            let waited = try await scenario.eventually(within: .seconds(20)) {
                let reconciling = try Self.condition(scenario, "a3", "Reconciling")
                return reconciling?["reason"] as? String == "QuotaWait"
            }
            #expect(waited, "a3 shows that it waits for its team's slot\n\(run.printed)")
            let waiting = try Self.condition(scenario, "a3", "Reconciling")
            #expect(waiting?["status"] as? String == "False")
            let message = waiting?["message"] as? String ?? ""
            #expect(
                message.hasPrefix("waits for a rollout slot of team a: quotas.a.rollouts is 1 and e\(scenario.id)-a"),
                "\(message)")

            let done = try await scenario.eventually(within: .seconds(60)) {
                for short in teamA + ["b1"] {
                    guard try await scenario.history(short).first?.result == .succeeded else { return false }
                }
                return true
            }
            try #require(done, "every deployment rolled out\n\(run.printed)")

            try await Self.expectOneAtATime(scenario, teamA, beside: "b1")
            #expect(run.printed.contains("waits for a rollout slot of team a"), "\(run.printed)")
        }
    }

    /// `berth apply` keeps the same quota: team `a`'s two deployments roll out one after the other, team `b`'s beside.
    @Test func applyRollsOutATeamWithinItsQuotaToo() async throws {
        try await Scenario.run(controllerExtra: "quotas: {a: {rollouts: 1}}") { scenario in
            try scenario.commitConfig([
                "a1.yaml": Self.manifest(scenario, "a1", team: "a"),
                "a2.yaml": Self.manifest(scenario, "a2", team: "a"),
                "b1.yaml": Self.manifest(scenario, "b1", team: "b"),
            ])
            let apply = try scenario.berth("apply")
            #expect(apply.status == 0, "\(apply)")
            try await Self.expectOneAtATime(scenario, ["a1", "a2"], beside: "b1")
        }
    }

    /// The newest rollouts of `team` never overlap, and the newest of `other` overlaps one of them.
    private static func expectOneAtATime(_ scenario: Scenario, _ team: [String], beside other: String) async throws {
        var spans: [(name: String, start: Date, end: Date)] = []
        for short in team {
            let rollout = try #require(try await scenario.history(short).first)
            #expect(rollout.result == .succeeded, "\(short): \(rollout)")
            spans.append((short, rollout.startedAt, try #require(rollout.finishedAt)))
        }
        spans.sort { $0.start < $1.start }
        for (earlier, later) in zip(spans, spans.dropFirst()) {
            #expect(
                later.start >= earlier.end,
                "\(later.name) started at \(later.start) before \(earlier.name) ended at \(earlier.end)")
        }
        let beside = try #require(try await scenario.history(other).first)
        let end = try #require(beside.finishedAt)
        #expect(
            spans.contains { $0.start < end && beside.startedAt < $0.end },
            "\(other)'s rollout (\(beside.startedAt)–\(end)) overlaps one of \(spans)")
    }

    /// Team `a`'s memory quota of 512Mi holds `api` (512Mi) but not `web` (256Mi) beside it: `web` is `Stalled:
    /// QuotaExceeded` with the numbers and not created. Raising `api` to 768Mi leaves its running generation as it
    /// is. A deployment of the team without `resources` is a located error.
    @Test func aMemoryTotalOverTheQuotaIsStalledWithTheNumbersAndNothingRunningIsTouched() async throws {
        try await Scenario.run(controllerExtra: "quotas: {a: {memory: 512Mi}}") { scenario in
            let (api, web) = (scenario.name("api"), scenario.name("web"))
            try scenario.commitConfig([
                "api.yaml": Self.manifest(scenario, "api", team: "a", memory: "512Mi", settle: "0s"),
                "web.yaml": Self.manifest(scenario, "web", team: "a", memory: "256Mi", settle: "0s"),
                "db.yaml": Self.manifest(scenario, "db", team: "a", settle: "0s"),
            ])
            let plan = try scenario.berth("plan")
            let numbers = "team a: memory 768Mi of 512Mi quota (\(api) 512Mi, \(web) 256Mi); \(web) does not fit"
            #expect(plan.stdout.contains(numbers), "\(plan)")
            #expect(
                plan.stdout.contains(
                    "deployments/db.yaml:5:3: spec.resources.memory: is required: team \"a\" has a memory quota"),
                "\(plan)")

            let apply = try scenario.berth("apply")
            #expect(apply.status == 1, "a refused and an invalid deployment fail apply\n\(apply)")
            #expect(scenario.applied("web", "blocked", in: apply), "\(apply)")
            let running = try #require(await scenario.onlyContainer("api"), "\(apply)")
            #expect(try await scenario.containers().map(\.deployment).sorted() == [api])
            let stalled = try Self.condition(scenario, "web", "Stalled")
            #expect(stalled?["status"] as? String == "True")
            #expect(stalled?["reason"] as? String == "QuotaExceeded")
            #expect((stalled?["message"] as? String)?.hasPrefix(numbers) == true, "\(stalled ?? [:])")
            #expect(try scenario.holds("db", "Stalled", reason: "InvalidManifest"))

            try scenario.commitConfig([
                "api.yaml": Self.manifest(scenario, "api", team: "a", memory: "768Mi", settle: "0s"),
                "web.yaml": Self.manifest(scenario, "web", team: "a", memory: "256Mi", settle: "0s"),
            ])
            let again = try scenario.berth("apply")
            #expect(again.status == 1, "\(again)")
            #expect(try await scenario.onlyContainer("api") == running, "api's running generation is untouched")
            let limit = try await scenario.docker.inspectContainer(running.id).memoryBytes
            #expect(limit == 512 << 20, "not even its memory limit is raised in place")
            #expect(try await scenario.onlyContainer("web") == nil, "api's running 512Mi still counts")
            let apiStalled = try Self.condition(scenario, "api", "Stalled")
            #expect(apiStalled?["reason"] as? String == "QuotaExceeded")
            #expect(
                (apiStalled?["message"] as? String)?.hasPrefix(
                    "team a: memory 1Gi of 512Mi quota (\(api) 768Mi, \(web) 256Mi); \(api) does not fit") == true,
                "\(apiStalled ?? [:])")

            // A quota raised to hold them all: web is created, api's limit raised in place, the stalls lifted.
            try Self.setQuota(scenario, "2Gi")
            let raised = try scenario.berth("apply")
            #expect(raised.status == 0, "\(raised)")
            #expect(try await scenario.onlyContainer("web") != nil, "\(raised)")
            for short in ["api", "web"] {
                #expect(try Self.condition(scenario, short, "Stalled")?["status"] as? String == "False", "\(short)")
            }

            // Lowered below what runs, then raised again: the in-sync deployments are stalled, then lifted.
            try Self.setQuota(scenario, "256Mi")
            #expect(try scenario.berth("apply").status == 1)
            #expect(try scenario.holds("api", "Stalled", reason: "QuotaExceeded"))
            #expect(try await scenario.containers().count == 2, "nothing running is removed")
            try Self.setQuota(scenario, "2Gi")
            let lifted = try scenario.berth("apply")
            #expect(lifted.status == 0, "\(lifted)")
            for short in ["api", "web"] {
                let stalled = try Self.condition(scenario, short, "Stalled")
                #expect(stalled?["status"] as? String == "False", "\(short): \(stalled ?? [:])")
            }
        }
    }

    /// A pull request that would push team `a` over its memory quota gets a failing `berth/plan` with the numbers.
    @Test func aPullRequestOverTheQuotaFailsItsPlan() async throws {
        try await Scenario.runListening(forge: "github", controllerExtra: "quotas: {a: {memory: 512Mi}}") {
            scenario, port, forge in
            let forge = try #require(forge)
            try scenario.commitConfig([
                "api.yaml": Self.manifest(scenario, "api", team: "a", memory: "512Mi", settle: "0s")
            ])
            let run = try scenario.startRun()
            defer { run.killHard() }
            let deployed = try await scenario.eventually(within: .seconds(30)) {
                (try? await scenario.history("api").first?.result) == .succeeded  // no state dir until berth starts
            }
            try #require(deployed, "\(run.printed)")

            try scenario.config.git("checkout", "-q", "-b", "proposal")
            try scenario.config.write(
                Self.manifest(scenario, "web", team: "a", memory: "256Mi", settle: "0s"), to: "deployments/web.yaml")
            let head = try scenario.config.commit("proposal: web")
            try scenario.config.git("push", "-q", "origin", "proposal")
            let hooks = WebhookSender(port: port, secret: Scenario.webhookSecret)
            let pull = WebhookSender.pullRequestPayload(
                url: scenario.config.fileURL, number: 9, head: head, headBranch: "proposal")
            #expect(try await hooks.github(event: "pull_request", pull).status == 202)
            let planned = try await scenario.eventually(within: .seconds(20)) {
                try forge.received().contains { $0.fields["context"] == "berth/plan" }
            }
            try #require(planned, "\(run.printed)")
            let plan = try #require(try forge.received().first { $0.fields["context"] == "berth/plan" })
            #expect(plan.fields["state"] == "failure", "\(plan.fields)")
            #expect(
                plan.fields["description"]?.contains("1 over quota") == true
                    && plan.fields["description"]?.contains("team a: memory 768Mi of 512Mi quota") == true,
                "\(plan.fields)")
        }
    }

    /// Rewrites the scenario's controller config with team `a`'s memory quota at `memory`.
    private static func setQuota(_ scenario: Scenario, _ memory: String) throws {
        let file = URL(fileURLWithPath: scenario.controllerFile)
        let text = try String(contentsOf: file, encoding: .utf8)
        let quota = try #require(
            text.range(of: #"quotas: \{a: \{memory: [0-9A-Za-z]+\}\}"#, options: .regularExpression))
        try text.replacingCharacters(in: quota, with: "quotas: {a: {memory: \(memory)}}").write(
            to: file, atomically: true, encoding: .utf8)
    }
}
