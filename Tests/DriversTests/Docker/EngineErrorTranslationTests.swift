import Drivers
import Foundation
import Glibc
import Logging
import TestSupport
import Testing

/// The engine's refusals and an engine that does not answer, in words a person can act on.
@Suite struct EngineErrorTranslationTests {
    private static let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    @Test(arguments: [
        ("driver failed programming external connectivity on endpoint web-1-candidate (7f16): Error starting "
            + "userland proxy: listen tcp4 0.0.0.0:18080: bind: address already in use", 18080),
        ("driver failed programming external connectivity on endpoint web-2: Bind for 127.0.0.1:41080 failed: "
            + "port is already allocated", 41080),
        ("driver failed programming external connectivity: listen tcp6 [::]:8443: bind: address already in use", 8443),
        ("No such container: web-1", nil),
    ])
    func theTakenHostPortIsReadFromTheEnginesMessage(message: String, port: Int?) {
        let error = ContainerEngineError(code: .failed, request: "POST /containers/x/start", message: message)
        #expect(error.takenHostPort == port)
        #expect(error.isPortTaken == (port != nil))
    }

    @Test func aMissingSocketNamesDockerHostAndHowToStartTheEngine() async throws {
        let path = try TemporaryDirectory().url.appendingPathComponent("docker.sock").path
        let docker = DockerClient(endpoint: .unixSocket(path), connectTimeout: .seconds(2), logger: Self.logger)
        let error = await #expect(throws: ContainerEngineError.self) { try await docker.ping() }
        #expect(error?.field == "docker.host")
        #expect(error?.summary.contains("no socket at \(path): the Docker engine is not running there") == true)
        #expect(error?.hint?.contains("start the Docker engine") == true)
        #expect(error?.description.contains("localhost port 80") == false, "libcurl's words are replaced")
    }

    @Test func aSocketNobodyServesIsAStaleSocket() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("docker.sock").path
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            Array(path.utf8CString).withUnsafeBytes { raw.copyMemory(from: $0) }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        close(descriptor)  // the file stays, nothing listens: what a crashed dockerd leaves
        try #require(bound == 0)
        let docker = DockerClient(endpoint: .unixSocket(path), connectTimeout: .seconds(2), logger: Self.logger)
        let error = await #expect(throws: ContainerEngineError.self) { try await docker.ping() }
        #expect(error?.summary.contains("nothing answers on \(path)") == true, "\(String(describing: error))")
    }

    @Test func aTCPEngineThatDoesNotAnswerIsNamed() async throws {
        let docker = DockerClient(
            endpoint: try HTTPEndpoint(dockerHost: "tcp://127.0.0.1:1"), connectTimeout: .seconds(2),
            logger: Self.logger)
        let error = await #expect(throws: ContainerEngineError.self) { try await docker.ping() }
        #expect(error?.summary.contains("nothing answers at http://127.0.0.1:1") == true)
        #expect(error?.field == "docker.host")
    }
}
