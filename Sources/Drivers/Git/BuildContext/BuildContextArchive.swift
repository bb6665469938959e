package import Logging

/// A tree's tar build context as an `AsyncSequence` of chunks (each at most 64 KiB), pulled lazily
/// from the git object store by a ``BuildContextReader``; a 500 MB context is never held whole.
///
/// ```swift
/// let archive = BuildContextArchive(repositoryPath: mirror.path, commit: commit, path: "app",
///                                   dockerfile: "Dockerfile", logger: logger)
/// for try await chunk in archive { try upload(chunk) }
/// ```
package struct BuildContextArchive: AsyncSequence, Sendable {
    package typealias Element = [UInt8]
    package typealias Failure = any Error

    let repositoryPath: String
    let commit: CommitID
    let path: String
    let dockerfile: String
    let generated: [UInt8]?
    let logger: Logger

    /// See ``BuildContextReader/init(repositoryPath:commit:path:dockerfile:generated:logger:)`` for the parameters.
    package init(
        repositoryPath: String, commit: CommitID, path: String, dockerfile: String, generated: [UInt8]? = nil,
        logger: Logger
    ) {
        self.repositoryPath = repositoryPath
        self.commit = commit
        self.path = path
        self.dockerfile = dockerfile
        self.generated = generated
        self.logger = logger
    }

    /// Pulls one chunk per `next()`; every iteration starts a fresh archive.
    package struct AsyncIterator: AsyncIteratorProtocol {
        let reader: BuildContextReader

        package mutating func next() async throws -> [UInt8]? {
            try reader.read()
        }
    }

    package func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(
            reader: BuildContextReader(
                repositoryPath: repositoryPath, commit: commit, path: path, dockerfile: dockerfile,
                generated: generated, logger: logger))
    }
}
