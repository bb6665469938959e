package import Drivers
import Foundation
package import Logging

#if canImport(Glibc)
    import Glibc
#endif

/// The Docker engine the real-engine tests use, and whether it answers.
///
/// Tests gate on it with `.enabled(if: DockerTestEnvironment.isAvailable, DockerTestEnvironment.skipReason)`;
/// a separate test fails when `CI=true` and the engine does not answer, so CI never skips silently.
package enum DockerTestEnvironment {
    /// The engine's unix socket (`DOCKER_HOST=unix://...` overrides the default).
    package static let socketPath: String = {
        let host = ProcessInfo.processInfo.environment["DOCKER_HOST"] ?? ""
        return host.hasPrefix("unix://") ? String(host.dropFirst("unix://".count)) : "/var/run/docker.sock"
    }()

    /// The base image every test image builds on (made by `scripts/bootstrap`).
    package static let baseImage = "berth-test/busybox:latest"

    /// Whether `CI=true` is set: then a missing engine is a failure, not a skip.
    package static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Whether the engine answers `GET /_ping` on ``socketPath``; checked once per test run.
    package static let isAvailable: Bool = ping()

    /// Why engine tests are skipped when ``isAvailable`` is false.
    package static var skipReason: String {
        "no Docker engine answers on \(socketPath) (run scripts/bootstrap); in CI this fails instead"
    }

    /// A client for the test engine, logging to `logger` (silent by default).
    package static func client(logger: Logger = Logger(label: "berth.test", factory: { _ in SwiftLogNoOpLogHandler() }))
        -> DockerClient
    {
        DockerClient(endpoint: .unixSocket(socketPath), requestTimeout: .seconds(120), logger: logger)
    }

    /// A raw `GET /_ping` over the socket, synchronous so it can gate tests at declaration time.
    private static func ping() -> Bool {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let path = Array(socketPath.utf8CString)
        guard path.count <= MemoryLayout.size(ofValue: address.sun_path) else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            path.withUnsafeBytes { raw.copyMemory(from: $0) }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard connected == 0 else { return false }
        let request = Array("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".utf8)
        guard write(fd, request, request.count) == request.count else { return false }
        var reply = [UInt8](repeating: 0, count: 512)
        let count = read(fd, &reply, reply.count)
        return count > 0 && String(decoding: reply[..<count], as: UTF8.self).hasPrefix("HTTP/1.0 200")
    }
}
