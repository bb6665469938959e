import Drivers
import Foundation
import Manifest
import Synchronization
import Testing

@testable import Reconciler

/// The dashboard over real HTTP on loopback, with a fake controller and an in-memory history behind it: every page,
/// the login, and every action, refused without a session, with a wrong CSRF token and with an expired session.
@Suite struct DashboardHTTPTests {
    /// A logged-in browser: its cookie and the session's CSRF token, read off a page.
    struct Login {
        let cookie: String
        let csrf: String

        var headers: [(name: String, value: String)] { [("Cookie", cookie)] }
    }

    /// A clock a test moves by hand.
    final class TestClock: Sendable {
        private let now = Mutex(Date(timeIntervalSince1970: 1_790_000_000))
        var date: Date { now.withLock { $0 } }
        func advance(by seconds: TimeInterval) { now.withLock { $0 = $0.addingTimeInterval(seconds) } }
    }

    static let form = [(name: "Content-Type", value: "application/x-www-form-urlencoded")]

    static func logIn(_ server: ControllerServerHarness, name: String = "ana") async throws -> Login {
        let answer = try await server.send(
            "POST", "/login", headers: form, body: .bytes(Array("token=s3cret&name=\(name)&next=%2F".utf8)))
        #expect(answer.status == 303)
        #expect(answer.location == "/")
        let setCookie = try #require(answer.setCookie)
        #expect(setCookie.contains("HttpOnly"))
        #expect(setCookie.contains("SameSite=Strict"))
        let cookie = String(setCookie.prefix { $0 != ";" })
        let page = try await server.send("GET", "/deployments/web", headers: [("Cookie", cookie)])
        let csrf = try #require(page.text.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)?.1)
        return Login(cookie: cookie, csrf: String(csrf))
    }

    @Test func readPagesNeedALoginUnlessPublic() async throws {
        try await ControllerServerHarness.with { server in
            let overview = try await server.send("GET", "/?q=web")
            #expect(overview.status == 303)
            #expect(overview.location == "/login?next=%2F%3Fq%3Dweb")
            for path in ["/deployments/web", "/runs/1", "/plans/abc"] {
                #expect(try await server.send("GET", path).status == 303, "\(path)")
            }
            #expect(try await server.send("GET", "/runs/1/events").status == 401)
            let login = try await server.send("GET", "/login?next=%2Fdeployments%2Fweb")
            #expect(login.status == 200)
            #expect(login.text.contains(#"<input type="hidden" name="next" value="/deployments/web">"#))
        }
        try await ControllerServerHarness.with(dashboard: DashboardSettings(isPublic: true)) { server in
            let overview = try await server.send("GET", "/")
            #expect(overview.status == 200)
            #expect(overview.text.contains(#"data-deployment="web""#))
            #expect(!overview.text.contains(#"name="csrf""#), "no session, no action forms")
        }
    }

    @Test func loginRefusesAWrongTokenAndNeverRedirectsOffTheServer() async throws {
        try await ControllerServerHarness.with { server in
            let wrong = try await server.send(
                "POST", "/login", headers: Self.form, body: .bytes(Array("token=nope&name=ana".utf8)))
            #expect(wrong.status == 401)
            #expect(wrong.setCookie == nil)
            #expect(wrong.text.contains("That is not the API token"))
            #expect(!wrong.text.contains("nope"), "the token typed is never echoed")
            for next in ["https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example", "%2F%5Cevil.example"] {
                let answer = try await server.send(
                    "POST", "/login", headers: Self.form, body: .bytes(Array("token=s3cret&next=\(next)".utf8)))
                #expect(answer.location == "/", "\(next)")
            }
        }
        try await ControllerServerHarness.with(apiToken: nil) { server in
            let answer = try await server.send(
                "POST", "/login", headers: Self.form, body: .bytes(Array("token=&name=ana".utf8)))
            #expect(answer.status == 401, "no api.tokenFile: nobody logs in")
        }
    }

    @Test func loginWaitsAfterFiveWrongTokensInAMinuteEvenForTheRightOne() async throws {
        let clock = TestClock()
        try await ControllerServerHarness.with(now: { clock.date }) { server in
            func logIn(_ token: String) async throws -> ControllerServerHarness.Answer {
                try await server.send("POST", "/login", headers: Self.form, body: .bytes(Array("token=\(token)".utf8)))
            }
            for guess in 1...5 {
                #expect(try await logIn("guess\(guess)").status == 401)
                clock.advance(by: 1)
            }
            let held = try await logIn("s3cret")
            #expect(held.status == 429, "the right token waits too")
            #expect(held.setCookie == nil)
            #expect(held.text.contains("try again in 55 s"), "the first refusal leaves the window 60 s after it")
            clock.advance(by: 55)
            #expect(try await logIn("s3cret").status == 303, "the oldest refusal has left the window")
        }
    }

    @Test func sessionCookieIsSecureWhenAProxySaysTheBrowserCameOverHTTPS() async throws {
        try await ControllerServerHarness.with { server in
            let plain = try await server.send(
                "POST", "/login", headers: Self.form, body: .bytes(Array("token=s3cret".utf8)))
            #expect(plain.setCookie?.contains("Secure") == false)
            let proxied = try await server.send(
                "POST", "/login", headers: Self.form + [("X-Forwarded-Proto", "https")],
                body: .bytes(Array("token=s3cret".utf8)))
            #expect(proxied.setCookie?.hasSuffix("; Secure") == true)
        }
    }

    @Test func overviewShowsCountsRowsLinksAndFilters() async throws {
        try await ControllerServerHarness.with { server in
            let login = try await Self.logIn(server)
            let page = try await server.send("GET", "/", headers: login.headers)
            #expect(page.status == 200)
            #expect(page.contentType == "text/html; charset=utf-8")
            #expect(page.text.contains(">2 deployments<"))
            #expect(page.text.contains(">1 ready<"))
            #expect(page.text.contains(">1 pinned<"))
            #expect(page.text.contains(#"<a href="/deployments/web">web</a>"#))
            #expect(page.text.contains("web.test/ → 127.0.0.1:20002"))
            #expect(
                page.text.contains(#"<a href="https://github.com/acme/deploy/commit/c0ffee"><code>c0ffee</code></a>"#))
            #expect(page.text.contains(#"<a href="/runs/1"><span class="badge ok">succeeded</span></a>"#))
            #expect(page.text.contains("generation 2"), "the pin")
            #expect(page.text.contains(#"<span id="actor">dashboard:ana</span>"#))

            let ready = try await server.send("GET", "/?condition=ready", headers: login.headers)
            #expect(ready.text.contains(#"data-deployment="web""#))
            #expect(!ready.text.contains(#"data-deployment="api""#))
            let byName = try await server.send("GET", "/?q=AP", headers: login.headers)
            #expect(byName.text.contains(#"data-deployment="api""#))
            #expect(!byName.text.contains(#"data-deployment="web""#))
            #expect(byName.text.contains(#"value="AP""#), "the filter keeps what was typed")
        }
    }

    @Test func deploymentPageShowsConditionsPlanHistoryStagesAndActions() async throws {
        let actions = FakeControllerActions()
        let rollout = try await Self.finishedRollout(in: actions.history, deployment: "web")
        try await actions.history.record(
            OperatorAction(
                deployment: "web", kind: .sync, actor: "dashboard:bo", detail: "reconcile queued",
                at: rollout.startedAt.addingTimeInterval(-0.5)))
        try await ControllerServerHarness.with(actions: actions) { server in
            let login = try await Self.logIn(server)
            let page = try await server.send("GET", "/deployments/web", headers: login.headers)
            #expect(page.status == 200)
            #expect(page.text.contains("RolloutSucceeded"))
            #expect(page.text.contains("generation 2 runs the desired spec"), "the plan line")
            #expect(page.text.contains(#"<a href="/runs/\#(rollout.id!)">Run \#(rollout.id!)</a>"#))
            #expect(page.text.contains("sync by dashboard:bo"), "who triggered it")
            #expect(page.text.contains("build succeeded (1.5 s)"), "stages with durations")
            #expect(page.text.contains("spec.resources.memory"), "drift findings")
            #expect(page.text.contains("<code>web.test/</code>"), "the router's route")
            #expect(page.text.contains(#"<span class="badge ok" id="route-state">in sync</span>"#))
            let routeless = try await server.send("GET", "/deployments/api", headers: login.headers)
            #expect(routeless.text.contains("none declared"), "a router but no route for it")
            #expect(page.text.contains(#"id="sync""#))
            #expect(page.text.contains(#"id="unpin""#), "pinned, so it can be unpinned")
            #expect(page.text.contains(#"id="cancel""#), "a rollout runs, so it can be cancelled")
            let idle = try await server.send("GET", "/deployments/api", headers: login.headers)
            #expect(idle.status == 200 && !idle.text.contains(#"id="cancel""#), "nothing to cancel: no button")
            #expect(page.text.contains(#"<option value="1">"#), "an older generation to roll back to")
            #expect(try await server.send("GET", "/deployments/nope", headers: login.headers).status == 404)
        }
    }

    @Test func routerSectionSaysWhyARouteDoesNotMatchAndWhenTheRouterIsDown() {
        let stale = RouterStatus(
            router: "Caddy at http://127.0.0.1:2019", reachable: true, error: nil,
            routes: [
                .init(
                    deployment: "web", host: "web.test", path: "/", upstream: "127.0.0.1:20001",
                    active: "127.0.0.1:20002", matches: false,
                    problem: "routes to 127.0.0.1:20001, not the active 127.0.0.1:20002")
            ])
        let route = DeploymentPage.routerValues(stale, of: "web")["route"] as? [String: Any]
        #expect(route?["tone"] as? String == "bad")
        #expect(route?["state"] as? String == "routes to 127.0.0.1:20001, not the active 127.0.0.1:20002")
        let down = RouterStatus(
            router: "Caddy at http://127.0.0.1:2019", reachable: false, error: "connection refused", routes: [])
        let values = DeploymentPage.routerValues(down, of: "web")
        #expect(values["reachable"] as? Bool == false && values["error"] as? String == "connection refused")
        #expect(values["route"] == nil)
    }

    @Test func everyActionIsRefusedWithoutASessionWithAWrongCSRFTokenAndWithAnExpiredSession() async throws {
        let clock = TestClock()
        let actions = FakeControllerActions()
        let settings = DashboardSettings(sessionLifetime: .seconds(3600))
        try await ControllerServerHarness.with(actions: actions, dashboard: settings, now: { clock.date }) { server in
            let login = try await Self.logIn(server)
            for kind in OperatorAction.Kind.allCases {
                let path = "/deployments/web/\(kind.rawValue)"
                let none = try await server.send(
                    "POST", path, headers: Self.form, body: .bytes(Array("csrf=\(login.csrf)".utf8)))
                #expect(none.status == 401, "\(kind) without a session")
                let wrong = try await server.send(
                    "POST", path, headers: Self.form + login.headers, body: .bytes(Array("csrf=0000".utf8)))
                #expect(wrong.status == 403, "\(kind) with a wrong CSRF token")
                let missing = try await server.send("POST", path, headers: Self.form + login.headers)
                #expect(missing.status == 403, "\(kind) without a CSRF token")
            }
            clock.advance(by: 3601)
            let expired = try await server.send(
                "POST", "/deployments/web/sync", headers: Self.form + login.headers,
                body: .bytes(Array("csrf=\(login.csrf)".utf8)))
            #expect(expired.status == 401)
            #expect(expired.text.contains("expired"))
            #expect(try await server.send("GET", "/", headers: login.headers).status == 303, "expired: log in again")
        }
        #expect(await actions.asked.isEmpty, "nothing refused reached the controller")
    }

    @Test func actionsAreDoneAndRecordedWithWhoAsked() async throws {
        let actions = FakeControllerActions()
        try await ControllerServerHarness.with(actions: actions) { server in
            let login = try await Self.logIn(server, name: "ana")
            func post(_ action: String, _ extra: String = "") async throws -> ControllerServerHarness.Answer {
                try await server.send(
                    "POST", "/deployments/web/\(action)", headers: Self.form + login.headers,
                    body: .bytes(Array("csrf=\(login.csrf)\(extra)".utf8)))
            }
            let sync = try await post("sync")
            #expect(sync.status == 303)
            #expect(sync.location == "/deployments/web?flash=sync-queued", "no rollout started within 3 s")
            #expect(try await post("rollback", "&generation=1").location == "/deployments/web?flash=rolled-back")
            #expect(try await post("unpin").location == "/deployments/web?flash=unpinned")
            #expect(try await post("suspend").location == "/deployments/web?flash=suspended")
            #expect(try await post("resume").location == "/deployments/web?flash=not-suspended")
            #expect(try await post("cancel").location == "/deployments/web?flash=cancelled")
            #expect(try await post("restart").status == 404)
            let flashed = try await server.send("GET", "/deployments/web?flash=unpinned", headers: login.headers)
            #expect(flashed.text.contains("Pin lifted"))
        }
        let asked = await actions.asked
        #expect(asked.map(\.kind) == [.sync, .rollback, .unpin, .suspend, .resume, .cancel])
        #expect(asked.allSatisfy { $0.actor == "dashboard:ana" && $0.deployment == "web" })
        #expect(await actions.rollbacks.map(\.generation) == [1])
    }

    @Test func syncGoesToTheRunItStarted() async throws {
        let actions = FakeControllerActions()
        try await ControllerServerHarness.with(actions: actions) { server in
            let login = try await Self.logIn(server)
            let history = actions.history
            let starter = Task {
                try await Task.sleep(for: .milliseconds(300))
                return try await Self.runningRollout(in: history, deployment: "web")
            }
            let sync = try await server.send(
                "POST", "/deployments/web/sync", headers: Self.form + login.headers,
                body: .bytes(Array("csrf=\(login.csrf)".utf8)))
            let started = try await starter.value
            #expect(sync.location == "/runs/\(started.id!)")
        }
    }

    @Test func logoutEndsTheSession() async throws {
        try await ControllerServerHarness.with { server in
            let login = try await Self.logIn(server)
            let out = try await server.send(
                "POST", "/logout", headers: Self.form + login.headers, body: .bytes(Array("csrf=\(login.csrf)".utf8)))
            #expect(out.status == 303)
            #expect(out.setCookie?.contains("Max-Age=0") == true)
            #expect(try await server.send("GET", "/", headers: login.headers).status == 303)
        }
    }

    @Test func runPageShowsStagesAndPagesALargeLogUnder256KilobytesAPage() async throws {
        let actions = FakeControllerActions()
        let rollout = try await Self.finishedRollout(in: actions.history, deployment: "web")
        let id = rollout.id!
        // 5 MB of build output: 50,000 lines of 100 bytes.
        let lines = (0..<50_000).map { index in
            RolloutLogLine(
                rolloutID: id, stage: "build",
                text: String(format: "line %06d ", index) + String(repeating: "x", count: 88))
        }
        try await actions.history.record([], lines: lines)
        try await ControllerServerHarness.with(actions: actions, dashboard: DashboardSettings(isPublic: true)) {
            server in
            let last = try await server.send("GET", "/runs/\(id)")
            #expect(last.status == 200)
            #expect(last.text.utf8.count <= 256 << 10, "\(last.text.utf8.count) bytes")
            #expect(last.text.contains("line 049999"))
            #expect(!last.text.contains("line 000000"))
            #expect(last.text.contains(#"<strong>build</strong> succeeded · 1.5 s"#))
            #expect(!last.text.contains("data-stream"), "a finished run is not followed live")
            let earlier = try #require(last.text.firstMatch(of: /href="\?before=(\d+)"/)?.1)
            let first = try await server.send("GET", "/runs/\(id)?after=0")
            #expect(first.text.contains("line 000000"))
            #expect(first.text.utf8.count <= 256 << 10)
            let previous = try await server.send("GET", "/runs/\(id)?before=\(earlier)")
            #expect(previous.text.utf8.count <= 256 << 10)
            let shown = previous.text.matches(of: /line (\d{6})/).compactMap { Int($0.1) }
            #expect(shown.last.map { $0 + 1 } == last.text.firstMatch(of: /line (\d{6})/).flatMap { Int($0.1) })
            #expect(try await server.send("GET", "/runs/999").status == 404)
            #expect(try await server.send("GET", "/runs/x").status == 404)
        }
    }

    @Test func liveLogArrivesOverServerSentEventsAndEndsWithTheResult() async throws {
        let actions = FakeControllerActions()
        let history = actions.history
        let rollout = try await Self.runningRollout(in: history, deployment: "web")
        let id = rollout.id!
        try await history.record([], lines: [RolloutLogLine(rolloutID: id, stage: "build", text: "before")])
        try await ControllerServerHarness.with(actions: actions, dashboard: DashboardSettings(isPublic: true)) {
            server in
            let page = try await server.send("GET", "/runs/\(id)")
            let stream = try #require(page.text.firstMatch(of: /data-stream="([^"]+)"/)?.1)
            let target = String(stream).replacingOccurrences(of: "&amp;", with: "&")
            let writer = Task {
                try await Task.sleep(for: .milliseconds(200))
                try await history.record([], lines: [RolloutLogLine(rolloutID: id, stage: "build", text: "live <1>")])
                try await history.record(
                    [StageTransition(rolloutID: id, stage: "build", state: "succeeded", message: "built")])
                try await history.finish(id, result: .succeeded)
            }
            let response = try await server.client.execute(
                HTTPRequest(method: "GET", target: target, timeout: .seconds(10)))
            #expect(response.header("content-type")?.hasPrefix("text/event-stream") == true)
            var text = ""
            for try await chunk in response.body { text += String(decoding: chunk, as: UTF8.self) }
            try await writer.value
            #expect(!text.contains(#""text":"before""#), "lines on the page are not sent again")
            #expect(text.contains("event: line\n"))
            #expect(text.contains(#""text":"live <1>""#))
            #expect(text.contains("event: stage\n"))
            #expect(text.contains("event: end\n"))
            #expect(text.contains(#""result":"succeeded""#))

            let resumed = try await server.client.execute(
                HTTPRequest(
                    method: "GET", target: "/runs/\(id)/events", headers: [("Last-Event-ID", "0.0")],
                    timeout: .seconds(10)))
            var all = ""
            for try await chunk in resumed.body { all += String(decoding: chunk, as: UTF8.self) }
            #expect(all.contains(#""text":"before""#))
            #expect(all.contains(#""text":"live <1>""#))
            #expect(all.hasSuffix("\n\n"))
        }
    }

    @Test func planPageShowsWhatBerthPlanComputedForTheHeadCommit() async throws {
        let actions = FakeControllerActions()
        try await actions.history.save(
            PullRequestPlan(
                headCommit: "abc123", number: 7, state: "failure", summary: "1 to create, 1 invalid",
                entries: [
                    .init(deployment: "web", action: "create", detail: "new deployment"),
                    .init(deployment: "api", action: "invalid", detail: "api.yaml:4:3: spec.ports: <b>bad</b>"),
                ]))
        try await ControllerServerHarness.with(actions: actions) { server in
            let login = try await Self.logIn(server)
            let page = try await server.send("GET", "/plans/abc123", headers: login.headers)
            #expect(page.status == 200)
            #expect(page.text.contains("pull request #7"))
            #expect(page.text.contains("1 to create, 1 invalid"))
            #expect(page.text.contains("&lt;b&gt;bad&lt;/b&gt;"), "escaped")
            #expect(try await server.send("GET", "/plans/fff", headers: login.headers).status == 404)
        }
    }

    @Test func pagesCarrySecurityHeadersAndAssetsAreServed() async throws {
        try await ControllerServerHarness.with { server in
            let client = server.client
            let login = try await client.execute(HTTPRequest(method: "GET", target: "/login", timeout: .seconds(5)))
            #expect(login.header("content-security-policy")?.contains("frame-ancestors 'none'") == true)
            #expect(login.header("x-content-type-options") == "nosniff")
            let css = try await server.send("GET", "/assets/berth.css")
            #expect(css.status == 200)
            #expect(css.contentType == "text/css; charset=utf-8")
            #expect(css.text.contains("prefers-color-scheme: dark"))
            let script = try await server.send("GET", "/assets/berth.js")
            #expect(script.text.contains("EventSource"))
        }
    }

    @Test func apiActionsNeedTheBearerTokenAndAreRecordedAsTheAPI() async throws {
        let actions = FakeControllerActions()
        try await ControllerServerHarness.with(actions: actions) { server in
            for action in ["unpin", "suspend", "resume", "cancel"] {
                #expect(try await server.send("POST", "/api/v1/deployments/web/\(action)").status == 401)
                let done = try await server.send(
                    "POST", "/api/v1/deployments/web/\(action)", headers: ControllerHTTPServerTests.bearer)
                #expect(done.status == 200, "\(action): \(done.text)")
            }
            let unknown = try await server.send(
                "POST", "/api/v1/deployments/nope/suspend", headers: ControllerHTTPServerTests.bearer)
            #expect(unknown.status == 404)
            let idle = try await server.send(
                "POST", "/api/v1/deployments/api/cancel", headers: ControllerHTTPServerTests.bearer)
            #expect(idle.status == 200 && idle.text.contains(#""status":"not running""#), "\(idle.text)")
        }
        #expect(await actions.asked.map(\.actor) == ["api", "api", "api", "api", "api"])
    }

    // MARK: fixtures

    /// A finished rollout of generation 2 with a build stage of 1.5 s.
    static func finishedRollout(in history: History, deployment: String) async throws -> Rollout {
        let started = Date(timeIntervalSince1970: 1_790_000_000)
        var first = try await history.begin(
            Rollout(
                deployment: deployment, generation: 0, configCommit: "c0ffee", appCommit: "aaa111", image: "i",
                specHash: "h1", strategy: "start-first", startedAt: started.addingTimeInterval(-60)))
        try await history.finish(first.id!, result: .succeeded, at: started.addingTimeInterval(-50))
        first.result = .succeeded
        let rollout = try await history.begin(
            Rollout(
                deployment: deployment, generation: 0, configCommit: "c0ffee", appCommit: "abc123", image: "i",
                specHash: "h2", strategy: "start-first", startedAt: started))
        try await history.record([
            StageTransition(rolloutID: rollout.id!, stage: "build", state: "started", message: "", at: started),
            StageTransition(
                rolloutID: rollout.id!, stage: "build", state: "succeeded", message: "built",
                at: started.addingTimeInterval(1.5)),
        ])
        try await history.finish(rollout.id!, result: .succeeded, at: started.addingTimeInterval(2))
        return try #require(try await history.rollout(rollout.id!))
    }

    /// A rollout that has started and not ended.
    static func runningRollout(in history: History, deployment: String) async throws -> Rollout {
        try await history.begin(
            Rollout(
                deployment: deployment, generation: 0, configCommit: "c0ffee", appCommit: "abc123", image: "i",
                specHash: "h3", strategy: "start-first"))
    }
}
