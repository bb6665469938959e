/// Writes ``SampleNode`` trees as YAML in randomly chosen but equivalent forms: key order, quoting, block or
/// flow style, indentation width.
package struct SampleYAMLWriter {
    private var random: SampleRandom
    /// Whether to vary the form; `false` writes block style, keys in order, plain where safe, 2-space indent.
    private let varied: Bool
    private let indentWidth: Int

    package init(seed: UInt64, varied: Bool = true) {
        var random = SampleRandom(seed: seed)
        self.indentWidth = varied ? random.pick([2, 3, 4]) : 2
        self.random = random
        self.varied = varied
    }

    /// One document, starting with `---`.
    package mutating func document(_ root: SampleNode) -> String {
        var out = "---\n"
        if varied && random.chance(0.3) { out += "# generated sample\n" }
        writeBlock(root, indent: 0, into: &out)
        return out
    }

    private mutating func writeBlock(_ node: SampleNode, indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        switch node {
        case .mapping(let pairs):
            for (key, value) in ordered(pairs) {
                out += pad + key + ":"
                writeValue(value, indent: indent, into: &out)
            }
        case .sequence(let items):
            for item in items {
                out += pad + "-"
                if case .mapping(let pairs) = item, !pairs.isEmpty, !useFlow() {
                    var first = true
                    for (key, value) in ordered(pairs) {
                        out += (first ? " " : pad + String(repeating: " ", count: 2)) + key + ":"
                        writeValue(value, indent: indent + 2, into: &out)
                        first = false
                    }
                } else {
                    out += " " + flow(item) + "\n"
                }
            }
        default:
            out += pad + flow(node) + "\n"
        }
    }

    private mutating func writeValue(_ value: SampleNode, indent: Int, into out: inout String) {
        switch value {
        case .mapping(let pairs) where !pairs.isEmpty && !useFlow():
            out += "\n"
            writeBlock(value, indent: indent + indentWidth, into: &out)
        case .sequence(let items) where !items.isEmpty && !useFlow():
            out += "\n"
            let nested = varied && random.chance(0.5) ? indent : indent + indentWidth
            writeBlock(value, indent: nested, into: &out)
        default:
            out += " " + flow(value) + "\n"
        }
    }

    private mutating func flow(_ node: SampleNode) -> String {
        switch node {
        case .mapping(let pairs):
            return "{" + ordered(pairs).map { "\($0.0): \(flow($0.1))" }.joined(separator: ", ") + "}"
        case .sequence(let items):
            return "[" + items.map { flow($0) }.joined(separator: ", ") + "]"
        case .text(let text):
            return scalar(text, plainAllowed: Self.isPlainSafe(text))
        case .spelling(let spellings):
            let text = varied ? random.pick(spellings) : spellings[0]
            return scalar(text, plainAllowed: Self.isPlainSafe(text))
        case .literal(let text):
            return scalar(text, plainAllowed: true)
        }
    }

    private mutating func scalar(_ text: String, plainAllowed: Bool) -> String {
        let style = varied ? random.int(0...2) : 0
        if style == 0 && plainAllowed { return text }
        if style == 1 && !text.contains("'") && !text.contains("\\") { return "'" + text + "'" }
        return "\"" + text.replacingEscapes() + "\""
    }

    private mutating func ordered(_ pairs: [(String, SampleNode)]) -> [(String, SampleNode)] {
        varied ? pairs.shuffled(using: &random) : pairs
    }

    private mutating func useFlow() -> Bool { varied && random.chance(0.25) }

    /// Plain style is safe for words of letters, digits and `/._-` that YAML would not read as null.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "-", first != ".", first != "/" || text.count > 1,
            !["null", "Null", "NULL", "~"].contains(text)
        else { return false }
        return text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                || "/._-".unicodeScalars
                    .contains($0)
        }
    }
}

extension String {
    /// Escapes for a double-quoted YAML scalar.
    fileprivate func replacingEscapes() -> String {
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
