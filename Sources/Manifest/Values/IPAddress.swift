#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// IP address literals, as Docker takes them for `hostIP`.
enum IPAddress {
    /// Whether `text` is an IPv4 or IPv6 address literal.
    static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count < 64 else { return false }
        var buffer = [UInt8](repeating: 0, count: 16)
        return text.withCString { pointer in
            inet_pton(AF_INET, pointer, &buffer) == 1 || inet_pton(AF_INET6, pointer, &buffer) == 1
        }
    }
}
