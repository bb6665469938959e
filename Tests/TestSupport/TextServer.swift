package import Foundation

/// `Tests/Fixtures/text-server.py` on 127.0.0.1: answers every GET with one fixed body. An upstream for router and
/// load-loop tests that can go away and come back on the same port.
///
/// ```swift
/// let blue = try TextServer(body: "blue")
/// // route to 127.0.0.1:\(blue.port) ...
/// blue.stop(); try blue.restart()
/// ```
package final class TextServer: @unchecked Sendable {
    package let port: Int
    /// The arguments that pick the answer (`--body B` or `--body-file F`, `--status S`).
    private let arguments: [String]
    private let lock = NSLock()
    private var process: Process?

    /// Starts the server on a free port, answering `body` with `status`.
    package convenience init(body: String, status: Int = 200) throws {
        try self.init(arguments: ["--body", body, "--status", String(status)])
    }

    /// Starts the server on a free port, answering each request with the contents of `bodyFile` at that moment.
    package convenience init(bodyFile: URL) throws {
        try self.init(arguments: ["--body-file", bodyFile.path])
    }

    private init(arguments: [String]) throws {
        self.arguments = arguments
        let (process, port) = try FixtureServerProcess.launch("text-server.py", arguments, environment: [:])
        self.process = process
        self.port = port
    }

    /// `127.0.0.1:<port>`: what a router dials.
    package var address: String { "127.0.0.1:\(port)" }

    /// Stops the server: connections to its port are refused until ``restart()``.
    package func stop() {
        let process = lock.withLock { () -> Process? in
            defer { self.process = nil }
            return self.process
        }
        process.map(GitServerProcess.stop)
    }

    /// Starts the server again on the same port.
    package func restart() throws {
        stop()
        let (process, _) = try FixtureServerProcess.launch(
            "text-server.py", arguments + ["--port", String(port)], environment: [:])
        lock.withLock { self.process = process }
    }

    deinit {
        stop()
    }
}
