import Drivers
import Foundation
import TestSupport
import Testing

@Suite(.enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct DockerCopyFilesTests {
    let docker = DockerTestEnvironment.client()

    @Test func copiesFilesIntoACreatedContainerBeforeItStarts() async throws {
        let scope = DockerTestScope()
        var spec = ContainerSpec(name: scope.name("copy"), image: DockerTestEnvironment.baseImage)
        spec.labels = scope.labels
        spec.command = ["sh", "-c", "cat /berth/caddy.json /berth/sub/note.txt; busybox ls -l /berth/caddy.json"]
        let lines = try await scope.withCleanUp(docker) {
            let id = try await docker.createContainer(spec)
            try await docker.copyFiles(
                [
                    "berth/caddy.json": Data(#"{"admin":{"listen":"127.0.0.1:2019"}}"#.utf8),
                    "berth/sub/note.txt": Data("second file\n".utf8),
                ], into: "/", of: id)
            // A second copy, into the directory the first one made, replaces the file.
            try await docker.copyFiles(["caddy.json": Data("{\"apps\":{}}\n".utf8)], into: "/berth", of: id)
            try await docker.startContainer(id)
            #expect(try await docker.waitContainer(id) == 0)
            var lines: [String] = []
            for try await line in try await docker.containerLogs(id, options: LogOptions()) where line.stream == .stdout
            {
                lines.append(line.text)
            }
            return lines
        }
        #expect(lines.prefix(2) == [#"{"apps":{}}"#, "second file"])
        #expect(lines.last?.hasPrefix("-rw-r--r--") == true)
    }

    @Test func copyingIntoAMissingDirectoryIsNotFound() async throws {
        let scope = DockerTestScope()
        var spec = ContainerSpec(name: scope.name("copy-missing"), image: DockerTestEnvironment.baseImage)
        spec.labels = scope.labels
        spec.command = ["true"]
        try await scope.withCleanUp(docker) {
            let id = try await docker.createContainer(spec)
            let error = await #expect(throws: ContainerEngineError.self) {
                try await docker.copyFiles(["a": Data("a".utf8)], into: "/no/such/dir", of: id)
            }
            #expect(error?.code == .notFound)
        }
    }
}
