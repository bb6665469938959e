import Drivers
import Foundation
import Logging
import Manifest
import Reconciler
import ServiceLifecycle
import TestSupport
import Testing

/// A ``ControllerHTTPServer`` running on a free loopback port for one test, and a client that talks to it.
struct ControllerServerHarness {
    /// One answer, its body read whole.
    struct Answer {
        let status: Int
        let contentType: String?
        let text: String
        /// `Location`, for redirects.
        var location: String? = nil
        /// `Set-Cookie`.
        var setCookie: String? = nil

        /// The body as a JSON object.
        var object: [String: Any] {
            get throws {
                try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            }
        }
    }

    static let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    let client: HTTPClient

    /// Starts a server, runs `body` against it, and shuts it down gracefully whatever `body` did.
    static func with(
        actions: FakeControllerActions = FakeControllerActions(), apiToken: String? = "s3cret\n",
        metrics: ControllerMetrics = ControllerMetrics(), dashboard: DashboardSettings = .default,
        now: @escaping @Sendable () -> Date = { Date() }, _ body: (ControllerServerHarness) async throws -> Void
    ) async throws {
        let port = try GitLoopbackPort.free()
        let server = try ControllerHTTPServer(
            listen: "127.0.0.1:\(port)", actions: actions, apiToken: apiToken, metrics: metrics, logger: quiet,
            dashboard: dashboard, now: now)
        let group = ServiceGroup(services: [server], logger: quiet)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            let failure: (any Error)?
            do {
                try #require(await GitLoopbackPort.untilAccepting(port), "the server never listened on \(port)")
                try await body(
                    ControllerServerHarness(
                        client: HTTPClient(endpoint: .tcp(host: "127.0.0.1", port: port), logger: quiet)))
                failure = nil
            } catch {
                failure = error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            if let failure { throw failure }
        }
        #expect(!GitLoopbackPort.accepts(port), "the server still listens after shutdown")
    }

    /// Sends one request and reads the whole answer.
    func send(
        _ method: String, _ target: String, headers: [(name: String, value: String)] = [],
        body: HTTPRequestBody = .empty
    ) async throws -> Answer {
        let response = try await client.execute(
            HTTPRequest(method: method, target: target, headers: headers, body: body, timeout: .seconds(10)))
        let bytes = try await response.body.collect(upTo: 1 << 20)
        return Answer(
            status: response.status, contentType: response.header("content-type"),
            text: String(decoding: bytes, as: UTF8.self), location: response.header("location"),
            setCookie: response.header("set-cookie"))
    }
}
