import Foundation
import Logging
import TestSupport
import Testing

@testable import Drivers

/// TLS the way Docker's `tcp://host:2376` uses it: the server proven by a CA file, the client by its certificate.
/// The server is `openssl s_server -www` on 127.0.0.1, requiring a client certificate.
@Suite(
    .serialized,
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl"), "needs /usr/bin/openssl"))
struct HTTPSEndpointTests {
    @Test func clientCertificateAndCAFileReachAnHTTPSServer() async throws {
        let pki = try TestPKI()
        let server = try TLSServer(pki: pki)
        defer { server.stop() }
        let client = Self.client(.https(host: "127.0.0.1", port: server.port, tls: pki.clientTLS))
        let response = try await server.waitUntilServing {
            try await client.execute(HTTPRequest(method: "GET", target: "/", timeout: .seconds(5)))
        }
        #expect(response.status == 200)
        #expect(String(decoding: try await response.body.collect(upTo: 1 << 20), as: UTF8.self).contains("s_server"))
    }

    @Test func serverNotSignedByTheCAIsATLSError() async throws {
        let pki = try TestPKI()
        let other = try TestPKI()
        let server = try TLSServer(pki: pki)
        defer { server.stop() }
        let good = Self.client(.https(host: "127.0.0.1", port: server.port, tls: pki.clientTLS))
        _ = try await server.waitUntilServing {
            try await good.execute(HTTPRequest(method: "GET", target: "/", timeout: .seconds(5)))
        }
        var wrongCA = pki.clientTLS
        wrongCA.caFile = other.file("ca.pem")
        let client = Self.client(.https(host: "127.0.0.1", port: server.port, tls: wrongCA))
        let error = await #expect(throws: HTTPTransportError.self) {
            try await client.execute(HTTPRequest(method: "GET", target: "/", timeout: .seconds(5)))
        }
        #expect(error?.kind == .tls)
        #expect(error?.description.hasPrefix("GET https://127.0.0.1:\(server.port)/: ") == true)
    }

    static func client(_ endpoint: HTTPEndpoint) -> HTTPClient {
        HTTPClient(
            endpoint: endpoint, connectTimeout: .seconds(5),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
    }
}

/// A throwaway CA with a server certificate for 127.0.0.1 and a client certificate, made with the openssl CLI.
private struct TestPKI {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory(prefix: "berth-tls")
        try directory.write("subjectAltName=IP:127.0.0.1\n", to: "server.ext")
        let newKey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        try run(
            ["req", "-x509"] + newKey + [
                "-keyout", "ca.key", "-out", "ca.pem", "-days", "1", "-subj", "/CN=berth-test-ca",
            ])
        for name in ["server", "client"] {
            try run(
                ["req"] + newKey + ["-keyout", "\(name).key", "-out", "\(name).csr", "-subj", "/CN=berth-test-\(name)"])
            var sign = ["x509", "-req", "-in", "\(name).csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial"]
            sign += ["-out", "\(name).pem", "-days", "1"]
            try run(sign + (name == "server" ? ["-extfile", "server.ext"] : []))
        }
    }

    var clientTLS: HTTPEndpoint.TLS {
        HTTPEndpoint.TLS(caFile: file("ca.pem"), certFile: file("client.pem"), keyFile: file("client.key"))
    }

    func file(_ name: String) -> String { directory.url.appendingPathComponent(name).path }

    private func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = arguments
        process.currentDirectoryURL = directory.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(
                .fileWriteUnknown,
                userInfo: [NSLocalizedDescriptionKey: "openssl \(arguments.joined(separator: " ")) failed"])
        }
    }
}

/// `openssl s_server -www` on a free loopback port, requiring a client certificate signed by the CA.
private final class TLSServer: Sendable {
    let port: Int
    private let process: Process

    init(pki: TestPKI) throws {
        // A port the kernel just handed out, not a random pick: one another test's server holds makes s_server exit.
        port = try GitLoopbackPort.free()
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = [
            "s_server", "-accept", "127.0.0.1:\(port)", "-cert", pki.file("server.pem"), "-key", pki.file("server.key"),
            "-CAfile", pki.file("ca.pem"), "-Verify", "1", "-www", "-quiet",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Retries `attempt` while the server is still starting (connection refused), for up to ten seconds (openssl
    /// starts slowly on a machine busy with CI).
    func waitUntilServing<T>(_ attempt: () async throws -> T) async throws -> T {
        for _ in 0..<100 {
            do {
                return try await attempt()
            } catch let error as HTTPTransportError where error.kind == .unreachable {
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        return try await attempt()
    }

    /// SIGKILL: the child inherits the test runner thread's signal mask, where SIGTERM may be blocked.
    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
