@testable import App
import AsyncHTTPClient
import NIOCore
import XCTVapor

final class WebhookDeliveryTests: XCTestCase {
    var app: Application!

    override func setUp() async throws {
        app = try await Application.make(.testing)
        try await configure(app)
        try await app.autoMigrate()
    }

    override func tearDown() async throws {
        try await app.autoRevert()
        try await app.asyncShutdown()
        app = nil
    }

    func testSignatureHeaderIsStable() throws {
        let signer = WebhookSigner(secret: "unit-test-secret")
        let body = ByteBuffer(string: #"{"event":"ping"}"#)
        let first = signer.signature(for: body, timestamp: 1_700_000_000)
        let second = signer.signature(for: body, timestamp: 1_700_000_000)
        XCTAssertEqual(first, second)
        XCTAssertTrue(first.hasPrefix("t=1700000000,v1="))
    }

    func testDeliveryRecordsFailureForUnreachableHost() async throws {
        let hook = Webhook(url: "http://127.0.0.1:1/unreachable", secret: "s", ownerID: UUID())
        try await hook.save(on: app.db)

        let deliverer = WebhookDeliverer(client: app.http.client.shared, logger: app.logger)
        let result = await deliverer.deliver(event: "ping", payload: ["zen": "ok"], to: hook, on: app.db)

        XCTAssertEqual(result.status, .failed)
        let stored = try await WebhookDelivery.query(on: app.db).filter(\.$webhook.$id == hook.requireID()).all()
        XCTAssertEqual(stored.count, 1)
        XCTAssertEqual(stored.first?.attempts, 1)
    }

    func testDeliveryOverHTTPSToSelfSignedReceiver() async throws {
        // Local receiver with the throwaway cert in Tests/AppTests/Fixtures; never used outside this test.
        let receiver = try await TestHTTPSReceiver.start(
            certificatePath: fixturePath("localhost-selfsigned.pem"),
            keyPath: fixturePath("localhost-selfsigned.key"),
            host: "127.0.0.1"
        )
        defer { Task { try? await receiver.stop() } }

        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .none
        let client = HTTPClient(
            eventLoopGroupProvider: .shared(app.eventLoopGroup),
            configuration: .init(tlsConfiguration: tls)
        )
        defer { try? client.syncShutdown() }

        let hook = Webhook(url: "https://127.0.0.1:\(receiver.port)/hook", secret: "s", ownerID: UUID())
        try await hook.save(on: app.db)

        let deliverer = WebhookDeliverer(client: client, logger: app.logger)
        let result = await deliverer.deliver(event: "ping", payload: ["zen": "ok"], to: hook, on: app.db)

        XCTAssertEqual(result.status, .delivered)
        XCTAssertEqual(receiver.receivedRequests.count, 1)
        XCTAssertNotNil(receiver.receivedRequests.first?.headers.first(name: "X-Signature"))
    }

    func testListDeliveriesRequiresAuth() async throws {
        try await app.test(.GET, "api/v1/webhooks/deliveries") { res async in
            XCTAssertEqual(res.status, .unauthorized)
        }
    }
}
