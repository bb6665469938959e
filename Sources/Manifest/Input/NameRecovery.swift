/// Finds `metadata.name` in a document that YAML could not read, so that the broken document can still be
/// reported under its deployment's name.
///
/// Conservative on purpose: it reads only `metadata: {name: web, ...}` or a block `metadata:` at the start of a
/// line whose own fields include `name: web`, and returns only a valid DNS label.
enum NameRecovery {
    static func name(in bytes: ArraySlice<UInt8>) -> String? {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        guard let start = lines.firstIndex(where: { $0.hasPrefix("metadata:") }) else { return nil }
        let rest = lines[start].dropFirst("metadata:".count).drop { $0 == " " }
        if rest.hasPrefix("{") { return value(after: "name:", in: rest.dropFirst().drop { $0 == " " }) }
        var fieldIndent: Int?
        for line in lines[(start + 1)...] {
            let indent = line.prefix { $0 == " " }.count
            let content = line.dropFirst(indent)
            if content.isEmpty || content.hasPrefix("#") { continue }
            if indent == 0 { return nil }
            if fieldIndent == nil { fieldIndent = indent }
            if indent == fieldIndent, content.hasPrefix("name:") { return value(after: "name:", in: content) }
        }
        return nil
    }

    /// The DNS label right after `key` at the start of `text`, unquoted.
    private static func value(after key: String, in text: Substring) -> String? {
        guard text.hasPrefix(key) else { return nil }
        var value = text.dropFirst(key.count).drop { $0 == " " }
        if let quote = value.first, quote == "\"" || quote == "'" { value = value.dropFirst() }
        let label = String(value.prefix { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
        return Names.isDNSLabel(label) ? label : nil
    }
}
