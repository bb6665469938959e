import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `berth` itself started as a child process, its stderr read line by line with the time each line arrived, and
/// its resources read from `/proc/<pid>`.
final class ChildProcess: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var lines: [(at: ContinuousClock.Instant, text: String)] = []
    private var partial = ""

    /// - Parameter preload: a shared library the child loads first (`LD_PRELOAD`), e.g. a heap profiler's.
    init(_ arguments: [String], preload: String? = nil) throws {
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = arguments
        if let preload {
            process.environment = ProcessInfo.processInfo.environment.merging(["LD_PRELOAD": preload]) { $1 }
        }
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            let now = ContinuousClock.now
            lock.withLock {
                partial += String(decoding: data, as: UTF8.self)
                while let newline = partial.firstIndex(of: "\n") {
                    lines.append((now, String(partial[..<newline])))
                    partial = String(partial[partial.index(after: newline)...])
                }
            }
        }
        try process.run()
    }

    var lineCount: Int { lock.withLock { lines.count } }
    var output: String { lock.withLock { lines.map(\.text).joined(separator: "\n") } }

    /// When the first line after index `after` containing `text` arrived; nil after `timeout`.
    func waitForLine(containing text: String, after: Int = 0, timeout: Duration) async throws -> ContinuousClock.Instant? {
        try await waitForLine(after: after, timeout: timeout) { $0.contains(text) }
    }

    /// When the first line after index `after` that `matches` arrived; nil after `timeout`.
    func waitForLine(
        after: Int = 0, timeout: Duration, matching matches: (String) -> Bool
    ) async throws -> ContinuousClock.Instant? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let found = lock.withLock { lines.dropFirst(after).first { matches($0.text) }?.at }
            if let found { return found }
            try await Task.sleep(for: .milliseconds(5))
        }
        return nil
    }

    /// A `kB` field of /proc/<pid>/status (`VmRSS`, `RssAnon`), in bytes.
    func statusBytes(_ field: String) -> Int {
        status(field) * 1024
    }

    /// The number a field of /proc/<pid>/status starts with (`Threads`); 0 when the process is gone.
    func status(_ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
        else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "") ?? 0
        }
        return 0
    }

    /// How many file descriptors the child has open (the entries of /proc/<pid>/fd).
    var openFileDescriptorCount: Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process.processIdentifier)/fd").count) ?? 0
    }

    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
    }
}
