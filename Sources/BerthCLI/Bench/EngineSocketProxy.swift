import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A transparent proxy on a Unix socket in front of the engine's, counting the HTTP requests that pass through it:
/// how `berth bench rollout` counts engine calls without trusting the code under test. Each connection is two
/// threads copying bytes; the client's side is parsed just enough to find where each request ends.
final class EngineSocketProxy: Sendable {
    /// The socket clients connect to: `unix://` + this is a `docker.host`.
    let path: String
    private let target: String
    private let listener: Int32
    private let counts = Mutex<[String: Int]>([:])

    /// Listens on `path` and forwards each connection to the socket at `target`.
    init(path: String, target: String) throws {
        self.path = path
        self.target = target
        listener = try Self.unixSocket(path, connect: false)
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    /// Requests seen since the last call, by method and path with ids replaced (`POST /containers/{id}/start`),
    /// and forgets them.
    func takeCounts() -> [String: Int] {
        counts.withLock { counts in
            defer { counts = [:] }
            return counts
        }
    }

    /// Stops listening; connections already open end when their peers close them.
    func close() {
        shutdown(listener, Int32(SHUT_RDWR))
        Glibc.close(listener)
        unlink(path)
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            guard let engine = try? Self.unixSocket(target, connect: true) else {
                Glibc.close(client)
                continue
            }
            let connection = Connection(client: client, engine: engine)
            Thread.detachNewThread { [self] in
                var parser = RequestBoundaries()
                pump(from: client, to: engine, of: connection) { bytes in
                    for request in parser.consume(bytes) { counts.withLock { $0[request, default: 0] += 1 } }
                }
            }
            Thread.detachNewThread { [self] in pump(from: engine, to: client, of: connection) { _ in } }
        }
    }

    /// One client's connection and the engine connection it was given.
    private final class Connection: Sendable {
        let client: Int32
        let engine: Int32
        /// Directions that ended: the second one closes both descriptors.
        let endedDirections = Atomic(0)

        init(client: Int32, engine: Int32) {
            self.client = client
            self.engine = engine
        }
    }

    /// Copies until `source` ends, then closes `destination` for writing and `source` for reading.
    private func pump(
        from source: Int32, to destination: Int32, of connection: Connection, observe: ([UInt8]) -> Void
    ) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        copying: while true {
            let count = buffer.withUnsafeMutableBytes { read(source, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            let chunk = Array(buffer[0..<count])
            observe(chunk)
            var sent = 0
            while sent < count {
                let written = chunk.withUnsafeBytes { write(destination, $0.baseAddress! + sent, count - sent) }
                guard written > 0 else { break copying }
                sent += written
            }
        }
        shutdown(destination, Int32(SHUT_WR))
        shutdown(source, Int32(SHUT_RD))
        if connection.endedDirections.add(1, ordering: .acquiringAndReleasing).newValue == 2 {
            Glibc.close(connection.client)
            Glibc.close(connection.engine)
        }
    }

    private static func unixSocket(_ path: String, connect shouldConnect: Bool) throws -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw CommandFailure.failed("proxy: socket() failed: errno \(errno)") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            throw CommandFailure.failed("proxy: socket path too long: \(path)")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let length = socklen_t(MemoryLayout<sockaddr_un>.size)
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                shouldConnect ? connect(descriptor, address, length) : bind(descriptor, address, length)
            }
        }
        guard result == 0, shouldConnect || listen(descriptor, 256) == 0 else {
            Glibc.close(descriptor)
            let verb = shouldConnect ? "connect to" : "listen on"
            throw CommandFailure.failed("proxy: cannot \(verb) \(path): errno \(errno)")
        }
        return descriptor
    }
}

/// Finds where each HTTP/1.1 request ends in a client's byte stream (headers, then a `Content-Length` or chunked
/// body) and names it by method and path, API version and query left out and ids replaced.
struct RequestBoundaries {
    private enum State {
        case headers
        case body(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
    }

    private var state = State.headers
    private var pending: [UInt8] = []

    /// The requests whose headers end in `bytes` (with what came before).
    mutating func consume(_ bytes: [UInt8]) -> [String] {
        pending += bytes
        var requests: [String] = []
        var offset = 0
        /// Passes over up to `remaining` body bytes that have arrived; how many are still to come, or nil when none
        /// arrived.
        func skip(_ remaining: Int) -> Int? {
            let taken = min(pending.count - offset, remaining)
            guard taken > 0 else { return nil }
            offset += taken
            return remaining - taken
        }
        parsing: while true {
            switch state {
            case .headers:
                guard let end = Self.find([13, 10, 13, 10], in: pending, from: offset) else { break parsing }
                let head = String(decoding: pending[offset..<end], as: UTF8.self)
                offset = end + 4
                requests.append(Self.name(head))
                let lower = head.lowercased()
                if lower.contains("transfer-encoding: chunked") {
                    state = .chunkSize
                } else if let length = Self.contentLength(lower), length > 0 {
                    state = .body(remaining: length)
                }
            case .body(let remaining):
                guard let left = skip(remaining) else { break parsing }
                state = left == 0 ? .headers : .body(remaining: left)
            case .chunkSize:
                guard let end = Self.find([13, 10], in: pending, from: offset) else { break parsing }
                let line = String(decoding: pending[offset..<end], as: UTF8.self)
                let size = line.split(separator: ";").first.flatMap { Int($0, radix: 16) } ?? 0
                offset = end + 2
                // The last chunk: its size line, then an empty line (no trailers).
                state = size == 0 ? .body(remaining: 2) : .chunkData(remaining: size + 2)
            case .chunkData(let remaining):
                guard let left = skip(remaining) else { break parsing }
                state = left == 0 ? .chunkSize : .chunkData(remaining: left)
            }
        }
        pending.removeFirst(offset)
        return requests
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        return (start...(haystack.count - needle.count)).first { index in
            haystack[index..<(index + needle.count)].elementsEqual(needle)
        }
    }

    private static func contentLength(_ lowercasedHead: String) -> Int? {
        for line in lowercasedHead.split(separator: "\r\n") where line.hasPrefix("content-length:") {
            return Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// `POST /v1.41/containers/3f2a…/start?x=y HTTP/1.1` → `POST /containers/{id}/start`.
    private static func name(_ head: String) -> String {
        let requestLine = head.prefix { $0 != "\r" }.split(separator: " ")
        guard requestLine.count >= 2 else { return "?" }
        let path = requestLine[1].prefix { $0 != "?" }
        var segments = path.split(separator: "/").map(String.init)
        if let first = segments.first, first.hasPrefix("v"),
            first.dropFirst().allSatisfy({ $0.isNumber || $0 == "." })
        {
            segments.removeFirst()
        }
        let named = ["create", "json", "prune", "load", "build", "events", "version", "_ping"]
        if segments.count >= 2, ["containers", "images", "volumes", "networks"].contains(segments[0]),
            !named.contains(segments[1])
        {
            segments[1] = "{id}"
        }
        return "\(requestLine[0]) /\(segments.joined(separator: "/"))"
    }
}
