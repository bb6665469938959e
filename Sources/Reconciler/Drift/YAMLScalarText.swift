import Foundation
import Yams

/// How berth writes a value or key into YAML: plain when that reads back as the same text, else double-quoted.
enum YAMLScalarText {
    /// Words some YAML readers take for null or booleans: always quoted.
    private static let ambiguous: Set<String> = [
        "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n",
    ]

    static func format(_ value: String, like style: Node.Scalar.Style) -> String {
        switch style {
        case .singleQuoted: return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
        case .doubleQuoted: return doubleQuoted(value)
        default: return isPlainSafe(value) ? value : doubleQuoted(value)
        }
    }

    static func key(_ key: String) -> String { isPlainSafe(key) ? key : doubleQuoted(key) }

    static func isPlainSafe(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
            !ambiguous.contains(value.lowercased())
        else { return false }
        let allowed = { (c: Unicode.Scalar) in
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9")
                || "._/-+=:@ ".unicodeScalars.contains(c)
        }
        return value.unicodeScalars.allSatisfy(allowed) && first != "-" && first != ":" && first != " "
            && first != "@" && last != " " && last != ":" && !value.contains(": ") && !value.contains(" #")
    }

    static func doubleQuoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
