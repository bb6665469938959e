/// Finds where UTF-8 text goes wrong, as a line and column a person can jump to.
enum UTF8Position {
    /// The line, column (both from 1) and value of the first byte that is not valid UTF-8; `nil` when all are.
    static func firstInvalid(in bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8)? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = sequenceLength(lead)
            let valid =
                length > 0 && index + length <= bytes.count
                && (1..<length).allSatisfy { bytes[index + $0] & 0xC0 == 0x80 }
                && String(validating: bytes[index..<index + length], as: UTF8.self) != nil
            guard valid else { return (line, column, lead) }
            if lead == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return (line, column, 0)
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0x00...0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }
}
