import Crypto
import Drivers
import Foundation

extension ReviewFinding {
    /// A stable fingerprint: the first 16 hex digits of SHA-256 over rule, file and the matched content with its
    /// whitespace normalised. The line number is left out, so the fingerprint survives edits elsewhere in the file.
    package static func fingerprint(rule: String, file: String, content: some StringProtocol) -> String {
        let normalized = content.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let digest = SHA256.hash(data: Data("\(rule)\u{0}\(file)\u{0}\(normalized)".utf8))
        return digest.prefix(8).lowercaseHex
    }
}
