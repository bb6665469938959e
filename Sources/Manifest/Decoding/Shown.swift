/// How a value a person wrote is quoted back in a message: numbers as they are, text in quotes, long text cut.
enum Shown {
    static let maximumLength = 60

    static func value(_ text: String) -> String {
        let numeric =
            !text.isEmpty
            && text.utf8.allSatisfy {
                Names.isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+")
            }
        if numeric && text.utf8.count <= maximumLength { return text }
        return quoted(text)
    }

    static func quoted(_ text: String) -> String {
        var scalars = text.unicodeScalars.prefix(maximumLength).map { scalar -> String in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\t": "\\t"
            default:
                scalar.value < 0x20 || scalar.value == 0x7F ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
            }
        }.joined()
        if text.unicodeScalars.count > maximumLength { scalars += "…" }
        return "\"" + scalars + "\""
    }

    /// `a, b or c`.
    static func choices(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    }

    /// `spec.env.LOG_LEVEL`, or `spec.env["odd key"]` when the key is not a plain word.
    static func path(_ parent: String, _ key: String) -> String {
        let plain =
            !key.isEmpty
            && key.utf8.allSatisfy {
                Names.isLetter($0) || Names.isDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
            }
        if !plain { return parent + "[" + quoted(key) + "]" }
        return parent.isEmpty ? key : parent + "." + key
    }
}
