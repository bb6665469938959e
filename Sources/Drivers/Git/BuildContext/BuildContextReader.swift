package import Logging

/// Produces a tree's tar build context chunk by chunk, straight from the git object store: each
/// ``read()`` does just enough work for the next chunk, so memory stays bounded by one blob (libgit2
/// reads blobs whole) plus one chunk, whatever the size of the tree.
///
/// Regular files keep their exec bit; symbolic links are stored as links and never followed; submodules
/// are skipped with a warning; the context's `.dockerignore` is applied as the Docker CLI applies it,
/// and the Dockerfile and `.dockerignore` are always sent. Owners are root, times are the epoch, so the
/// same tree always gives the same bytes.
///
/// Not Sendable: pull it from one thread or task at a time (e.g. a libcurl read callback).
package final class BuildContextReader {
    /// The largest chunk ``read()`` returns.
    package static let chunkSize = 64 * 1024

    private struct Frame {
        let tree: GitTreeHandle
        var index: Int
        let prefix: String
        let matchInfo: DockerIgnore.MatchInfo?
    }

    private enum State {
        case notStarted
        case streaming
        case trailerWritten
    }

    private let repositoryPath: String
    private let commit: CommitID
    private let path: String
    private let dockerfile: String
    private let generated: [UInt8]?
    private let logger: Logger

    private var state = State.notStarted
    private var ignore = DockerIgnore.none
    private var stack: [Frame] = []
    private var output: [UInt8] = []
    private var pendingBlob: GitBlobHandle?
    private var pendingOffset = 0
    /// Where the generated Dockerfile was written: the tree's own entry there is left out.
    private var generatedPath: String?

    /// - Parameters:
    ///   - repositoryPath: git directory of a local (bare or not) repository, e.g. a mirror.
    ///   - commit: the commit whose tree is archived.
    ///   - path: the context directory inside the commit (`.` for the root).
    ///   - dockerfile: the Dockerfile's path relative to `path`; always sent.
    ///   - generated: a Dockerfile berth wrote: sent first at `dockerfile` in place of any file the tree has there.
    ///   - logger: receives a warning for every skipped submodule.
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

    /// The next chunk of the archive (at most ``chunkSize`` bytes), or nil once the archive is complete.
    /// - Throws: ``GitError`` when the repository, commit or path cannot be read, or `.dockerignore` is invalid.
    package func read() throws -> [UInt8]? {
        if state == .notStarted {
            try start()
            state = .streaming
        }
        while state == .streaming && output.count < Self.chunkSize {
            if pendingBlob != nil {
                copyPendingBlob()
            } else if try !advance() {
                output.append(contentsOf: repeatElement(0, count: 2 * TarHeader.blockSize))
                state = .trailerWritten
            }
        }
        return output.isEmpty ? nil : takeChunk()
    }

    /// Copies the next chunk out of `output`, whose storage is kept for the following chunks.
    private func takeChunk() -> [UInt8] {
        let count = min(output.count, Self.chunkSize)
        let chunk = Array(output[..<count])
        if count == output.count {
            output.removeAll(keepingCapacity: true)
        } else {
            output.removeFirst(count)
        }
        return chunk
    }

    private func start() throws {
        let repository = try GitRepositoryHandle.open(path: repositoryPath)
        guard let root = try repository.tree(at: path, in: commit) else {
            throw GitError(.notFound, operation: "archive \(path) at \(commit)", message: "no such directory")
        }
        let dockerfilePath = try SourcePath.normalize(dockerfile)
        if let generated {
            TarHeader.append(
                path: dockerfilePath, kind: .file(size: generated.count, executable: false), modificationTime: 0,
                to: &output)
            output.append(contentsOf: generated)
            output.append(contentsOf: repeatElement(0, count: TarHeader.padding(for: generated.count)))
            generatedPath = dockerfilePath
        } else if !root.containsBlob(at: dockerfilePath) {
            throw GitError(
                .notFound, operation: "archive \(path) at \(commit)", message: "no Dockerfile at \(dockerfilePath)")
        }
        if let ignoreEntry = root.entry(named: ".dockerignore"), !ignoreEntry.isTree, !ignoreEntry.isSymlink {
            let text = try repository.blob(oid: ignoreEntry.oid).withBytes { String(decoding: $0, as: UTF8.self) }
            ignore = try DockerIgnore(contents: text, dockerfile: dockerfilePath)
        }
        stack = [Frame(tree: root, index: 0, prefix: "", matchInfo: nil)]
        output.reserveCapacity(Self.chunkSize + 4 * TarHeader.blockSize)
    }

    /// Writes the next entry's header (and queues its data); false when the tree is exhausted.
    private func advance() throws -> Bool {
        while let frame = stack.last, frame.index == frame.tree.count {
            stack.removeLast()
        }
        guard let frame = stack.last else { return false }
        stack[stack.count - 1].index += 1
        let entry = frame.tree.entry(at: frame.index)
        let entryPath = SourcePath.join(frame.prefix, entry.name)
        let (excluded, matchInfo) = ignore.evaluate(entryPath, parent: frame.matchInfo)

        if entry.isTree {
            if excluded && !ignore.mayReinclude(under: entryPath) { return true }
            if !excluded {
                TarHeader.append(path: entryPath, kind: .directory, modificationTime: 0, to: &output)
            }
            stack.append(Frame(tree: try frame.tree.subtree(entry), index: 0, prefix: entryPath, matchInfo: matchInfo))
            return true
        }
        guard !excluded, entryPath != generatedPath else { return true }
        if entry.isSubmodule {
            logger.warning("submodule skipped in build context", metadata: ["git.path": "\(entryPath)"])
            return true
        }
        let blob = try frame.tree.repository.blob(oid: entry.oid)
        if entry.isSymlink {
            let target = blob.withBytes { String(decoding: $0, as: UTF8.self) }
            TarHeader.append(path: entryPath, kind: .symlink(target: target), modificationTime: 0, to: &output)
            return true
        }
        TarHeader.append(
            path: entryPath, kind: .file(size: blob.size, executable: entry.isExecutable), modificationTime: 0,
            to: &output)
        pendingBlob = blob
        pendingOffset = 0
        return true
    }

    /// Copies as much of the pending blob as fits in the current chunk; pads and releases it when done.
    private func copyPendingBlob() {
        guard let blob = pendingBlob else { return }
        let room = max(Self.chunkSize - output.count, 0)
        let count = min(room, blob.size - pendingOffset)
        blob.withBytes { bytes in
            output.append(contentsOf: bytes[pendingOffset..<(pendingOffset + count)])
        }
        pendingOffset += count
        if pendingOffset == blob.size {
            output.append(contentsOf: repeatElement(0, count: TarHeader.padding(for: blob.size)))
            pendingBlob = nil
        }
    }
}
