import Foundation

/// Starts one of the Python servers under `Tests/Fixtures`: each binds 127.0.0.1 port 0 and prints the port it got
/// on its first line of stdout.
enum FixtureServerProcess {
    /// Runs `python3 Tests/Fixtures/<script> arguments...` with `environment` added to git's test environment and
    /// returns the process with the port it printed. `python` is the interpreter (a venv's, for a fixture that needs
    /// a package from PyPI).
    static func launch(
        _ script: String, _ arguments: [String], environment extra: [String: String], python: String = "python3"
    ) throws -> (process: Process, port: Int) {
        let path = Fixtures.directory.appendingPathComponent(script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, path.path] + arguments
        process.environment = GitCommand.environment.merging(extra) { $1 }
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while let byte = try stdout.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            GitServerProcess.stop(process)
            throw GitCommand.Failure(
                command: script, output: .init(status: -1, stdout: line, stderr: "server did not print its port"))
        }
        return (process, port)
    }
}
