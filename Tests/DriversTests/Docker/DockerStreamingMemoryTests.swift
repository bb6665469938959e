import Drivers
import Foundation
import TestSupport
import Testing

/// A 500 MB build context streams through the transport without the process holding it: peak RSS (VmHWM)
/// grows by less than 64 MB.
@Suite(
    .serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct DockerStreamingMemoryTests {
    let docker = DockerTestEnvironment.client()

    @Test func fiveHundredMegabyteContextStreamsWithBoundedPeakMemory() async throws {
        let scope = DockerTestScope()
        let context = DockerGeneratedContext(
            dockerfile: "FROM \(DockerTestEnvironment.baseImage)\nLABEL berth-test.memory=true\n",
            fillerSize: 500 * 1024 * 1024)
        var options = BuildOptions(tags: ["berth-test/\(scope.id):memory"])
        options.labels = scope.labels
        let before = try Self.peakResidentBytes()
        let start = ContinuousClock.now
        let result = try await scope.withCleanUp(docker) {
            try await docker.buildImage(context: context, options: options) { _ in }
        }
        let elapsed = ContinuousClock.now - start
        let growth = try Self.peakResidentBytes() - before
        print(
            "streamed \(context.totalSize) bytes in \(elapsed); "
                + "VmHWM before \(before >> 10) kB, growth \(growth >> 10) kB"
        )
        #expect(result.imageID.hasPrefix("sha256:"))
        #expect(growth < 64 * 1024 * 1024)
    }

    /// The process's peak resident set size so far (`VmHWM` in /proc/self/status).
    static func peakResidentBytes() throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") })
        let kilobytes = try #require(Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]))
        return kilobytes * 1024
    }
}
