import Reconciler
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
