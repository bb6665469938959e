import Foundation
import Logging
import Synchronization
import TestSupport
import Testing

@testable import Drivers

@Suite struct BuildContextArchiveTests {
    let fixture: GitFixture
    let state: TemporaryDirectory
    let store: GitMirrorStore
    let remote: GitRemote

    init() throws {
        fixture = try GitFixture()
        state = try TemporaryDirectory(prefix: "berth-state")
        store = GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test"))
        remote = GitRemote(url: fixture.fileURL)
    }

    private func archive(_ commit: String, path: String = ".", logger: Logger = Logger(label: "test")) async throws
        -> (chunks: [[UInt8]], file: URL)
    {
        _ = try await store.sync(remote)
        var chunks: [[UInt8]] = []
        for try await chunk in store.buildContext(
            at: CommitID(hex: commit)!, path: path, dockerfile: "Dockerfile", in: remote, logger: logger)
        {
            chunks.append(chunk)
        }
        let file = state.url.appendingPathComponent("context-\(UUID().uuidString).tar")
        try TarListing.write(chunks, to: file)
        return (chunks, file)
    }

    @Test func archivesModesSymlinksAndLongNamesLikeGitArchive() async throws {
        let longDirectory = (1...12).map { "directory\($0)" }.joined(separator: "/")
        let longName = String(repeating: "n", count: 150) + ".txt"
        try fixture.write("FROM scratch\n", to: "ctx/Dockerfile")
        try fixture.write("#!/bin/sh\necho hi\n", to: "ctx/bin/run.sh", executable: true)
        try fixture.write("data", to: "ctx/data.txt")
        try fixture.write("deep", to: "ctx/\(longDirectory)/file.txt")
        try fixture.write("long", to: "ctx/\(longName)")
        try fixture.symlink("ctx/passwd", to: "../../etc/passwd")
        try fixture.symlink("ctx/hostname", to: "/etc/hostname")
        try fixture.symlink("ctx/bin-link", to: "bin")
        try fixture.symlink("ctx/long-link", to: String(repeating: "t", count: 120))
        try fixture.write("outside", to: "elsewhere.txt")
        let commit = try fixture.commitAndPush("context")

        let (chunks, file) = try await archive(commit, path: "ctx")
        let ours = try TarListing.entries(of: file)

        let reference = state.url.appendingPathComponent("git-archive.tar")
        try GitCommand.git(
            ["-c", "tar.umask=022", "archive", "--format=tar", "-o", reference.path, "\(commit):ctx"], in: fixture.work)
        let theirs = try TarListing.entries(of: reference)
        #expect(Set(ours) == Set(theirs))
        #expect(ours.contains(TarListingEntry(permissions: "-rwxr-xr-x", path: "bin/run.sh", linkTarget: nil)))
        #expect(ours.contains(TarListingEntry(permissions: "-rw-r--r--", path: "data.txt", linkTarget: nil)))
        #expect(
            ours.contains(TarListingEntry(permissions: "lrwxrwxrwx", path: "passwd", linkTarget: "../../etc/passwd")))
        #expect(
            ours.contains(TarListingEntry(permissions: "lrwxrwxrwx", path: "hostname", linkTarget: "/etc/hostname")))
        #expect(ours.contains { $0.path == "\(longDirectory)/file.txt" })
        #expect(ours.contains { $0.path == longName })
        #expect(!ours.contains { $0.path.contains("elsewhere") })

        let bytes = Array(chunks.joined())
        #expect(chunks.allSatisfy { $0.count <= BuildContextReader.chunkSize })
        #expect(bytes.count % 512 == 0 && bytes.suffix(1024).allSatisfy { $0 == 0 })
        let hostPasswd = try String(contentsOfFile: "/etc/passwd", encoding: .utf8)
        #expect(
            !String(decoding: bytes, as: UTF8.self).contains(hostPasswd.prefix(20)), "host file leaked into the archive"
        )

        let extracted = state.url.appendingPathComponent("extracted")
        try FileManager.default.createDirectory(at: extracted, withIntermediateDirectories: true)
        try GitCommand.run("/bin/tar", ["-xf", file.path, "-C", extracted.path], environment: [:])
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: extracted.appendingPathComponent("passwd").path)
                == "../../etc/passwd")
        #expect(
            try String(contentsOf: extracted.appendingPathComponent("bin/run.sh"), encoding: .utf8)
                == "#!/bin/sh\necho hi\n")
    }

    @Test func largeFilesStreamInChunksOfAtMost64KiB() async throws {
        var generator = SystemRandomNumberGenerator()
        let big = Data((0..<300_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try fixture.write(big, to: "big.bin")
        try fixture.write("FROM scratch\n", to: "Dockerfile")
        let commit = try fixture.commitAndPush("big")

        let (chunks, file) = try await archive(commit)
        #expect(chunks.count >= 5)
        #expect(chunks.allSatisfy { !$0.isEmpty && $0.count <= 64 * 1024 })
        let extracted = state.url.appendingPathComponent("x")
        try FileManager.default.createDirectory(at: extracted, withIntermediateDirectories: true)
        try GitCommand.run("/bin/tar", ["-xf", file.path, "-C", extracted.path], environment: [:])
        #expect(try Data(contentsOf: extracted.appendingPathComponent("big.bin")) == big)
    }

    @Test func submodulesAreSkippedWithAWarning() async throws {
        try fixture.write("FROM scratch\n", to: "Dockerfile")
        let first = try fixture.commit("base")
        try fixture.git("update-index", "--add", "--cacheinfo", "160000,\(first),vendor/lib")
        try fixture.git("commit", "--quiet", "-m", "submodule")
        try fixture.git("push", "--quiet", "origin", "HEAD:refs/heads/main")
        let commit = try fixture.git("rev-parse", "HEAD")

        let records = LogRecords()
        let logger = Logger(label: "test") { _ in records }
        let (_, file) = try await archive(commit, logger: logger)
        #expect(try TarListing.entries(of: file).map(\.path).sorted() == ["Dockerfile", "vendor/"])
        #expect(records.messages.contains { $0.contains("submodule skipped") && $0.contains("vendor/lib") })
    }

    @Test func aMissingContextPathOrDockerfileIsAnError() async throws {
        try fixture.write("x", to: "app/main.c")
        let commit = try fixture.commitAndPush("no dockerfile")
        await #expect(throws: GitError.self) { try await archive(commit, path: "nowhere") }
        await #expect {
            try await archive(commit, path: "app")
        } throws: { error in
            (error as? GitError)?.code == .notFound && "\(error)".contains("no Dockerfile at Dockerfile")
        }
    }

    @Test func aGeneratedDockerfileLeadsTheContextInPlaceOfTheCommittedOne() async throws {
        try fixture.write("FROM committed\n", to: "app/Dockerfile")
        try fixture.write("x", to: "app/main.c")
        try fixture.write("y", to: "web/index.html")
        let commit = try fixture.commitAndPush("two contexts")
        _ = try await store.sync(remote)
        for (path, expected) in [("app", ["Dockerfile", "main.c"]), ("web", ["Dockerfile", "index.html"])] {
            var chunks: [[UInt8]] = []
            for try await chunk in store.buildContext(
                at: CommitID(hex: commit)!, path: path, dockerfile: "Dockerfile", generated: "FROM generated\n",
                in: remote, logger: Logger(label: "test"))
            {
                chunks.append(chunk)
            }
            let file = state.url.appendingPathComponent("\(path).tar")
            try TarListing.write(chunks, to: file)
            #expect(try TarListing.entries(of: file).map(\.path) == expected, "one Dockerfile, first")
            let dockerfile = try GitCommand.run("/bin/tar", ["-xOf", file.path, "Dockerfile"], environment: [:]).text
            #expect(dockerfile == "FROM generated")  // .text trims the final newline
        }
    }
}

/// A log handler that keeps warnings in memory for assertions.
final class LogRecords: LogHandler, @unchecked Sendable {
    private let stored = Mutex<[String]>([])
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    var messages: [String] { stored.withLock { $0 } }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        stored.withLock { $0.append("\(event.level) \(event.message) \(event.metadata ?? [:])") }
    }
}
