package import Foundation

/// Smart HTTP for the bare repositories under a directory: `Tests/Fixtures/git-http-server.py` runs
/// `git http-backend` as CGI on 127.0.0.1 behind HTTP basic auth (one user, one token).
package final class GitHTTPServer: @unchecked Sendable {
    package let port: Int
    private let process: Process

    /// Starts the server; it accepts only `username` with `token`.
    package init(projectRoot: URL, username: String, token: String) throws {
        let (process, port) = try FixtureServerProcess.launch(
            "git-http-server.py", ["--root", projectRoot.path, "--user", username],
            environment: ["BERTH_TEST_GIT_TOKEN": token])
        self.port = port
        self.process = process
    }

    /// `http://127.0.0.1:<port>/<name>`.
    package func url(for name: String) -> String {
        "http://127.0.0.1:\(port)/\(name)"
    }

    deinit {
        GitServerProcess.stop(process)
    }
}
