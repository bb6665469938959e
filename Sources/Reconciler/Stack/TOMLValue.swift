/// Reads `key = "value"` from the `[section]` of a small TOML file (Cargo.toml's `[package] name`): enough for
/// detection, not a TOML parser.
enum TOMLValue {
    static func string(_ key: String, in section: String, of text: String) -> String? {
        var inSection = false
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingPrefix(while: \.isWhitespace)
            if trimmed.hasPrefix("[") {
                inSection = trimmed.hasPrefix("[\(section)]")
                continue
            }
            guard inSection, trimmed.hasPrefix(key) else { continue }
            let rest = trimmed.dropFirst(key.count).trimmingPrefix(while: \.isWhitespace)
            guard rest.hasPrefix("=") else { continue }
            let value = rest.dropFirst().trimmingPrefix(while: \.isWhitespace)
            guard value.hasPrefix("\"") else { return nil }
            return String(value.dropFirst().prefix(while: { $0 != "\"" }))
        }
        return nil
    }
}
