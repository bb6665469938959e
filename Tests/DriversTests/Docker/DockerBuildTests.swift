import Drivers
import Synchronization
import TestSupport
import Testing

@Suite(.enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct DockerBuildTests {
    let docker = DockerTestEnvironment.client()

    @Test func buildsABusyboxImageFromATarStreamAndRunsIt() async throws {
        let scope = DockerTestScope()
        let context = DockerBuildContext.tar(
            [
                (
                    "build/Dockerfile.app",
                    """
                    FROM \(DockerTestEnvironment.baseImage)
                    ARG GREETING=unset
                    COPY hello.txt /hello.txt
                    COPY run.sh /run.sh
                    RUN echo "greeting is $GREETING" > /greeting.txt
                    CMD ["/run.sh"]
                    """
                ),
                ("hello.txt", "hello from the tar stream\n"),
                ("run.sh", "#!/bin/sh\ncat /hello.txt /greeting.txt\n"),
            ], executable: ["run.sh"])
        var options = BuildOptions(tags: ["berth-test/\(scope.id):latest"])
        options.labels = scope.labels
        options.buildArgs = ["GREETING": "hi"]
        options.dockerfile = "build/Dockerfile.app"
        let progress = Mutex<[String]>([])
        try await scope.withCleanUp(docker) {
            let result = try await docker.buildImage(
                context: DockerBuildContext.chunks(context, chunkSize: 100), options: options
            ) { line in progress.withLock { $0.append(line) } }
            #expect(result.imageID.hasPrefix("sha256:"))
            #expect(progress.withLock { $0.contains { $0.hasPrefix("Step 1/") } })
            #expect(try await docker.imageExists("berth-test/\(scope.id):latest"))
            let image = try await docker.inspectImage(result.imageID)
            #expect(image.labels[DockerTestScope.labelKey] == scope.id)
            #expect(try await docker.listImages(labels: scope.labels).map(\.id) == [result.imageID])

            var spec = ContainerSpec(name: scope.name("built"), image: result.imageID)
            spec.labels = scope.labels
            let id = try await docker.createContainer(spec)
            try await docker.startContainer(id)
            #expect(try await docker.waitContainer(id) == 0)
            var output: [String] = []
            for try await line in try await docker.containerLogs(id, options: LogOptions()) {
                output.append(line.text)
            }
            #expect(output == ["hello from the tar stream", "greeting is hi"])
        }
        #expect(try await docker.imageExists("berth-test/\(scope.id):latest") == false)
    }

    @Test func targetStageIsBuilt() async throws {
        let scope = DockerTestScope()
        let context = DockerBuildContext.tar([
            (
                "Dockerfile",
                """
                FROM \(DockerTestEnvironment.baseImage) AS first
                RUN echo first > /stage
                FROM \(DockerTestEnvironment.baseImage) AS second
                RUN echo second > /stage
                """
            )
        ])
        var options = BuildOptions(tags: ["berth-test/\(scope.id):first"])
        options.labels = scope.labels
        options.target = "first"
        try await scope.withCleanUp(docker) {
            let result = try await docker.buildImage(context: DockerBuildContext.chunks(context), options: options) {
                _ in
            }
            var spec = ContainerSpec(name: scope.name("stage"), image: result.imageID)
            spec.labels = scope.labels
            spec.command = ["cat", "/stage"]
            let id = try await docker.createContainer(spec)
            try await docker.startContainer(id)
            _ = try await docker.waitContainer(id)
            var output: [String] = []
            for try await line in try await docker.containerLogs(id, options: LogOptions()) {
                output.append(line.text)
            }
            #expect(output == ["first"])
        }
    }

    @Test func failingBuildSurfacesTheEnginesErrorWithTheLogTail() async throws {
        let scope = DockerTestScope()
        let context = DockerBuildContext.tar([
            (
                "Dockerfile",
                """
                FROM \(DockerTestEnvironment.baseImage)
                RUN echo about-to-fail && exit 3
                """
            )
        ])
        var options = BuildOptions(tags: ["berth-test/\(scope.id):broken"])
        options.labels = scope.labels
        options.buildArgs = ["API_TOKEN": "s3cr3t-build-arg"]
        let error = try await scope.withCleanUp(docker) {
            await #expect(throws: ContainerEngineError.self) {
                try await docker.buildImage(context: DockerBuildContext.chunks(context), options: options) { _ in }
            }
        }
        #expect(error?.code == .buildFailed)
        #expect(error?.message.contains("returned a non-zero code: 3") == true)
        #expect(error?.logTail.contains("about-to-fail") == true)
        #expect(error?.description.contains("about-to-fail") == true)
        #expect(error?.description.contains("s3cr3t") == false, "build args travel in the query: never in errors")
    }

    @Test func buildTimeoutStopsTheBuildAndKeepsTheLogTail() async throws {
        let scope = DockerTestScope()
        let context = DockerBuildContext.tar([
            ("Dockerfile", "FROM \(DockerTestEnvironment.baseImage)\nRUN echo slow-step-started && sleep 30\n")
        ])
        var options = BuildOptions(tags: ["berth-test/\(scope.id):slow"])
        options.labels = scope.labels
        options.timeout = .seconds(5)  // long enough for a busy engine to reach the step
        let start = ContinuousClock.now
        let error = try await scope.withCleanUp(docker) {
            await #expect(throws: ContainerEngineError.self) {
                try await docker.buildImage(context: DockerBuildContext.chunks(context), options: options) { _ in }
            }
        }
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(error?.code == .failed)
        #expect(error?.message.contains("imed out") == true)
        #expect(error?.logTail.contains("slow-step-started") == true)
    }

    @Test func contextSourceErrorFailsTheBuildWithThatError() async throws {
        struct Broken: Error {}
        let scope = DockerTestScope()
        var options = BuildOptions(tags: ["berth-test/\(scope.id):never"])
        options.labels = scope.labels
        let source = AsyncThrowingStream<[UInt8], any Error> { continuation in
            continuation.yield(DockerBuildContext.header(path: "Dockerfile", size: 4096))
            continuation.finish(throwing: Broken())
        }
        try await scope.withCleanUp(docker) {
            await #expect(throws: Broken.self) {
                try await docker.buildImage(context: source, options: options) { _ in }
            }
        }
    }
}
