import Drivers
import Logging
import TestSupport
import Testing

@Suite struct DockerUnavailableTests {
    @Test func unreachableSocketIsEngineUnavailableNamingTheURL() async throws {
        let docker = DockerClient(
            endpoint: .unixSocket("/nonexistent/berth-test/docker.sock"), connectTimeout: .seconds(2),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        let error = await #expect(throws: ContainerEngineError.self) {
            try await docker.listContainers(labels: ["berth.managed": "true"])
        }
        #expect(error?.code == .engineUnavailable)
        #expect(error?.request.contains("unix:///nonexistent/berth-test/docker.sock") == true)
        #expect(error?.description.hasPrefix("GET unix:///nonexistent/berth-test/docker.sock/version") == true)
    }

    @Test func refusedTCPPortIsEngineUnavailable() async throws {
        let docker = DockerClient(
            endpoint: try HTTPEndpoint(dockerHost: "tcp://127.0.0.1:1"), connectTimeout: .seconds(2),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        let error = await #expect(throws: ContainerEngineError.self) {
            try await docker.ping()
        }
        #expect(error?.code == .engineUnavailable)
        #expect(error?.description.contains("http://127.0.0.1:1/_ping") == true)
    }
}
