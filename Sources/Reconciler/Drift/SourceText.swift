import Yams

/// The text as Unicode scalars (libyaml's columns count them), edited in place by offset.
struct SourceText {
    private(set) var scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    var string: String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// The offset of a mark (1-based line and column).
    func offset(_ mark: Mark) -> Int {
        var line = 1
        var index = 0
        while line < mark.line, index < scalars.count {
            if scalars[index] == "\n" { line += 1 }
            index += 1
        }
        return index + mark.column - 1
    }

    subscript(_ index: Int) -> Unicode.Scalar? { index >= 0 && index < scalars.count ? scalars[index] : nil }

    /// Where the line holding `offset` starts.
    func lineStart(_ offset: Int) -> Int {
        var index = min(offset, scalars.count)
        while index > 0, scalars[index - 1] != "\n" { index -= 1 }
        return index
    }

    /// Just after the line break ending the line holding `offset` (the end of the text on the last line).
    func nextLineStart(_ offset: Int) -> Int {
        var index = offset
        while index < scalars.count, scalars[index] != "\n" { index += 1 }
        return min(index + 1, scalars.count)
    }

    mutating func replace(_ range: Range<Int>, with text: String) {
        scalars.replaceSubrange(range, with: Array(text.unicodeScalars))
    }
}
