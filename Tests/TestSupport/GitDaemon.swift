package import Foundation

/// `git daemon` serving the bare repositories under a directory on 127.0.0.1 at a free port (read-only).
package final class GitDaemon: @unchecked Sendable {
    package let port: Int
    private let process: Process

    /// Starts the daemon and waits until it accepts connections.
    package init(basePath: URL) throws {
        let daemon = try GitCommand.git(["--exec-path"]) + "/git-daemon"
        (port, process) = try GitServerProcess.startOnFreePort({ port in
            let process = Process()
            // git-daemon itself, not `git daemon`: the wrapper would outlive a kill and orphan the daemon.
            process.executableURL = URL(fileURLWithPath: daemon)
            process.arguments = [
                "--reuseaddr", "--export-all", "--listen=127.0.0.1", "--port=\(port)",
                "--base-path=\(basePath.path)", basePath.path,
            ]
            process.environment = GitCommand.environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }, stop: GitServerProcess.stop)
    }

    /// `git://127.0.0.1:<port>/<name>`.
    package func url(for name: String) -> String {
        "git://127.0.0.1:\(port)/\(name)"
    }

    deinit {
        GitServerProcess.stop(process)
    }
}
