package import Drivers
package import Foundation

/// Debian's `docker-registry` (distribution v2) on 127.0.0.1 at a free port, with htpasswd (bcrypt) logins and
/// filesystem storage in a directory of its own: a real registry for pull tests. The Docker engine treats
/// 127.0.0.0/8 registries as insecure (plain HTTP) by default, so no TLS is needed.
///
/// The instance is started with its own config file, never the package's `/etc/docker/registry/config.yml` (port
/// 5000): nothing here depends on, or disturbs, a registry service the package may have set up.
/// ```swift
/// let registry = try RegistryServer()
/// try registry.push(DockerTestEnvironment.baseImage, as: registry.host + "/team/app:1")
/// ```
package final class RegistryServer: @unchecked Sendable {
    /// Where Debian's `docker-registry` package puts the binary.
    package static let binary = "/usr/bin/docker-registry"
    /// Where Debian's `apache2-utils` puts `htpasswd` (it writes the bcrypt entries the registry checks).
    package static let htpasswd = "/usr/bin/htpasswd"

    /// Whether both programs are installed (`scripts/bootstrap` installs them).
    package static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: binary) && FileManager.default.isExecutableFile(atPath: htpasswd)
    }

    /// Why registry tests skip when ``isAvailable`` is false.
    package static let skipReason =
        "\(binary) or \(htpasswd) is missing (run scripts/bootstrap: docker-registry, apache2-utils); in CI this fails"

    package let port: Int
    /// The one login the registry accepts.
    package let username: String
    package let password: String
    /// Holds the config, the htpasswd file, the storage and the registry's log.
    package let directory: TemporaryDirectory
    private let process: Process

    /// `127.0.0.1:<port>`: the registry host image references name.
    package var host: String { "127.0.0.1:\(port)" }

    /// The login as the engine takes it.
    package var auth: RegistryAuth { RegistryAuth(username: username, password: password, serverAddress: host) }

    /// Starts the registry and waits until it accepts connections.
    package init(username: String = "berth", password: String = "pw-" + UUID().uuidString) throws {
        self.username = username
        self.password = password
        directory = try TemporaryDirectory(prefix: "berth-registry")
        let entry = try GitCommand.run(
            Self.htpasswd, ["-Bin", username], input: Data(password.utf8),
            environment: ProcessInfo.processInfo.environment
        ).text
        let htpasswdFile = try directory.write(entry + "\n", to: "htpasswd").path
        let storage = directory.url.appendingPathComponent("storage").path
        let log = directory.url.appendingPathComponent("registry.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let directory = directory
        (port, process) = try GitServerProcess.startOnFreePort({ port in
            let config = try directory.write(
                """
                version: 0.1
                log: {level: warn}
                storage:
                  filesystem: {rootdirectory: \(storage)}
                  delete: {enabled: true}
                http: {addr: "127.0.0.1:\(port)"}
                auth:
                  htpasswd: {realm: berth-test, path: \(htpasswdFile)}
                """, to: "config.yml")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.binary)
            process.arguments = ["serve", config.path]
            process.standardOutput = try FileHandle(forWritingTo: log)
            process.standardError = try FileHandle(forWritingTo: log)
            try process.run()
            return process
        }, stop: GitServerProcess.stop)
    }

    /// Tags the engine's `image` as `reference` (which names this registry) and pushes it with ``auth``, through the
    /// engine API on its socket. - Throws: ``GitCommand/Failure`` with the engine's answer when either step fails.
    package func push(_ image: String, as reference: String) throws {
        guard let colon = reference.lastIndex(of: ":"), !reference[colon...].contains("/") else {
            throw GitCommand.Failure(
                command: "push \(reference)", output: .init(status: 1, stdout: Data(), stderr: "reference needs a tag"))
        }
        let repository = String(reference[..<colon])
        let tag = String(reference[reference.index(after: colon)...])
        let escape = { (text: String) in PercentEncoding.escape(text) }
        try engine([
            "-X", "POST", "http://docker/v1.41/images/\(escape(image))/tag?repo=\(escape(repository))&tag=\(tag)",
        ])
        let pushed = try engine([
            "-X", "POST", "-H", "X-Registry-Auth: \(auth.header)",
            "http://docker/v1.41/images/\(escape(repository))/push?tag=\(tag)",
        ])
        guard pushed.contains("\"Digest\""), !pushed.contains("\"error\"") else {
            throw GitCommand.Failure(
                command: "push \(reference)", output: .init(status: 1, stdout: Data(), stderr: pushed))
        }
    }

    /// Runs `curl` against the engine's socket; returns the body. - Throws: on an HTTP error status.
    @discardableResult
    private func engine(_ arguments: [String]) throws -> String {
        try GitCommand.run(
            "/usr/bin/curl", ["-sS", "--fail-with-body", "--unix-socket", DockerTestEnvironment.socketPath] + arguments,
            environment: ProcessInfo.processInfo.environment
        ).text
    }

    /// The registry's own log so far (for a failing test's message).
    package var log: String {
        (try? String(contentsOf: directory.url.appendingPathComponent("registry.log"), encoding: .utf8)) ?? ""
    }

    /// Stops the registry (SIGKILL, then reaped); its directory goes with the value.
    package func stop() {
        GitServerProcess.stop(process)
    }

    deinit {
        stop()
    }
}
