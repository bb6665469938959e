/// A large tar build context generated on the fly, chunk by chunk, pulled by the consumer — never held whole.
///
/// The archive holds `Dockerfile` (the given text) and `filler.bin` of `fillerSize` bytes, then the end blocks.
package struct DockerGeneratedContext: AsyncSequence, Sendable {
    package typealias Element = [UInt8]

    package let dockerfile: String
    package let fillerSize: Int
    package let chunkSize: Int

    package init(dockerfile: String, fillerSize: Int, chunkSize: Int = 64 * 1024) {
        self.dockerfile = dockerfile
        self.fillerSize = fillerSize
        self.chunkSize = chunkSize
    }

    /// Total bytes the archive has.
    package var totalSize: Int {
        let dockerfileBytes = dockerfile.utf8.count
        return 512 + dockerfileBytes + DockerBuildContext.padding(dockerfileBytes).count + 512 + fillerSize
            + DockerBuildContext.padding(fillerSize).count + 1024
    }

    package struct AsyncIterator: AsyncIteratorProtocol {
        let context: DockerGeneratedContext
        var prefix: [UInt8]?
        var fillerLeft: Int
        var trailer: [UInt8]?

        package mutating func next() async throws -> [UInt8]? {
            if let head = prefix {
                prefix = nil
                return head
            }
            if fillerLeft > 0 {
                let count = Swift.min(context.chunkSize, fillerLeft)
                fillerLeft -= count
                return [UInt8](repeating: UInt8(ascii: "x"), count: count)
            }
            defer { trailer = nil }
            return trailer
        }
    }

    package func makeAsyncIterator() -> AsyncIterator {
        let dockerfileBytes = Array(dockerfile.utf8)
        let head =
            DockerBuildContext.header(path: "Dockerfile", size: dockerfileBytes.count) + dockerfileBytes
            + DockerBuildContext.padding(dockerfileBytes.count)
            + DockerBuildContext.header(path: "filler.bin", size: fillerSize)
        let tail = DockerBuildContext.padding(fillerSize) + [UInt8](repeating: 0, count: 1024)
        return AsyncIterator(context: self, prefix: head, fillerLeft: fillerSize, trailer: tail)
    }
}
