import Foundation

/// Starts a server script from `Tests/Fixtures` that binds 127.0.0.1 on a free port and prints the port on its
/// first line.
enum FixtureScript {
    static func start(_ name: String, arguments: [String], environment: [String: String]) throws -> (Process, Int) {
        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(name)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + arguments
        process.environment = environment
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
                command: name, output: .init(status: -1, stdout: line, stderr: "server did not print its port"))
        }
        return (process, port)
    }
}
