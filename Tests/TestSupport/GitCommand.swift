package import Foundation

/// Runs the `git` CLI (or another program) for test fixtures and cross-checks; never used by product code.
package enum GitCommand {
    /// What a finished process printed.
    package struct Output: Sendable {
        package let status: Int32
        package let stdout: Data
        package let stderr: String
        package var text: String {
            String(decoding: stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// A command that exited non-zero.
    package struct Failure: Error, CustomStringConvertible {
        package let command: String
        package let output: Output
        package var description: String { "\(command) exited \(output.status): \(output.stderr)" }
    }

    /// Environment that makes git deterministic and independent of the user's config.
    package static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_AUTHOR_NAME"] = "berth test"
        environment["GIT_AUTHOR_EMAIL"] = "test@berth.invalid"
        environment["GIT_COMMITTER_NAME"] = "berth test"
        environment["GIT_COMMITTER_EMAIL"] = "test@berth.invalid"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        return environment
    }()

    /// Runs `git arguments...` in `directory` and returns its trimmed stdout; throws ``Failure`` on a non-zero exit.
    @discardableResult
    package static func git(_ arguments: [String], in directory: URL? = nil, input: Data? = nil) throws -> String {
        try run("/usr/bin/git", arguments, in: directory, input: input).text
    }

    /// Runs `executable` with `arguments`; throws ``Failure`` on a non-zero exit.
    @discardableResult
    package static func run(
        _ executable: String, _ arguments: [String], in directory: URL? = nil, input: Data? = nil,
        environment: [String: String]? = nil
    ) throws -> Output {
        let output = try runAllowingFailure(
            executable, arguments, in: directory, input: input, environment: environment)
        guard output.status == 0 else {
            throw Failure(command: ([executable] + arguments).joined(separator: " "), output: output)
        }
        return output
    }

    /// Runs `executable` with `arguments` and returns whatever happened.
    package static func runAllowingFailure(
        _ executable: String, _ arguments: [String], in directory: URL? = nil, input: Data? = nil,
        environment: [String: String]? = nil
    ) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment ?? Self.environment
        if let directory { process.currentDirectoryURL = directory }
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            let writer = stdin.fileHandleForWriting
            DispatchQueue.global().async {
                try? writer.write(contentsOf: input)
                try? writer.close()
            }
        }
        let errors = ErrorCollector(stderr.fileHandleForReading)
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: data, stderr: errors.wait())
    }
}

/// Drains a pipe on a background queue so a chatty stderr cannot block the child.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
