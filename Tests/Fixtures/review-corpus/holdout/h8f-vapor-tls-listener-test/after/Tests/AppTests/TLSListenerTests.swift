import AsyncHTTPClient
import NIOSSL
import XCTVapor
@testable import App

/// Boots the real HTTPS listener on 127.0.0.1 with the throwaway self-signed
/// cert in Tests/AppTests/Fixtures and checks the HSTS header survives TLS.
final class TLSListenerTests: XCTestCase {
    private var app: Application!

    override func setUp() async throws {
        app = try await Application.make(.testing)
        let chain = try NIOSSLCertificate.fromPEMFile(fixture("localhost-cert.pem"))
        let key = try NIOSSLPrivateKey(file: fixture("localhost-key.pem"), format: .pem)
        app.http.server.configuration.hostname = "127.0.0.1"
        app.http.server.configuration.port = 0
        app.http.server.configuration.tlsConfiguration = .makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) },
            privateKey: .privateKey(key)
        )
        try await configure(app)
        try await app.startup()
    }

    override func tearDown() async throws {
        try await app.asyncShutdown()
        app = nil
    }

    func testHealthOverTLSSendsHSTS() async throws {
        let port = try XCTUnwrap(app.http.server.shared.localAddress?.port)

        // Self-signed fixture cert, loopback only: nothing to verify it against.
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .none
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(tlsConfiguration: tls))

        let response = try await client.execute(
            HTTPClientRequest(url: "https://127.0.0.1:\(port)/health"),
            timeout: .seconds(5)
        )
        try await client.shutdown()

        XCTAssertEqual(response.status, .ok)
        XCTAssertEqual(
            response.headers.first(name: "strict-transport-security"),
            "max-age=63072000; includeSubDomains"
        )
    }

    private func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(name)")
            .path
    }
}
