import Drivers
import Foundation
import Reconciler
import TestSupport
import Testing

/// Webhooks and commit statuses through a real `berth run` process, the real engine and real git repositories.
@Suite(
    .serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct WebhookEndToEndTests {
    @Test func aSignedPushOfTheConfigRepositoryRollsOutAndAWrongSignatureIsRefused() async throws {
        try await Scenario.runListening { scenario, port, _ in
            try scenario.commitApp("a", page: "a")
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
            let run = try scenario.startRun()
            defer { run.killHard() }
            #expect(try await run.waitForLine(containing: "a: succeeded"), "\(run.printed)")
            let hooks = WebhookSender(port: port, secret: Scenario.webhookSecret)

            try scenario.commitConfig(["a.yaml": try scenario.manifest("a", extra: "  env: {COLOUR: blue}")])
            let push = WebhookSender.pushPayload(url: scenario.config.fileURL)
            let forged = try await hooks.github(event: "push", push, signWith: "not-the-secret")
            #expect(forged.status == 401, "\(forged.body)")
            try await Task.sleep(for: .seconds(2))
            #expect(try await scenario.history("a").count == 1, "a refused webhook starts nothing")

            let sent = ContinuousClock.now
            let accepted = try await hooks.github(event: "push", push)
            #expect(accepted.status == 202, "\(accepted.body)")
            let rolled = try await scenario.eventually(within: .seconds(20)) {
                try await scenario.history("a").first.map { $0.generation == 2 && $0.result != .running } == true
            }
            #expect(rolled, "\(run.printed)")
            let rollout = try #require(try await scenario.history("a").first)
            #expect(rollout.result == .succeeded)
            let waited = rollout.startedAt.timeIntervalSince(Date.now) + (ContinuousClock.now - sent).seconds
            #expect(waited < 5, "the rollout started \(waited) s after the webhook")
        }
    }

    @Test func gitlabAndGiteaWebhooksNeedTheirTokenOrSignature() async throws {
        try await Scenario.runListening { scenario, port, _ in
            try scenario.commitApp("a", page: "a")
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
            let run = try scenario.startRun()
            defer { run.killHard() }
            #expect(try await run.waitForLine(containing: "pass at"), "\(run.printed)")
            let hooks = WebhookSender(port: port, secret: Scenario.webhookSecret)
            let gitlab = WebhookSender.gitlabPushPayload(url: scenario.config.fileURL)
            #expect(try await hooks.gitlab(event: "Push Hook", gitlab).status == 202)
            #expect(try await hooks.gitlab(event: "Push Hook", gitlab, token: "wrong").status == 401)
            let gitea = WebhookSender.pushPayload(url: scenario.config.fileURL)
            #expect(try await hooks.gitea(event: "push", gitea).status == 202)
            #expect(try await hooks.gitea(event: "push", gitea, signWith: "wrong").status == 401)
            let elsewhere = WebhookSender.pushPayload(url: "https://git.example.com/acme/unrelated.git")
            let ignored = try await hooks.github(event: "push", elsewhere)
            #expect(ignored.status == 200 && ignored.body.hasPrefix("ignored:"), "\(ignored.body)")
        }
    }

    @Test func fiftyWebhooksAtOnceForOneDeploymentMakeOneOrTwoRollouts() async throws {
        try await Scenario.runListening { scenario, port, _ in
            try scenario.commitApp("a", page: "v1")
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
            let run = try scenario.startRun()
            defer { run.killHard() }
            #expect(try await run.waitForLine(containing: "a: succeeded"), "\(run.printed)")
            try scenario.commitApp("a", page: "v2")
            let hooks = WebhookSender(port: port, secret: Scenario.webhookSecret)
            let push = WebhookSender.pushPayload(url: try scenario.app("a").fileURL)
            let answers = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<50 { group.addTask { try await hooks.github(event: "push", push).status } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(answers.allSatisfy { $0 == 202 }, "\(answers)")
            let served = try await scenario.eventually(within: .seconds(30)) {
                scenario.page(at: try await scenario.onlyContainer("a")?.port) == "v2"
            }
            #expect(served, "\(run.printed)")
            try await Task.sleep(for: .seconds(3))
            let rollouts = try await scenario.history("a").count - 1
            #expect((1...2).contains(rollouts), "\(rollouts) rollouts for 50 webhooks")
        }
    }

    @Test func statusesGoToAGitHubCompatibleForgeAndAPullRequestGetsAPlan() async throws {
        try await Scenario.runListening(forge: "github") { scenario, port, forge in
            let forge = try #require(forge)
            try scenario.commitApp("a", page: "v1")
            let configCommit = try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
            let run = try scenario.startRun()
            defer { run.killHard() }
            let context = "berth/\(scenario.name("a"))"
            let posted = try await scenario.eventually(within: .seconds(30)) {
                try forge.received().filter { $0.fields["context"] == context }.count >= 2
            }
            #expect(posted, "\((try? forge.received()).map { "\($0.count) requests" } ?? "")\n\(run.printed)")
            let first = try forge.received().filter { $0.fields["context"] == context }
            #expect(first.map { $0.fields["state"] } == ["pending", "success"])
            for request in first {
                #expect(request.path == "/repos/acme/deploy/statuses/\(configCommit)")
                #expect(request.header("Authorization") == "Bearer \(Scenario.forgeToken)")
                #expect(request.answered == 201)
            }
            let runPage = try #require(first.last?.fields["target_url"])
            #expect(runPage.hasPrefix("http://127.0.0.1:\(port)/runs/"), "statuses link to the dashboard's run page")
            let dashboard = try await DashboardSession.logIn(port: port, token: Scenario.apiToken)
            let shown = try await dashboard.page(String(runPage.dropFirst("http://127.0.0.1:\(port)".count)))
            #expect(shown.status == 200)
            #expect(shown.html.contains(#"<span class="badge ok" id="result">succeeded</span>"#), "\(shown.html)")

            try scenario.commitApp("a", page: "v2 unhealthy", healthy: false)
            let hooks = WebhookSender(port: port, secret: Scenario.webhookSecret)
            #expect(
                try await hooks.github(event: "push", WebhookSender.pushPayload(url: try scenario.app("a").fileURL))
                    .status == 202)
            let failed = try await scenario.eventually(within: .seconds(40)) {
                try forge.received().contains { $0.fields["context"] == context && $0.fields["state"] == "failure" }
            }
            #expect(failed, "\(run.printed)")
            let failure = try forge.received().last { $0.fields["state"] == "failure" }
            #expect(failure?.fields["description"]?.contains("health") == true, "\(String(describing: failure))")

            try scenario.config.git("checkout", "-q", "-b", "proposal")
            try scenario.config.write(try scenario.manifest("b", app: "a"), to: "deployments/b.yaml")
            try scenario.config.write(
                "apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: \(scenario.name("x"))}\nspec: {ports: 80}\n",
                to: "deployments/broken.yaml")
            let head = try scenario.config.commit("proposal")
            try scenario.config.git("push", "-q", "origin", "proposal")
            let pull = WebhookSender.pullRequestPayload(
                url: scenario.config.fileURL, number: 7, head: head, headBranch: "proposal")
            #expect(try await hooks.github(event: "pull_request", pull).status == 202)
            let planned = try await scenario.eventually(within: .seconds(20)) {
                try forge.received().contains { $0.fields["context"] == "berth/plan" }
            }
            #expect(planned, "\(run.printed)")
            let plan = try #require(try forge.received().first { $0.fields["context"] == "berth/plan" })
            #expect(plan.path == "/repos/acme/deploy/statuses/\(head)")
            #expect(plan.fields["state"] == "failure", "an invalid manifest fails the plan")
            #expect(plan.fields["description"]?.contains("1 to create") == true, "\(plan.fields)")
            #expect(plan.fields["description"]?.contains("broken.yaml:4:") == true, "\(plan.fields)")
            #expect(plan.fields["target_url"] == "http://127.0.0.1:\(port)/plans/\(head)")
            let planPage = try await dashboard.page("/plans/\(head)")
            #expect(planPage.status == 200)
            #expect(planPage.html.contains("Plan of pull request #7"))
            #expect(planPage.html.contains(#"<td>\#(scenario.name("b"))</td><td><span class="badge">create</span>"#))
            #expect(planPage.html.contains("broken.yaml:4:"), "\(planPage.html)")
        }
    }

    @Test func aRolloutPostsItsStatusesOnTheAppCommitAsWellAsTheConfigCommit() async throws {
        // The app repository is served over smart HTTP at /acme/web.git, so its URL names a forge repository.
        let served = try TemporaryDirectory(prefix: "berth-e2e-git-root")
        let token = try served.write("git-token\n", to: "token")
        try await Scenario.runListening(
            forge: "github", appRepositories: ["acme/web"],
            controllerExtra: "credentials: {app-git: {username: berth, tokenFile: \(token.path)}}"
        ) { scenario, _, forge in
            let forge = try #require(forge)
            let appCommit = try scenario.commitApp("web", page: "v1")
            try FileManager.default.createDirectory(
                at: served.url.appendingPathComponent("acme"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                at: served.url.appendingPathComponent("acme/web.git"), withDestinationURL: try scenario.app("web").bare)
            let git = try GitHTTPServer(projectRoot: served.url, username: "berth", token: "git-token")
            let manifest = try scenario.manifest("web").replacingOccurrences(
                of: "{repo: \"\(try scenario.app("web").fileURL)\", ref: main}",
                with: "{repo: \"\(git.url(for: "acme/web.git"))\", ref: main, credentials: app-git}")
            let configCommit = try scenario.commitConfig(["web.yaml": manifest])
            let run = try scenario.startRun()
            defer { run.killHard() }
            let context = "berth/\(scenario.name("web"))"
            let posted = try await scenario.eventually(within: .seconds(40)) {
                try forge.received().filter { $0.fields["context"] == context }.count >= 4
            }
            #expect(posted, "\(run.printed)")
            let statuses = try forge.received().filter { $0.fields["context"] == context }
            let onConfig = statuses.filter { $0.path == "/repos/acme/deploy/statuses/\(configCommit)" }
            let onApp = statuses.filter { $0.path == "/repos/acme/web/statuses/\(appCommit)" }
            #expect(onConfig.map { $0.fields["state"] } == ["pending", "success"], "\(statuses.map(\.path))")
            #expect(onApp.map { $0.fields["state"] } == ["pending", "success"], "\(statuses.map(\.path))")
            #expect(
                onApp.allSatisfy { $0.answered == 201 && $0.header("Authorization") == "Bearer \(Scenario.forgeToken)" }
            )
            #expect(onApp.last?.fields["description"] == onConfig.last?.fields["description"])
            #expect(onApp.last?.fields["description"]?.contains(String(appCommit.prefix(12))) == true)
        }
    }

    @Test func theGitLabProviderPostsInGitLabsShape() async throws {
        try await Scenario.runListening(forge: "gitlab") { scenario, _, forge in
            let forge = try #require(forge)
            try scenario.commitApp("a", page: "v1")
            let configCommit = try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
            let run = try scenario.startRun()
            defer { run.killHard() }
            let posted = try await scenario.eventually(within: .seconds(30)) { try forge.received().count >= 2 }
            #expect(posted, "\(run.printed)")
            let requests = try forge.received()
            #expect(requests.map { $0.fields["state"] } == ["running", "success"])
            for request in requests {
                #expect(request.path == "/api/v4/projects/acme%2Fdeploy/statuses/\(configCommit)")
                #expect(request.header("PRIVATE-TOKEN") == Scenario.forgeToken)
                #expect(request.fields["name"] == "berth/\(scenario.name("a"))")
            }
        }
    }
}

extension Duration {
    fileprivate var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
