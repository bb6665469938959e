import Foundation
import HTTPTypes
import Hummingbird
import Logging
package import Manifest
import Mustache

/// The dashboard `berth run` serves at `/` (DESIGN §13): overview, deployment, run and plan pages rendered on the
/// server, a run's log followed live over server-sent events, and the actions (sync, rollback, unpin, suspend,
/// resume) behind a login with the API token.
///
/// A login trades the token for a session cookie (HTTP-only, `SameSite=Strict`); every action's form carries the
/// session's CSRF token, and history records who asked. Read pages are open only with `dashboard.public: true`.
struct Dashboard: Sendable {
    /// The most log text one run page holds; the page itself stays under 256 KB.
    static let logPageBytes = 192 << 10
    /// How long a rollout's event stream stays open before the browser reconnects (with `Last-Event-ID`).
    static let streamLifetime = Duration.seconds(300)

    let actions: any ControllerActions
    let token: BearerTokenCheck
    let sessions: DashboardSessions
    let loginThrottle: LoginThrottle
    let settings: DashboardSettings
    let logger: Logger
    let now: @Sendable () -> Date
    private let library: MustacheLibrary
    private let version: String

    init(
        actions: any ControllerActions, token: BearerTokenCheck, settings: DashboardSettings, version: String,
        logger: Logger, now: @escaping @Sendable () -> Date = { Date() }
    ) throws {
        self.actions = actions
        self.token = token
        self.settings = settings
        self.version = version
        self.logger = logger
        self.now = now
        sessions = DashboardSessions(lifetime: settings.sessionLifetime, now: now)
        loginThrottle = LoginThrottle(now: now)
        library = try DashboardTemplates.library()
    }

    /// Adds the dashboard's routes to `router`.
    func addRoutes(to router: Hummingbird.Router<BasicRequestContext>) {
        router.get("/") { request, _ in try await page(request) { try await overview(request, $0) } }
        router.get("/deployments/{name}") { request, context in
            try await page(request) {
                try await deployment(
                    try context.parameters.require("name"), flash: request.uri.queryParameters["flash"], session: $0)
            }
        }
        router.get("/runs/{id}") { request, context in
            try await page(request) { try await run(try context.parameters.require("id"), request, session: $0) }
        }
        router.get("/runs/{id}/events") { request, context in
            guard settings.isPublic || session(request) != nil else {
                return Response.text("log in to follow a run", status: 401)
            }
            return try await events(try context.parameters.require("id"), request)
        }
        router.get("/plans/{commit}") { request, context in
            try await page(request) { try await plan(try context.parameters.require("commit"), session: $0) }
        }
        router.get("/login") { request, _ in
            html("login", title: "Log in", session: nil, ["next": safeNext(request.uri.queryParameters["next"])])
        }
        router.post("/login") { request, _ in try await login(request) }
        router.post("/logout") { request, _ in try await logout(request) }
        router.post("/deployments/{name}/{action}") { request, context in
            try await act(try context.parameters.require("name"), try context.parameters.require("action"), request)
        }
        router.get("/assets/berth.css") { _, _ in
            asset(DashboardAssets.stylesheet, contentType: "text/css; charset=utf-8")
        }
        router.get("/assets/berth.js") { _, _ in
            asset(DashboardAssets.script, contentType: "text/javascript; charset=utf-8")
        }
    }

    // MARK: pages

    /// A read page: rendered for a session, or for anyone when the dashboard is public; otherwise a redirect to the
    /// login page that comes back here.
    private func page(_ request: Request, _ render: (DashboardSessions.Session?) async throws -> Response)
        async throws -> Response
    {
        let session = session(request)
        guard settings.isPublic || session != nil else {
            let next = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            return redirect("/login?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
        }
        do {
            return try await render(session)
        } catch let error as DashboardError {
            return html(
                "message", title: error.heading, session: session, status: error.status,
                ["heading": error.heading, "text": error.text, "back": "/"])
        }
    }

    private func overview(_ request: Request, _ session: DashboardSessions.Session?) async throws -> Response {
        let filter = OverviewFilter(
            query: request.uri.queryParameters["q"].map(String.init) ?? "",
            condition: request.uri.queryParameters["condition"].map(String.init) ?? "")
        return html("overview", title: "Deployments", session: session, try await overviewValues(filter))
    }

    /// The overview's values for `filter`: the counts over every deployment, the rows `filter` admits.
    func overviewValues(_ filter: OverviewFilter) async throws -> [String: Any] {
        let summaries = try await actions.summaries()
        let time = now()
        var rows: [OverviewRow] = []
        var tally: [String: Int] = [:]
        for summary in summaries {
            let shown = OverviewCondition(summary)
            tally[shown.rawValue, default: 0] += 1
            if summary.isDrifted { tally["drifted", default: 0] += 1 }
            if summary.status.pinnedGeneration != nil { tally["pinned", default: 0] += 1 }
            if filter.admits(summary, shownAs: shown) { rows.append(OverviewRow(summary, shownAs: shown, now: time)) }
        }
        let total = summaries.count == 1 ? "deployment" : "deployments"
        var counts = [OverviewCount(key: "", label: total, count: summaries.count, tone: "")]
        for condition in OverviewCondition.allCases where tally[condition.rawValue] != nil {
            counts.append(
                OverviewCount(
                    key: condition.rawValue, label: condition.label.lowercased(), count: tally[condition.rawValue]!,
                    tone: condition.tone))
        }
        for (key, tone) in [("drifted", "warn"), ("pinned", "")] where tally[key] != nil {
            counts.append(OverviewCount(key: key, label: key, count: tally[key]!, tone: tone))
        }
        let conditions = OverviewFilter.choices.map { choice -> [String: Any] in
            ["key": choice.key, "label": choice.label, "selected": choice.key == filter.condition]
        }
        return ["counts": counts, "rows": rows, "query": filter.query, "conditions": conditions]
    }

    /// Renders the overview the way `GET /` does, without HTTP (`berth bench dashboard`).
    func renderOverview() async throws -> String {
        render(
            "overview", title: "Deployments", session: nil,
            try await overviewValues(OverviewFilter(query: "", condition: "")))
    }

    private func deployment(_ name: String, flash: Substring?, session: DashboardSessions.Session?) async throws
        -> Response
    {
        guard let summary = try await actions.summaries().first(where: { $0.status.name == name }) else {
            throw DashboardError.notFound("no deployment named \"\(name)\"")
        }
        var values = try await DeploymentPage.values(summary, actions: actions, session: session, now: now())
        values["flash"] = flash.flatMap { Self.flashes[String($0)] }
        return html("deployment", title: name, session: session, values)
    }

    /// What the deployment page says after an action redirected to it, by the `?flash=` key.
    static let flashes = [
        "sync-queued": "Reconcile queued: nothing needed rolling out yet, or the queue is busy.",
        "rolled-back": "Rolled back and pinned.", "unpinned": "Pin lifted; a reconcile is queued.",
        "not-pinned": "It was not pinned.", "suspended": "Suspended: passes leave it as it runs until you resume it.",
        "resumed": "Resumed; a reconcile is queued.", "not-suspended": "It was not suspended from the dashboard.",
        "cancelled": "Cancel sent: the rollout stops at its next safe point; the generation before serves on.",
        "not-rolling-out": "No rollout was running: nothing to cancel.",
    ]

    private func run(_ text: String, _ request: Request, session: DashboardSessions.Session?) async throws -> Response {
        guard let id = Int64(text) else { throw DashboardError.notFound("run id \"\(text)\" is not a number") }
        guard let rollout = try await actions.history.rollout(id) else {
            throw DashboardError.notFound("no run with id \(id)")
        }
        let query = request.uri.queryParameters
        let values = try await RunPage.values(
            rollout, history: actions.history, after: query["after"].flatMap { Int64($0) },
            before: query["before"].flatMap { Int64($0) }, maximumBytes: Self.logPageBytes, now: now())
        return html("run", title: "Run \(id) of \(rollout.deployment)", session: session, values)
    }

    private func plan(_ commit: String, session: DashboardSessions.Session?) async throws -> Response {
        guard let plan = try await actions.history.pullRequestPlan(commit) else {
            throw DashboardError.notFound("no plan was computed for commit \(commit)")
        }
        let tone = plan.state == "success" ? "ok" : "bad"
        let values: [String: Any] = [
            "number": plan.number, "state": plan.state, "tone": tone, "summary": plan.summary,
            "headCommit": plan.headCommit, "at": TimeView(plan.at, now: now()), "entries": plan.entries,
        ]
        return html("plan", title: "Plan of #\(plan.number)", session: session, values)
    }

    // MARK: live log

    /// `GET /runs/{id}/events`: the run's new log lines (`line`), stage transitions (`stage`) and, once it has
    /// ended, its result (`end`) as server-sent events, from the cursor `?after=&transition=` or `Last-Event-ID`.
    private func events(_ text: String, _ request: Request) async throws -> Response {
        guard let id = Int64(text), try await actions.history.rollout(id) != nil else {
            return Response.text("no run \(text)", status: 404)
        }
        let cursor = RunEventStream.Cursor(
            lastEventID: request.headers[HTTPField.Name("Last-Event-ID")!],
            after: request.uri.queryParameters["after"].flatMap { Int64($0) },
            transition: request.uri.queryParameters["transition"].flatMap { Int64($0) })
        let stream = RunEventStream(history: actions.history, rolloutID: id, lifetime: Self.streamLifetime)
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
                HTTPField.Name("X-Accel-Buffering")!: "no",
            ],
            body: ResponseBody { writer in
                try await stream.send(from: cursor) { chunk in try await writer.write(ByteBuffer(string: chunk)) }
                try await writer.finish(nil)
            }
        )
    }

    // MARK: login and actions

    /// The live session the request's cookie names.
    func session(_ request: Request) -> DashboardSessions.Session? {
        sessions.session(cookieHeader: request.headers[.cookie])
    }

    /// `POST /login`: the API token for a session cookie, then back to `next`. Refused for a while after too many
    /// wrong tokens (``LoginThrottle``). The cookie is `Secure` when a proxy says the browser came over HTTPS.
    private func login(_ request: Request) async throws -> Response {
        let form = try await FormBody(request)
        let next = safeNext(form["next"].map { Substring($0) })
        if let seconds = loginThrottle.wait() {
            logger.notice("dashboard login refused: too many wrong tokens", metadata: ["retryAfter": "\(seconds)"])
            var response = html(
                "login", title: "Log in", session: nil, status: 429,
                [
                    "next": next,
                    "flash": "Too many wrong tokens in the last minute: try again in \(seconds) s.",
                ])
            response.headers[.retryAfter] = String(seconds)
            return response
        }
        guard let presented = form["token"], token.accepts(presented) else {
            loginThrottle.refused()
            logger.notice("dashboard login refused: wrong token")
            return html(
                "login", title: "Log in", session: nil, status: 401,
                ["next": next, "flash": "That is not the API token in api.tokenFile."])
        }
        let session = sessions.create(name: form["name"] ?? "")
        logger.info("dashboard login", metadata: ["actor": "\(session.actor)"])
        let secure = request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https"
        return redirect(next, headers: [.setCookie: sessions.setCookie(session, secure: secure)])
    }

    private func logout(_ request: Request) async throws -> Response {
        let form = try await FormBody(request)
        if let session = session(request), sessions.accepts(session, csrf: form["csrf"]) { sessions.end(session) }
        return redirect("/login", headers: [.setCookie: DashboardSessions.clearCookie])
    }

    /// `POST /deployments/{name}/{action}`: refused with 401 without a live session and 403 without its CSRF
    /// token; otherwise done, recorded with who asked, and answered with a redirect to what to look at next.
    private func act(_ name: String, _ actionName: String, _ request: Request) async throws -> Response {
        guard let kind = OperatorAction.Kind(rawValue: actionName) else {
            return message(
                404, "No such action",
                "\(actionName) is not an action; the actions are "
                    + OperatorAction.Kind.allCases.map(\.rawValue).joined(separator: ", "), session: nil)
        }
        guard let session = session(request) else {
            return message(
                401, "Log in first", "Your session is missing or has expired: log in again to \(kind.rawValue).",
                session: nil, back: "/login?next=/deployments/\(name)")
        }
        let form = try await FormBody(request)
        guard sessions.accepts(session, csrf: form["csrf"]) else {
            logger.notice("dashboard action refused: wrong CSRF token", metadata: ["actor": "\(session.actor)"])
            return message(
                403, "Refused", "The form's CSRF token is not this session's: reload the page and try again.",
                session: session)
        }
        let page = "/deployments/\(name)"
        do {
            switch kind {
            case .sync:
                let before = try await actions.history.rollouts(of: name, limit: 1).first?.id ?? 0
                guard await actions.sync(name, by: session.actor) else {
                    throw DashboardError.notFound("no deployment named \"\(name)\"")
                }
                if let started = try await newRollout(of: name, after: before) { return redirect("/runs/\(started)") }
                return redirect(page + "?flash=sync-queued")
            case .rollback:
                let generation = form["generation"].flatMap { Int($0) }
                _ = try await actions.rollback(name, to: generation, by: session.actor)
                return redirect(page + "?flash=rolled-back")
            case .unpin:
                let done = try await actions.unpin(name, by: session.actor)
                return redirect(page + (done ? "?flash=unpinned" : "?flash=not-pinned"))
            case .suspend:
                guard try await actions.suspend(name, by: session.actor) else {
                    throw DashboardError.notFound("no deployment named \"\(name)\"")
                }
                return redirect(page + "?flash=suspended")
            case .resume:
                let done = try await actions.resume(name, by: session.actor)
                return redirect(page + (done ? "?flash=resumed" : "?flash=not-suspended"))
            case .cancel:
                let done = await actions.cancel(name, by: session.actor)
                return redirect(page + (done ? "?flash=cancelled" : "?flash=not-rolling-out"))
            }
        } catch let error as DashboardError {
            return message(error.status, error.heading, error.text, session: session)
        } catch let error as RollbackError {
            return message(409, "Cannot roll back", error.description, session: session, back: page)
        }
    }

    /// The id of a rollout of `deployment` newer than `before` that starts within 3 s of a sync; nil when none
    /// does (nothing to roll out, or the queue is busy).
    private func newRollout(of deployment: String, after before: Int64) async throws -> Int64? {
        for _ in 0..<30 {
            if let id = try await actions.history.rollouts(of: deployment, limit: 1).first?.id, id > before {
                return id
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        return nil
    }

    // MARK: rendering

    /// `name` rendered with `values`, the layout's title, session and version, as an HTML response.
    private func html(
        _ name: String, title: String, session: DashboardSessions.Session?, status: Int = 200,
        _ values: [String: Any] = [:]
    ) -> Response {
        let body = render(name, title: title, session: session, values)
        var headers = Self.securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentLength] = String(body.utf8.count)
        return Response(
            status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    private func render(_ name: String, title: String, session: DashboardSessions.Session?, _ values: [String: Any])
        -> String
    {
        var context = values
        context["title"] = title
        context["version"] = version
        if let session { context["session"] = ["actor": session.actor, "csrf": session.csrf] }
        return library.render(context, withTemplate: name) ?? ""
    }

    private func message(
        _ status: Int, _ heading: String, _ text: String, session: DashboardSessions.Session?, back: String = "/"
    ) -> Response {
        html(
            "message", title: heading, session: session, status: status,
            ["heading": heading, "text": text, "back": back])
    }

    private func redirect(_ location: String, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    private func asset(_ text: String, contentType: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: contentType, .cacheControl: "public, max-age=300",
                .contentLength: String(text.utf8.count),
            ],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A path on this server to go to after logging in: anything else (another host, `//host`) becomes `/`.
    private func safeNext(_ next: Substring?) -> String {
        guard let next = next.map(String.init)?.removingPercentEncoding, next.hasPrefix("/"), !next.hasPrefix("//"),
            !next.contains("\\"), !next.contains("\r"), !next.contains("\n")
        else { return "/" }
        return next
    }

    /// Headers every page carries: no framing, no inline script or style, no sniffing, no referrer elsewhere.
    static let securityHeaders: HTTPFields = [
        HTTPField.Name("Content-Security-Policy")!:
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; form-action 'self'",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "same-origin",
        .cacheControl: "no-store",
    ]
}

/// A page that cannot be shown, with the status and words to answer with.
struct DashboardError: Error {
    let status: Int
    let heading: String
    let text: String

    static func notFound(_ text: String) -> DashboardError {
        DashboardError(status: 404, heading: "Not found", text: text)
    }
}

/// An `application/x-www-form-urlencoded` request body (up to 64 KiB), by field name.
struct FormBody {
    private let fields: [String: String]

    init(_ request: Request) async throws {
        let bytes = try await ControllerRoutes.body(of: request, upTo: 64 << 10) ?? []
        self.init(String(decoding: bytes, as: UTF8.self))
    }

    init(_ text: String) {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (part: Substring) in
                part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let key = parts.first.map(decode), fields[key] == nil else { continue }
            fields[key] = parts.count > 1 ? decode(parts[1]) : ""
        }
        self.fields = fields
    }

    subscript(name: String) -> String? { fields[name] }
}
