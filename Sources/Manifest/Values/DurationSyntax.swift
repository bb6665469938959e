/// Durations as manifests write them: integers with units, largest first or in any order: `500ms`, `2s`, `1m30s`, `1h`.
package enum DurationSyntax {
    /// What a valid duration looks like, for error messages.
    package static let help = "numbers with units ms, s, m or h: 500ms, 2s, 1m30s"
    /// Longest accepted duration: a year, far beyond any sensible timeout, and safe from overflow.
    static let maximumMilliseconds: Int64 = 366 * 24 * 3_600_000

    /// Parses `text`; `nil` when it is not a duration or exceeds ``maximumMilliseconds``.
    package static func parse(_ text: String) -> Duration? {
        var total: Int64 = 0
        var number: Int64 = 0
        var digits = 0
        var sawUnit = false
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                guard digits < 12 else { return nil }
                number = number * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
                index += 1
                continue
            }
            guard digits > 0 else { return nil }
            let factor: Int64
            if byte == UInt8(ascii: "m"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "s") {
                factor = 1
                index += 2
            } else {
                switch byte {
                case UInt8(ascii: "h"): factor = 3_600_000
                case UInt8(ascii: "m"): factor = 60_000
                case UInt8(ascii: "s"): factor = 1_000
                default: return nil
                }
                index += 1
            }
            total += number * factor
            guard total <= maximumMilliseconds else { return nil }
            number = 0
            digits = 0
            sawUnit = true
        }
        guard sawUnit, digits == 0 else { return nil }
        return .milliseconds(total)
    }
}
