#if canImport(Glibc)
import Glibc
#endif
import Reconciler
import Testing

@Suite struct PortAllocatorTests {
    /// A deterministic generator so the scan's start is known.
    struct Counter: RandomNumberGenerator {
        mutating func next() -> UInt64 { 0 }
    }

    @Test func skipsPortsBerthAlreadyGaveOut() {
        var generator = Counter()
        let allocator = PortAllocator(range: 24_100...24_103)
        #expect(allocator.allocate(excluding: [24_100, 24_101], using: &generator) == 24_102)
        #expect(allocator.allocate(excluding: [24_100, 24_101, 24_102, 24_103], using: &generator) == nil)
    }

    @Test func skipsPortsSomethingOnTheHostIsBoundTo() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr = in_addr(s_addr: inet_addr("127.0.0.1"))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(bound == 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        let busy = Int(UInt16(bigEndian: address.sin_port))
        var generator = Counter()
        let allocator = PortAllocator(range: busy...busy)
        #expect(allocator.allocate(excluding: [], using: &generator) == nil)
    }
}
