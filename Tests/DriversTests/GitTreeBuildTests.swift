import Drivers
import Foundation
import Logging
import TestSupport
import Testing

/// The two drivers together: a build context streamed out of a git tree by ``GitMirrorStore`` and built by
/// ``DockerClient``, as the pipeline's build stage does it.
@Suite(.enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct GitTreeBuildTests {
    let docker = DockerTestEnvironment.client()

    @Test func imageBuiltFromAGitTreeHonoursDockerignoreAndNeverFollowsSymlinksOut() async throws {
        let fixture = try GitFixture()
        try fixture.write(
            """
            FROM \(DockerTestEnvironment.baseImage)
            COPY . /ctx
            CMD ["sh", "-c", "cd /ctx && find . | sort && readlink escape && cat site/index.html"]
            """, to: "app/Dockerfile")
        try fixture.write("secret.env\n", to: "app/.dockerignore")
        try fixture.write("TOKEN=do-not-ship\n", to: "app/secret.env")
        try fixture.write("hello from git\n", to: "app/site/index.html")
        try fixture.symlink("app/escape", to: "../../../../etc/passwd")
        let commit = try fixture.commitAndPush("app")

        let state = try TemporaryDirectory(prefix: "berth-state")
        let store = GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test"))
        let remote = GitRemote(url: fixture.fileURL)
        _ = try await store.sync(remote)
        let context = store.buildContext(
            at: CommitID(hex: commit)!, path: "app", dockerfile: "Dockerfile", in: remote, logger: Logger(label: "test")
        )

        let scope = DockerTestScope()
        var options = BuildOptions(tags: ["berth-test/\(scope.id):git"])
        options.labels = scope.labels
        let output = try await scope.withCleanUp(docker) {
            let image = try await docker.buildImage(context: context, options: options) { _ in }
            var spec = ContainerSpec(name: scope.name("git-built"), image: image.imageID)
            spec.labels = scope.labels
            let id = try await docker.createContainer(spec)
            try await docker.startContainer(id)
            #expect(try await docker.waitContainer(id) == 0)
            var lines: [String] = []
            for try await line in try await docker.containerLogs(id, options: LogOptions()) { lines.append(line.text) }
            return lines
        }
        #expect(output.contains("./site/index.html"))
        #expect(!output.contains("./secret.env"), "excluded by .dockerignore")
        #expect(output.contains("../../../../etc/passwd"), "the symlink arrives as a symlink")
        #expect(!output.contains { $0.hasPrefix("root:x:0:0") }, "no host file behind the symlink")
        #expect(output.last == "hello from git")
    }
}
