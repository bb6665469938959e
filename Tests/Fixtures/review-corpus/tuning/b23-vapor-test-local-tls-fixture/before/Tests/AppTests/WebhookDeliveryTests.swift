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

    func testListDeliveriesRequiresAuth() async throws {
        try await app.test(.GET, "api/v1/webhooks/deliveries") { res async in
            XCTAssertEqual(res.status, .unauthorized)
        }
    }
}
