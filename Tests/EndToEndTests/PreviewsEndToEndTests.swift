import Drivers
import Foundation
import Reconciler
import TestSupport
import Testing

/// Previews of pull requests (issue 21): a pull request webhook for an app repository gets `<name>--pr<N>` built
/// from its head behind a real Caddy at the templated host, with its URL posted on the head commit (fake GitHub); a
/// push rolls it, closing removes it, and the main deployment's container never changes meanwhile.
@Suite(
    .serialized,
    .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)),
    .enabled(
        if: CaddyProcess.isAvailable || ProcessInfo.processInfo.environment["CI"] == "true",
        Comment(rawValue: CaddyProcess.skipReason)))
struct PreviewsEndToEndTests {
    @Test func aPullRequestGetsAPreviewBehindTheRouterThatFollowsItsPushesAndGoesWhenItCloses() async throws {
        let caddy = try CaddyProcess()
        defer { caddy.stop() }
        // The app repository is served over smart HTTP at /acme/web.git, so its URL names a forge repository.
        let served = try TemporaryDirectory(prefix: "berth-e2e-git-root")
        let token = try served.write("git-token\n", to: "token")
        let previews = "previews: {enabled: true, hostTemplate: \"{pr}-{name}.preview.test\"}"
        try await Scenario.runListening(
            forge: "github", appRepositories: ["acme/web"],
            controllerExtra: RouterEndToEndTests.router(caddy) + "\n" + previews
                + "\ncredentials: {app-git: {username: berth, tokenFile: \(token.path)}}"
        ) { scenario, port, forge in
            let forge = try #require(forge)
            let app = try scenario.app("web")
            try scenario.commitApp("web", page: "main v1")
            try FileManager.default.createDirectory(
                at: served.url.appendingPathComponent("acme"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                at: served.url.appendingPathComponent("acme/web.git"), withDestinationURL: app.bare)
            let git = try GitHTTPServer(projectRoot: served.url, username: "berth", token: "git-token")
            let repository = git.url(for: "acme/web.git")
            let manifest = try scenario.manifest(
                "web", extra: "  route: {host: web.test, drain: 300ms}\n  volumes: [{name: data, mountPath: /data}]"
            )
            .replacingOccurrences(
                of: "{repo: \"\(app.fileURL)\", ref: main}",
                with: "{repo: \"\(repository)\", ref: main, credentials: app-git}")
            try scenario.commitConfig(["web.yaml": manifest])
            let run = try scenario.startRun()
            defer { run.killHard() }
            let hooks = WebhookSender(port: port, secret: Scenario.webhookSecret)
            let page = { (host: String) in
                RouterEndToEndTests.fetch(
                    "http://\(host):\(caddy.httpPort)/", resolve: "\(host):\(caddy.httpPort):127.0.0.1")
            }
            #expect(
                try await scenario.eventually(within: .seconds(40)) { page("web.test") == "main v1" }, "\(run.printed)")
            let main = try #require(try await scenario.onlyContainer("web"))

            // Pull request #7 from feature/x.
            try app.git("checkout", "--quiet", "-b", "feature/x")
            let pullRequest = { (action: String, page: String) async throws -> (String, Int) in
                try app.write(page, to: "site/index.html")
                let head = try app.commit("pull request: \(page)")
                try app.git("push", "--quiet", "--force", "origin", "HEAD:refs/heads/feature/x")
                let payload = WebhookSender.pullRequestPayload(
                    url: repository, number: 7, head: head, headBranch: "feature/x", action: action)
                return (head, try await hooks.github(event: "pull_request", payload).status)
            }
            let preview = scenario.name("web") + "--pr7"
            let host = "7-\(scenario.name("web")).preview.test"
            let (firstHead, opened) = try await pullRequest("opened", "preview a")
            #expect(opened == 202)
            #expect(try await scenario.eventually(within: .seconds(40)) { page(host) == "preview a" }, "\(run.printed)")
            let context = "berth/\(preview)"
            let posted = try await scenario.eventually(within: .seconds(10)) {
                try forge.received().filter { $0.fields["context"] == context && $0.fields["state"] == "success" }.count
                    == 1
            }
            let statuses = try forge.received().filter { $0.fields["context"] == context }
            #expect(posted, "\(statuses.map(\.path)) \(run.printed)")
            #expect(statuses.map(\.path) == Array(repeating: "/repos/acme/web/statuses/\(firstHead)", count: 2))
            #expect(statuses.map { $0.fields["state"] } == ["pending", "success"])
            #expect(statuses.last?.fields["target_url"] == "http://\(host):\(caddy.httpPort)")
            #expect(statuses.last?.fields["description"]?.contains(String(firstHead.prefix(12))) == true)
            let labels = try #require(try await scenario.containers().first { $0.deployment == preview })
            #expect(labels.port != nil)
            let inspected = try await scenario.docker.inspectContainer(labels.id)
            #expect(inspected.labels[BerthLabel.role] == "preview" && inspected.labels[BerthLabel.preview] == "7")

            // A push to the pull request rolls the preview; the main deployment is left alone.
            let (secondHead, pushed) = try await pullRequest("synchronize", "preview b")
            #expect(pushed == 202)
            #expect(try await scenario.eventually(within: .seconds(40)) { page(host) == "preview b" }, "\(run.printed)")
            #expect(try forge.received().contains { $0.path == "/repos/acme/web/statuses/\(secondHead)" })
            #expect(page("web.test") == "main v1")

            // Closing it removes the preview: route, containers, images.
            let closed = WebhookSender.pullRequestPayload(
                url: repository, number: 7, head: secondHead, headBranch: "feature/x", action: "closed")
            #expect(try await hooks.github(event: "pull_request", closed).status == 202)
            let removed = try await scenario.eventually(within: .seconds(30)) {
                run.printed.contains("\(preview): pruned: removed the preview: 1 container, 2 images, 1 volume")
            }
            #expect(removed, "\(run.printed)")
            #expect(try await scenario.containers().allSatisfy { $0.deployment != preview })
            let images = try await scenario.docker.listImages(
                labels: BerthLabel.owned(by: scenario.stateDir, deployment: preview))
            #expect(images.isEmpty, "\(images.map(\.tags))")
            let volumes = try await scenario.docker.listVolumes(labels: BerthLabel.owned(by: scenario.stateDir))
            #expect(volumes.map(\.name) == ["berth-\(scenario.name("web"))-data"], "the preview's own volume went")
            #expect(page(host) != "preview b")
            let routes = try JSONSerialization.jsonObject(with: caddy.get("/config/apps/http/servers/berth/routes"))
            #expect(
                (routes as? [[String: Any]])?.compactMap { $0["@id"] as? String } == ["berth-\(scenario.name("web"))"])
            #expect(try await scenario.onlyContainer("web")?.id == main.id, "the main deployment never changed")
            #expect(page("web.test") == "main v1")
        }
    }
}
