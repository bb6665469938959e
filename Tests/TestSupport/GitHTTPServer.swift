public import Foundation

/// Smart HTTP for the bare repositories under a directory: `Tests/Fixtures/git-http-server.py` runs
/// `git http-backend` as CGI on 127.0.0.1 behind HTTP basic auth (one user, one token).
public final class GitHTTPServer: @unchecked Sendable {
    public let port: Int
    private let process: Process

    /// Starts the server; it accepts only `username` with `token`.
    public init(projectRoot: URL, username: String, token: String) throws {
        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/git-http-server.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--root", projectRoot.path, "--user", username]
        var environment = GitCommand.environment
        environment["BERTH_TEST_GIT_TOKEN"] = token
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
                command: "git-http-server.py",
                output: .init(status: -1, stdout: line, stderr: "server did not print its port"))
        }
        self.port = port
        self.process = process
    }

    /// `http://127.0.0.1:<port>/<name>`.
    public func url(for name: String) -> String {
        "http://127.0.0.1:\(port)/\(name)"
    }

    deinit {
        GitServerProcess.stop(process)
    }
}
