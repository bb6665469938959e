import Foundation
import Glibc
import Reconciler
import TestSupport
import Testing

/// `listen` as ``ControllerHTTPServer`` reads it.
@Suite struct ListenAddressTests {
    @Test(arguments: [
        ("127.0.0.1:8088", "127.0.0.1", 8088), ("[::1]:9000", "::1", 9000), ("berth.local:80", "berth.local", 80),
    ])
    func hostAndPortAreSplit(listen: String, host: String, port: Int) throws {
        let server = try ControllerHTTPServer(
            listen: listen, actions: FakeControllerActions(), apiToken: nil, metrics: ControllerMetrics(),
            logger: ControllerServerHarness.quiet)
        #expect(server.host == host)
        #expect(server.port == port)
    }

    @Test(arguments: ["8088", "127.0.0.1", "127.0.0.1:0", "127.0.0.1:70000", ":8088", "::1:8088", "127.0.0.1:http"])
    func badListenIsNamed(listen: String) {
        let error = #expect(throws: ControllerHTTPServer.ListenError.self) {
            try ControllerHTTPServer(
                listen: listen, actions: FakeControllerActions(), apiToken: nil, metrics: ControllerMetrics(),
                logger: ControllerServerHarness.quiet)
        }
        #expect(error?.description.hasPrefix("listen: \"\(listen)\" is not an address") == true)
    }
}

/// A `listen` address that cannot be bound is named with its config key and the cause in words.
@Suite struct ListenBindErrorTests {
    @Test func aTakenListenAddressIsInUseNotErrno98() throws {
        let listener = try #require(LoopbackListener(), "cannot listen on 127.0.0.1")
        defer { listener.close() }
        let port = listener.port
        let server = try ControllerHTTPServer(
            listen: "localhost:\(port)", actions: FakeControllerActions(), apiToken: nil, metrics: ControllerMetrics(),
            logger: ControllerServerHarness.quiet)
        let error = #expect(throws: ControllerHTTPServer.BindError.self) { try server.checkBindable() }
        #expect(error?.summary == "listen: localhost:\(port) is already in use")
        #expect(error?.field == "listen")
        #expect(error?.hint?.contains("choose another listen address") == true)
    }

    @Test(arguments: [(EACCES, "needs privileges"), (EADDRNOTAVAIL, "is not an address of this machine")])
    func otherBindFailuresInWords(code: Int32, words: String) {
        #expect(ControllerHTTPServer.BindError(listen: "10.9.9.9:80", code: code).summary.contains(words))
    }
}

extension ListenBindErrorTests {
    @Test func aFreeAddressIsReportedWithItsHostResolved() throws {
        let server = try ControllerHTTPServer(
            listen: "localhost:1", actions: FakeControllerActions(), apiToken: nil, metrics: ControllerMetrics(),
            logger: ControllerServerHarness.quiet)
        // Port 1 needs root: as root it binds, otherwise it is refused in words.
        do {
            let bound = try server.checkBindable()
            #expect(bound == "127.0.0.1:1" || bound == "[::1]:1")
        } catch {
            #expect(error.summary.contains("needs privileges"))
        }
    }
}
