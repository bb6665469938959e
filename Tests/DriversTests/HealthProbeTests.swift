#if canImport(Glibc)
import Glibc
#endif
import Drivers
import Foundation
import TestSupport
import Testing

@Suite struct HealthProbeTests {
    /// busybox httpd serving `site` on 127.0.0.1 at a free port; killed on release.
    final class StaticSite: Sendable {
        let port: Int
        private let server: Process

        init(serving site: URL) throws {
            port = try GitLoopbackPort.free()
            server = Process()
            server.executableURL = URL(fileURLWithPath: "/bin/busybox")
            server.arguments = ["httpd", "-f", "-p", "127.0.0.1:\(port)", "-h", site.path]
            try server.run()
            guard GitLoopbackPort.waitUntilAccepting(port) else { throw POSIXError(.ECONNREFUSED) }
        }

        deinit {
            // SIGKILL: a child started from a test thread inherits its blocked SIGTERM.
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
    }

    @Test func tcpPassesWhenSomethingListensAndFailsNamingThePortOtherwise() async throws {
        let site = try TemporaryDirectory()
        let server = try StaticSite(serving: site.url)
        #expect(await HealthProbe.tcp.check(port: server.port, timeout: .seconds(1)) == .passed)
        let closedPort = try GitLoopbackPort.free()
        let outcome = await HealthProbe.tcp.check(port: closedPort, timeout: .seconds(1))
        guard case .failed(let reason) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(reason.contains("127.0.0.1:\(closedPort)"))
    }

    @Test func httpComparesTheStatusWithTheExpectedOne() async throws {
        let site = try TemporaryDirectory()
        try site.write("ok\n", to: "healthz")
        let server = try StaticSite(serving: site.url)
        #expect(
            await HealthProbe.http(path: "/healthz", expectStatus: 200).check(port: server.port, timeout: .seconds(1))
                == .passed
        )
        #expect(
            await HealthProbe.http(path: "/missing", expectStatus: 200).check(port: server.port, timeout: .seconds(1))
                == .failed("GET /missing answered 404, expected 200")
        )
    }
}
