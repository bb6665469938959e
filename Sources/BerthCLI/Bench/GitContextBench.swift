import ArgumentParser
import Drivers
import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#endif

/// `berth bench git-context`: the build-context tar of a generated tree, streamed from the object store,
/// against `git archive` of the same tree; with `--memory-mb`, the peak RSS growth while streaming a large one.
struct GitContextBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-context",
        abstract: "Tar a generated tree from the git object store vs `git archive` (target ratio ≤ 1.0).",
        discussion: """
            Metrics: berth_ms and git_archive_ms (medians), ratio = berth_ms / git_archive_ms.
            With --memory-mb N: a tree of N MB of incompressible files is streamed once; metrics context_bytes,
            berth_ms and peak_rss_growth_bytes (VmHWM after minus VmRSS before, from /proc/self/status).
            """
    )

    @Option(help: "How many files the generated tree holds.")
    var files = 10_000

    @Option(help: "Timed runs of each side; the median is reported.")
    var iterations = 7

    @Option(help: "Instead of the comparison, stream a tree of this many MB and report the peak RSS growth.")
    var memoryMb: Int?

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard files > 0, iterations > 0 else { throw ValidationError("--files and --iterations must be positive") }
        if let memoryMb, memoryMb <= 0 { throw ValidationError("--memory-mb must be positive") }
    }

    func run() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "berth-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let repository = directory.appendingPathComponent("bench.git")
        try runGit(["init", "--quiet", "--bare", repository.path])
        if let memoryMb {
            try measureMemory(repository: repository, megabytes: memoryMb)
        } else {
            try compare(repository: repository)
        }
    }

    private func compare(repository: URL) throws {
        let commit = try Self.importTree(into: repository, files: (0..<files).map(Self.sourceFile))
        let reader = {
            BuildContextReader(
                repositoryPath: repository.path, commit: commit, path: ".", dockerfile: "Dockerfile",
                logger: Logger(label: "berth.bench"))
        }
        var ours: [Double] = []
        var theirs: [Double] = []
        for round in 0...iterations {  // round 0 warms caches and is not counted
            let berth = try measureMilliseconds { try Self.drain(reader()) }
            let gitArchive = try measureMilliseconds {
                try Self.spawnToDevNull([
                    "/usr/bin/git", "--git-dir", repository.path, "archive", "--format=tar", commit.hex,
                ])
            }
            if round > 0 {
                ours.append(berth)
                theirs.append(gitArchive)
            }
        }
        let berth = median(ours)
        let gitArchive = median(theirs)
        BenchReport(
            bench: "git-context",
            metrics: [("berth_ms", berth), ("git_archive_ms", gitArchive), ("ratio", berth / gitArchive)]
        ).print(as: options.output)
    }

    private func measureMemory(repository: URL, megabytes: Int) throws {
        let fileSize = 4 << 20
        let count = max(1, (megabytes << 20) / fileSize)
        let commit = try Self.importTree(
            into: repository,
            files: (0..<count).map { index in
                ("data/blob\(index).bin", false, .random(size: fileSize, seed: UInt64(index + 1)))
            })
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)  // resets VmHWM
        let before = Self.procStatus("VmRSS")
        var bytes = 0
        let elapsed = try measureMilliseconds {
            let reader = BuildContextReader(
                repositoryPath: repository.path, commit: commit, path: ".", dockerfile: "Dockerfile",
                logger: Logger(label: "berth.bench"))
            while let chunk = try reader.read() { bytes += chunk.count }
        }
        let peak = Self.procStatus("VmHWM")
        BenchReport(
            bench: "git-context",
            metrics: [
                ("context_bytes", Double(bytes)), ("berth_ms", elapsed),
                ("peak_rss_growth_bytes", Double(peak - before)),
            ]
        ).print(as: options.output)
    }

    // MARK: generated trees

    /// A generated file's bytes.
    enum Contents {
        case text(String)
        case random(size: Int, seed: UInt64)
    }

    /// A source-like file: 100 folders, sizes between 200 bytes and 4 KB, one in ten executable.
    static func sourceFile(_ index: Int) -> (String, Bool, Contents) {
        let line = "let value\(index) = \"berth bench line for file \(index)\"\n"
        let text = String(repeating: line, count: max(1, (200 + index * 37 % 4000) / line.utf8.count))
        return (String(format: "src/dir%03d/file%05d.swift", index % 100, index), index % 10 == 0, .text(text))
    }

    /// Feeds the files to `git fast-import` (no work tree) and returns the commit on `main`.
    static func importTree(into repository: URL, files: [(String, Bool, Contents)]) throws -> CommitID {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["--git-dir", repository.path, "fast-import", "--quiet"]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        let writer = input.fileHandleForWriting
        for (index, file) in files.enumerated() {
            try writer.write(contentsOf: Data("blob\nmark :\(index + 1)\n".utf8))
            switch file.2 {
            case .text(let text):
                try writer.write(contentsOf: Data("data \(text.utf8.count)\n\(text)\n".utf8))
            case .random(let size, let seed):
                try writer.write(contentsOf: Data("data \(size)\n".utf8))
                try writeRandom(size: size, seed: seed, to: writer)
                try writer.write(contentsOf: Data("\n".utf8))
            }
        }
        var commit = "commit refs/heads/main\ncommitter bench <bench@berth.invalid> 0 +0000\ndata 6\nbench\n"
        commit += "M 100644 inline Dockerfile\ndata 13\nFROM scratch\n\n"
        for (index, file) in files.enumerated() {
            commit += "M \(file.1 ? "100755" : "100644") :\(index + 1) \(file.0)\n"
        }
        try writer.write(contentsOf: Data((commit + "\n").utf8))
        try writer.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CommandFailure.failed("git fast-import failed") }
        let head = try runGit(["--git-dir", repository.path, "rev-parse", "main"])
        guard let id = CommitID(hex: head) else { throw CommandFailure.failed("unexpected commit id \(head)") }
        return id
    }

    /// Incompressible bytes from xorshift64*, written in 1 MiB pieces.
    private static func writeRandom(size: Int, seed: UInt64, to writer: FileHandle) throws {
        var state = seed
        var remaining = size
        var buffer = [UInt64](repeating: 0, count: (1 << 20) / 8)
        while remaining > 0 {
            for index in buffer.indices {
                state ^= state >> 12
                state ^= state << 25
                state ^= state >> 27
                buffer[index] = state &* 2_685_821_657_736_338_717
            }
            let piece = min(remaining, buffer.count * 8)
            try buffer.withUnsafeBytes { try writer.write(contentsOf: Data($0.prefix(piece))) }
            remaining -= piece
        }
    }

    // MARK: helpers

    private static func drain(_ reader: BuildContextReader) throws {
        while try reader.read() != nil {}
    }

    /// Runs a program with stdout on /dev/null and waits with `waitpid`: Foundation's `Process` notices an exit
    /// only on a polling tick (about 100 ms here), which would swamp the figure being measured.
    private static func spawnToDevNull(_ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
            throw CommandFailure.failed("cannot start \(arguments[0])")
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        guard status == 0 else { throw CommandFailure.failed("\(arguments.joined(separator: " ")) failed") }
    }

    @discardableResult

    /// A `kB` field of /proc/self/status, in bytes.
    private static func procStatus(_ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
        }
        return 0
    }
}
