import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#endif

/// One health check of an app on a host port: `127.0.0.1:<port>`, or a swarm node's address for a task there (DESIGN
/// §2 "Ports": probes never use a container address).
///
/// ```swift
/// let outcome = await HealthProbe.http(path: "/healthz", expectStatus: 200).check(port: 20001, timeout: .seconds(1))
/// ```
package enum HealthProbe: Sendable, Hashable {
    /// `GET path` must answer `expectStatus`.
    case http(path: String, expectStatus: Int)
    /// A TCP connection must be accepted.
    case tcp

    /// What one check found.
    package enum Outcome: Sendable, Hashable {
        case passed
        /// Why it failed, in words for the rollout log.
        case failed(String)
    }

    /// Runs the check once against `host:port` (an IPv4 address; this machine's loopback unless given), giving up
    /// after `timeout`.
    package func check(host: String = "127.0.0.1", port: Int, timeout: Duration) async -> Outcome {
        switch self {
        case .http(let path, let expectStatus):
            await Self.checkHTTP(host: host, port: port, path: path, expectStatus: expectStatus, timeout: timeout)
        case .tcp:
            await Self.checkTCP(host: host, port: port, timeout: timeout)
        }
    }

    private static func checkHTTP(
        host: String, port: Int, path: String, expectStatus: Int, timeout: Duration
    ) async -> Outcome {
        let client = HTTPClient(
            endpoint: .tcp(host: host, port: port), connectTimeout: timeout,
            logger: Logger(label: "berth.probe", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        do {
            let response = try await client.execute(HTTPRequest(method: "GET", target: path, timeout: timeout))
            _ = try? await response.body.collect(upTo: 64 * 1024)
            return response.status == expectStatus
                ? .passed : .failed("GET \(path) answered \(response.status), expected \(expectStatus)")
        } catch {
            return .failed(String(describing: error))
        }
    }

    /// Connects on a thread of its own: `poll` blocks, and blocking never runs on the cooperative pool.
    private static func checkTCP(host: String, port: Int, timeout: Duration) async -> Outcome {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(returning: connect(host: host, port: port, timeout: timeout))
            }
        }
    }

    private static func connect(host: String, port: Int, timeout: Duration) -> Outcome {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard descriptor >= 0 else { return .failed("socket: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            return .failed("\(host) is not an IPv4 address to connect to")
        }
        let started = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        if started == 0 { return .passed }
        guard errno == EINPROGRESS else {
            return .failed("connect \(host):\(port): \(String(cString: strerror(errno)))")
        }
        var pollEntry = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        let milliseconds = Int32(
            timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        guard poll(&pollEntry, 1, milliseconds) == 1 else {
            return .failed("connect \(host):\(port): no answer within \(timeout)")
        }
        var socketError: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &socketError, &length)
        return socketError == 0
            ? .passed : .failed("connect \(host):\(port): \(String(cString: strerror(socketError)))")
    }
}
