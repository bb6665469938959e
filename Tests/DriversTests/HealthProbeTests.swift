#if canImport(Glibc)
import Glibc
#endif
import Drivers
import Foundation
import TestSupport
import Testing

@Suite struct HealthProbeTests {
    /// A listening socket on 127.0.0.1 at a free port; closed on release.
    final class Listener: Sendable {
        let descriptor: Int32
        let port: Int

        init() throws {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            self.descriptor = descriptor
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr = in_addr(s_addr: inet_addr("127.0.0.1"))
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(descriptor, $0, length) == 0 && listen(descriptor, 8) == 0
                        && getsockname(descriptor, $0, &length) == 0
                }
            }
            guard bound else { throw POSIXError(.EADDRINUSE) }
            port = Int(UInt16(bigEndian: address.sin_port))
        }

        deinit { close(descriptor) }
    }

    @Test func tcpPassesWhenSomethingListensAndFailsNamingThePortOtherwise() async throws {
        let listener = try Listener()
        #expect(await HealthProbe.tcp.check(port: listener.port, timeout: .seconds(1)) == .passed)
        let closedPort = try Listener().port
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
        let port = try Listener().port
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/bin/busybox")
        server.arguments = ["httpd", "-f", "-p", "127.0.0.1:\(port)", "-h", site.url.path]
        try server.run()
        defer {
            // SIGKILL: a child started from a test thread inherits its blocked SIGTERM.
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
        var outcome = HealthProbe.Outcome.failed("not tried")
        for _ in 0..<50 {
            outcome = await HealthProbe.http(path: "/healthz", expectStatus: 200).check(port: port, timeout: .seconds(1))
            if outcome == .passed { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(outcome == .passed)
        #expect(
            await HealthProbe.http(path: "/missing", expectStatus: 200).check(port: port, timeout: .seconds(1))
                == .failed("GET /missing answered 404, expected 200")
        )
    }
}
