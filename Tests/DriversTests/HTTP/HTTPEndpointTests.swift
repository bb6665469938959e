import Drivers
import Testing

@Suite struct HTTPEndpointTests {
    @Test func parsesDockerHostStrings() throws {
        let unix = try HTTPEndpoint(dockerHost: "unix:///var/run/docker.sock")
        #expect(unix.unixSocketPath == "/var/run/docker.sock")
        #expect(unix.description == "unix:///var/run/docker.sock")
        let tcp = try HTTPEndpoint(dockerHost: "tcp://build-1:2375")
        #expect(tcp.baseURL == "http://build-1:2375")
        #expect(tcp.tls == nil)
        let tls = try HTTPEndpoint(dockerHost: "tcp://build-1:2376", tls: .init(caFile: "/ca.pem"))
        #expect(tls.baseURL == "https://build-1:2376")
        #expect(tls.tls?.caFile == "/ca.pem")
        #expect(try HTTPEndpoint(dockerHost: "tcp://[::1]:2375").baseURL == "http://[::1]:2375")
    }

    @Test(arguments: [
        "", "docker.sock", "unix://relative.sock", "tcp://host", "tcp://host:99999", "tcp://user:pw@host:1",
    ])
    func refusesWhatIsNotADockerHost(_ text: String) {
        #expect(throws: HTTPEndpoint.ParseError.self) { try HTTPEndpoint(dockerHost: text) }
    }
}
