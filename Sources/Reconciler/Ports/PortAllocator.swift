#if canImport(Glibc)
import Glibc
#endif

/// Picks a free host port for a new generation from the controller's `ports.range` (DESIGN §2 "Ports").
///
/// A port is free when no berth container claims it (`berth.port`) and nothing on the host is bound to it right
/// now. Between this check and Docker publishing the port another process may take it: the caller retries with
/// another port on `EADDRINUSE`, passing the failed one in `taken`.
package struct PortAllocator: Sendable {
    package let range: ClosedRange<Int>

    package init(range: ClosedRange<Int>) {
        self.range = range
    }

    /// A free port, starting the scan at a random place so concurrent generations rarely collide;
    /// `nil` when every port in the range is taken.
    package func allocate(excluding taken: Set<Int>) -> Int? {
        var generator = SystemRandomNumberGenerator()
        return allocate(excluding: taken, using: &generator)
    }

    /// A free port, scanning from a start `generator` picks.
    package func allocate(excluding taken: Set<Int>, using generator: inout some RandomNumberGenerator) -> Int? {
        let count = range.count
        let start = Int.random(in: 0..<count, using: &generator)
        for offset in 0..<count {
            let port = range.lowerBound + (start + offset) % count
            if !taken.contains(port), Self.isBindable(port) { return port }
        }
        return nil
    }

    /// Whether a TCP listener could bind `port` on all IPv4 addresses now.
    static func isBindable(_ port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr = in_addr(s_addr: INADDR_ANY)
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
