import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// The `berth` executable `swift test` built next to the test bundle, run as a separate process the way an
/// operator runs it.
enum BerthBinary {
    /// `.build/<config>/berth`, found next to the running test bundle.
    static let path: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("berth").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return Fixtures.checkout.appendingPathComponent(".build/debug/berth").path
    }()

    /// What a finished `berth` run printed.
    struct Run: CustomStringConvertible {
        let status: Int32
        let stdout: String
        let stderr: String

        var description: String { "exit \(status)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)" }

        /// Everything printed, stdout then stderr.
        var output: String { stdout + stderr }
    }

    /// Runs `berth arguments...` to its end, in `directory` when given, with `environment` over this process's
    /// (a nil value removes the variable).
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String?] = [:]) throws
        -> Run
    {
        var variables = ProcessInfo.processInfo.environment
        for (name, value) in environment { variables[name] = value }
        let output = try GitCommand.runAllowingFailure(path, arguments, in: directory, environment: variables)
        return Run(status: output.status, stdout: String(decoding: output.stdout, as: UTF8.self), stderr: output.stderr)
    }
}

/// A `berth` process whose output is read line by line as it runs, so a test can kill it at a chosen moment.
final class RunningBerth: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var output = ""

    init(_ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: BerthBinary.path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            lock.withLock { output += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    /// Everything printed so far.
    var printed: String { lock.withLock { output } }

    /// Waits until a printed line contains `text`; false when the process ended or `timeout` passed first.
    func waitForLine(containing text: String, timeout: Duration = .seconds(120)) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if printed.contains(text) { return true }
            if !process.isRunning { return printed.contains(text) }
            try await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    /// Sends SIGTERM, as systemd or `docker stop` would.
    func terminate() {
        kill(process.processIdentifier, SIGTERM)
    }

    /// The exit status once the process ended within `timeout`; nil if it is still running.
    func waitForExit(timeout: Duration) async throws -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now >= deadline { return nil }
            try await Task.sleep(for: .milliseconds(50))
        }
        return process.terminationStatus
    }

    /// `kill -9`: no chance to clean up, as when the machine or the OOM killer takes the process.
    func killHard() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
