internal import CGit2

/// Conversions between libgit2's `git_oid` and the 40-hex-digit text berth's value types carry.
enum GitOID {
    static func hex(_ oid: git_oid) -> String {
        var copy = oid
        var buffer = [CChar](repeating: 0, count: 41)
        _ = git_oid_fmt(&buffer, &copy)
        buffer[40] = 0
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// The oid for a full 40-digit hex id, or nil when `hex` is not one.
    static func parse(_ hex: String) -> git_oid? {
        guard hex.utf8.count == 40, hex.utf8.allSatisfy({ isHexDigit($0) }) else { return nil }
        var oid = git_oid()
        guard git_oid_fromstrn(&oid, hex, 40) == 0 else { return nil }
        return oid
    }

    static func equal(_ lhs: git_oid, _ rhs: git_oid) -> Bool {
        var left = lhs
        var right = rhs
        return git_oid_equal(&left, &right) != 0
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 97 && byte <= 102) || (byte >= 65 && byte <= 70)
    }
}
