import Foundation
import Hummingbird
import Logging
import NIOCore

/// The handlers behind ``ControllerHTTPServer``'s routes: they map HTTP to ``ControllerActions`` calls and the
/// results back to HTTP, and hold no state of their own.
struct ControllerRoutes: Sendable {
    /// The largest webhook body read (1 MiB); larger ones are answered 413 unread.
    static let maximumHookBody = WebhookReceiver.defaultMaximumBodySize
    /// The largest API request body read (a rollback's `{"generation": N}`).
    static let maximumAPIBody = 64 << 10

    let actions: any ControllerActions
    let token: BearerTokenCheck
    let metrics: ControllerMetrics
    let logger: Logger
    /// The pages at `/`.
    let dashboard: Dashboard

    /// A router with every route of DESIGN §6.
    func router() -> Hummingbird.Router<BasicRequestContext> {
        let router = Hummingbird.Router()
        router.post("/hooks/{provider}") { request, context in try await hook(request, context) }
        router.get("/healthz") { _, _ in Response.text("ok") }
        router.get("/readyz") { _, _ in
            guard actions.isReady else {
                return Response.text("not ready: the first pass has not finished", status: 503)
            }
            return Response.text("ready")
        }
        router.get("/metrics") { _, _ in
            var body: [UInt8] = []
            metrics.emit(into: &body)
            return Response.bytes(body, status: 200, contentType: "text/plain; version=0.0.4; charset=utf-8")
        }
        addAPI(to: router.group("/api/v1"))
        dashboard.addRoutes(to: router)
        return router
    }

    /// `POST /hooks/{provider}`: the body (up to 1 MiB) goes to ``ControllerActions/webhook(_:headers:body:)``,
    /// whose outcome is the answer. Every request is counted in `berth_webhook_requests_total`, one for an unknown
    /// provider as `provider="unknown"` (the path is not a label value, so it cannot grow the metric).
    private func hook(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let name = context.parameters.get("provider") ?? ""
        guard let provider = WebhookProvider(rawValue: name) else {
            metrics.recordWebhook(provider: "unknown", result: "not_found")
            let valid = WebhookProvider.allCases.map(\.rawValue).joined(separator: ", ")
            return .text("no webhook provider \"\(name)\"; the providers are \(valid)", status: 404)
        }
        let outcome: WebhookOutcome
        if let body = try await Self.body(of: request, upTo: Self.maximumHookBody) {
            let headers = WebhookHeaders(request.headers.map { ($0.name.canonicalName, $0.value) })
            outcome = await actions.webhook(provider, headers: headers, body: body)
        } else {
            outcome = .tooLarge(limit: Self.maximumHookBody)
        }
        metrics.recordWebhook(provider: provider.rawValue, result: outcome.metricResult)
        logger.info(
            "webhook answered",
            metadata: ["webhook.provider": "\(provider.rawValue)", "http.status": "\(outcome.httpStatus)"]
        )
        return .text(outcome.message, status: outcome.httpStatus)
    }

    /// The request's body; nil when it is larger than `limit`, which a `Content-Length` over it says before any
    /// byte is read.
    static func body(of request: Request, upTo limit: Int) async throws -> [UInt8]? {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { return nil }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            return nil
        }
    }
}

extension WebhookOutcome {
    /// The `result` label of `berth_webhook_requests_total`.
    fileprivate var metricResult: String {
        switch self {
        case .accepted: "accepted"
        case .ignored: "ignored"
        case .unauthorized: "unauthorized"
        case .tooLarge: "too_large"
        case .malformed: "malformed"
        case .unavailable: "unavailable"
        }
    }
}
