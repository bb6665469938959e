#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Looks at this machine's TCP ports: whether one can be bound, and which process listens on it (from `/proc`).
///
/// Meaningful only where the engine publishes ports on this machine (`docker.host` a unix socket): berth then asks
/// before a rollout stops anything, and names the holder when the engine refuses a port.
package struct HostPortProbe: Sendable {
    /// Where `/proc` is mounted (tests point it at a fake tree).
    let procRoot: String

    package init(procRoot: String = "/proc") {
        self.procRoot = procRoot
    }

    /// Whether `port` on `address` (`0.0.0.0`, `127.0.0.1`, `::`) can be bound now; a held port on any address
    /// makes a bind on `0.0.0.0` fail too, as it makes the engine's.
    package func isFree(_ address: String, port: Int) -> Bool {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICHOST
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(address, String(port), &hints, &list) == 0, let first = list,
            let socketAddress = first.pointee.ai_addr
        else { return true }  // not an address berth can test: let the engine decide
        defer { freeaddrinfo(list) }
        let descriptor = socket(first.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return true }
        defer { close(descriptor) }
        var on: Int32 = 1
        _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        return bind(descriptor, socketAddress, first.pointee.ai_addrlen) == 0 || errno != EADDRINUSE
    }

    /// The process listening on TCP `port` (any address), found by the socket's inode in `/proc/net/tcp{,6}` and
    /// the `/proc/<pid>/fd` entry pointing at it; nil when none can be seen (another namespace, no permission).
    package func listeningProcess(port: Int) -> (name: String, pid: Int32)? {
        let inodes = Set(["net/tcp", "net/tcp6"].flatMap { listeningInodes(in: procRoot + "/" + $0, port: port) })
        guard !inodes.isEmpty, let pids = try? FileManager.default.contentsOfDirectory(atPath: procRoot) else {
            return nil
        }
        for pid in pids.compactMap({ Int32($0) }).sorted() {
            let fdDirectory = "\(procRoot)/\(pid)/fd"
            guard let fds = try? FileManager.default.contentsOfDirectory(atPath: fdDirectory) else { continue }
            for fd in fds {
                guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: fdDirectory + "/" + fd),
                    let inode = Self.socketInode(target), inodes.contains(inode)
                else { continue }
                let name = (try? String(contentsOfFile: "\(procRoot)/\(pid)/comm", encoding: .utf8))?
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                return (name ?? "?", pid)
            }
        }
        return nil
    }

    /// The inodes of sockets in LISTEN state (`0A`) on `port` in one `/proc/net/tcp`-style table.
    func listeningInodes(in table: String, port: Int) -> [String] {
        guard let text = try? String(contentsOfFile: table, encoding: .utf8) else { return [] }
        let wanted = String(format: "%04X", port)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count > 9, fields[3] == "0A", fields[1].split(separator: ":").last.map(String.init) == wanted
            else { return nil }
            return String(fields[9])
        }
    }

    /// `socket:[12345]` → `12345`.
    static func socketInode(_ link: String) -> String? {
        guard link.hasPrefix("socket:["), link.hasSuffix("]") else { return nil }
        return String(link.dropFirst("socket:[".count).dropLast())
    }
}
