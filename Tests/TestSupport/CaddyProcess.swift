package import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Debian's Caddy (`/usr/bin/caddy run --config <file>`) with its admin API on a free 127.0.0.1 port, its data and
/// config in temp directories of its own (`XDG_DATA_HOME`, `XDG_CONFIG_HOME`), so no two tests share state.
///
/// The start config holds only the admin listener and the local CA with `install_trust: false` (otherwise Caddy
/// writes its root into the machine's trust store the first time TLS `internal` is used). ``restart()`` starts
/// from that file again, so whatever the test (or berth) put in through the admin API is gone, as after a crash.
/// ```swift
/// let caddy = try CaddyProcess()
/// let router = CaddyRouter(settings: CaddySettings(admin: caddy.adminURL,
///                          listen: .init(http: ":\(caddy.httpPort)", https: nil)), logger: logger)
/// ```
package final class CaddyProcess: @unchecked Sendable {
    /// Where Debian's `caddy` package puts the binary.
    package static let binary = "/usr/bin/caddy"

    /// Whether Caddy is installed (`scripts/bootstrap` installs it).
    package static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    /// Why Caddy tests skip when ``isAvailable`` is false.
    package static let skipReason = "\(binary) is missing (run scripts/bootstrap: caddy); in CI this fails instead"

    /// The admin API's port on 127.0.0.1.
    package let adminPort: Int
    /// A port that was free when Caddy started, for berth's server to listen on with plain HTTP.
    package let httpPort: Int
    /// A port that was free when Caddy started, for berth's server to listen on with TLS.
    package let httpsPort: Int
    /// Holds the start config, Caddy's data and config homes and its log.
    package let directory: TemporaryDirectory
    private let configFile: URL
    private let lock = NSLock()
    private var process: Process?

    /// `http://127.0.0.1:<adminPort>`.
    package var adminURL: String { "http://127.0.0.1:\(adminPort)" }

    /// Starts Caddy and waits (up to 10 s) until its admin API accepts connections.
    /// - Parameter apps: whether the start config holds an `apps` object (the local CA's settings); without it
    ///   Caddy starts with no apps at all, and TLS `internal` must not be used (it would install trust).
    package init(apps: Bool = true) throws {
        directory = try TemporaryDirectory(prefix: "berth-caddy")
        httpPort = try GitLoopbackPort.free()
        httpsPort = try GitLoopbackPort.free()
        configFile = directory.url.appendingPathComponent("caddy.json")
        let directory = directory
        let configFile = configFile
        var started: Process?
        (adminPort, started) = try GitServerProcess.startOnFreePort(
            { port in
                var config: [String: Any] = ["admin": ["listen": "127.0.0.1:\(port)"]]
                if apps {
                    config["apps"] = ["pki": ["certificate_authorities": ["local": ["install_trust": false]]]]
                }
                try JSONSerialization.data(withJSONObject: config, options: [.sortedKeys]).write(to: configFile)
                return try Self.launch(configFile, in: directory)
            }, stop: { $0.map(GitServerProcess.stop) })
        process = started
    }

    /// Caddy's log so far (for a failing test's message).
    package var log: String {
        (try? String(contentsOf: directory.url.appendingPathComponent("caddy.log"), encoding: .utf8)) ?? ""
    }

    /// Stops Caddy (SIGKILL, then reaped): the admin API and every listener go away.
    package func stop() {
        let process = lock.withLock { () -> Process? in
            defer { self.process = nil }
            return self.process
        }
        process.map(GitServerProcess.stop)
    }

    /// Stops Caddy and starts it again from the start config on the same admin port; waits until the admin API
    /// answers. Everything set through the admin API since the start is lost.
    package func restart() throws {
        stop()
        let process = try Self.launch(configFile, in: directory)
        lock.withLock { self.process = process }
        guard GitLoopbackPort.waitUntilAccepting(adminPort) else {
            throw POSIXError(.ETIMEDOUT)
        }
    }

    /// The admin API's answer to `GET <path>` (e.g. `/config/apps/http/servers/other`), as raw bytes.
    package func get(_ path: String) throws -> Data {
        try GitCommand.run(
            "/usr/bin/curl", ["-sS", "--fail-with-body", "--max-time", "5", adminURL + path],
            environment: ProcessInfo.processInfo.environment
        ).stdout
    }

    /// Sends `body` as JSON to the admin API (`POST`, `PUT`, `PATCH`): how tests put config of their own in.
    package func send(_ method: String, _ path: String, json body: String) throws {
        try GitCommand.run(
            "/usr/bin/curl",
            [
                "-sS", "--fail-with-body", "--max-time", "30", "-X", method, "-H", "Content-Type: application/json",
                "--data-binary", body, adminURL + path,
            ],
            environment: ProcessInfo.processInfo.environment)
    }

    private static func launch(_ config: URL, in directory: TemporaryDirectory) throws -> Process {
        let data = directory.url.appendingPathComponent("data")
        let home = directory.url.appendingPathComponent("config")
        for folder in [data, home] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let log = directory.url.appendingPathComponent("caddy.log")
        if !FileManager.default.fileExists(atPath: log.path) {
            FileManager.default.createFile(atPath: log.path, contents: nil)
        }
        let output = try FileHandle(forWritingTo: log)
        output.seekToEndOfFile()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["run", "--config", config.path]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = data.path
        environment["XDG_CONFIG_HOME"] = home.path
        environment["HOME"] = directory.url.path
        process.environment = environment
        process.standardOutput = output
        process.standardError = output
        try process.run()
        return process
    }

    deinit {
        stop()
    }
}
