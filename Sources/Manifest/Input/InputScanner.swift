/// Checks a file's bytes against ``InputLimits`` and cuts the file into one chunk per document.
///
/// The scan is lexical and conservative: it tracks quotes, comments and block scalars well enough to count flow
/// nesting, indentation and alias references, and errs towards rejecting. Anything it lets through is small and
/// shallow enough for libyaml and Yams to compose safely.
struct InputScanner {
    private let file: String
    private let bytes: [UInt8]

    private enum Quote { case none, single, double }

    private var chunks: [InputChunk] = []
    private var totalAliases = 0
    private var chunkStart = 0
    private var chunkFirstLine = 0
    private var problem: Diagnostic?
    private var quote = Quote.none
    private var blockScalarIndent: Int?
    private var flowDepth = 0
    private var aliases = 0
    private var chunkHasContent = false

    /// What the scan found: the file's text and its chunks.
    struct Result {
        /// The whole file as text (empty when a file-wide limit was broken).
        let text: String
        /// One chunk per document; a file that breaks a file-wide limit is one chunk holding the problem.
        let chunks: [InputChunk]
        /// Alias references in the whole file (an upper bound).
        let aliases: Int
    }

    /// Checks `source` and splits it into chunks.
    static func scan(_ source: SourceFile) -> Result {
        let count = source.contents.count
        guard count <= InputLimits.maxFileBytes else {
            let message = "the file is \(count) bytes; at most \(InputLimits.maxFileBytes) (1 MiB) are accepted"
            return Result(text: "", chunks: [fileProblem(source.path, line: 1, column: 1, message)], aliases: 0)
        }
        var bytes = [UInt8](source.contents)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let (line, column, byte) = UTF8Position.firstInvalid(in: bytes) {
            let hex = String(byte, radix: 16, uppercase: true)
            let problem = fileProblem(
                source.path, line: line, column: column, "the file is not valid UTF-8 (byte 0x\(hex))")
            return Result(text: "", chunks: [problem], aliases: 0)
        }
        var scanner = InputScanner(file: source.path, bytes: bytes)
        scanner.run()
        return Result(
            text: String(decoding: bytes, as: UTF8.self), chunks: scanner.chunks, aliases: scanner.totalAliases)
    }

    private static func fileProblem(_ file: String, line: Int, column: Int, _ message: String) -> InputChunk {
        let diagnostic = Diagnostic(file: file, line: line, column: column, path: Diagnostic.yamlPath, message: message)
        return InputChunk(bytes: [], lineOffset: 0, problem: diagnostic)
    }

    private init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
    }

    private mutating func run() {
        var lineStart = 0
        var line = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if isDocumentStart(lineStart, lineEnd) {
                // Comments and directives before `---` belong to the document that follows.
                if chunkHasContent { closeChunk(at: lineStart, nextFirstLine: line) }
                chunkHasContent = true
            } else if !chunkHasContent && isContent(lineStart, lineEnd) {
                chunkHasContent = true
            }
            scanLine(lineStart, lineEnd, line: line)
            lineStart = lineEnd + 1
            line += 1
        }
        closeChunk(at: bytes.count, nextFirstLine: line)
    }

    private mutating func closeChunk(at end: Int, nextFirstLine: Int) {
        if end > chunkStart || chunks.isEmpty {
            chunks.append(InputChunk(bytes: bytes[chunkStart..<end], lineOffset: chunkFirstLine, problem: problem))
        }
        chunkStart = end
        chunkFirstLine = nextFirstLine
        problem = nil
        quote = .none
        blockScalarIndent = nil
        flowDepth = 0
        aliases = 0
        chunkHasContent = false
    }

    /// Whether a line holds more than white space, a comment or a directive (`%YAML`, `%TAG`).
    private func isContent(_ start: Int, _ end: Int) -> Bool {
        if quote != .none || blockScalarIndent != nil { return true }
        guard let first = (start..<end).first(where: { !Self.isSpace(bytes[$0]) }) else { return false }
        return bytes[first] != UInt8(ascii: "#") && !(first == start && bytes[first] == UInt8(ascii: "%"))
    }

    /// `---` at the start of a line, followed by white space or the end of the line.
    private func isDocumentStart(_ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3, bytes[start] == UInt8(ascii: "-"), bytes[start + 1] == UInt8(ascii: "-"),
            bytes[start + 2] == UInt8(ascii: "-")
        else { return false }
        return end - start == 3 || Self.isSpace(bytes[start + 3])
    }

    private mutating func scanLine(_ start: Int, _ end: Int, line: Int) {
        var indent = 0
        while start + indent < end && bytes[start + indent] == UInt8(ascii: " ") { indent += 1 }
        if let parent = blockScalarIndent {
            let blank = (start + indent..<end).allSatisfy { Self.isSpace(bytes[$0]) }
            if blank || indent > parent {
                checkControlCharacters(start, end, line: line)
                return
            }
            blockScalarIndent = nil
        }
        var index = start
        if quote == .none {
            index = start + indent
            while index + 1 < end, Self.isCompactIndicator(bytes[index]), Self.isSpace(bytes[index + 1]) {
                index += 1
                while index < end && bytes[index] == UInt8(ascii: " ") { index += 1 }
            }
            if index - start > InputLimits.maxIndentColumns {
                report(
                    line, index, start,
                    "nesting is too deep: content starts at column \(column(start, index)); "
                        + "at most \(InputLimits.maxIndentColumns) columns of indentation are accepted")
            }
        }
        scanTokens(from: index, start: start, end: end, line: line, indent: indent)
    }

    private mutating func scanTokens(from first: Int, start: Int, end: Int, line: Int, indent: Int) {
        var index = first
        while index < end {
            let byte = bytes[index]
            if byte < 0x20 && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r") || byte == 0x7F {
                report(line, index, start, "control character U+\(hex4(byte)) is not allowed in YAML")
            }
            switch quote {
            case .double:
                if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { quote = .none }
            case .single:
                if byte == UInt8(ascii: "'") {
                    if index + 1 < end && bytes[index + 1] == UInt8(ascii: "'") { index += 1 } else { quote = .none }
                }
            case .none:
                let boundary = index == start || Self.isTokenBoundary(bytes[index - 1])
                if byte == UInt8(ascii: "#") && (index == start || Self.isSpace(bytes[index - 1])) { return }
                scanPlain(byte, at: index, boundary: boundary, start: start, end: end, line: line, indent: indent)
            }
            index += 1
        }
    }

    private mutating func scanPlain(
        _ byte: UInt8, at index: Int, boundary: Bool, start: Int, end: Int, line: Int, indent: Int
    ) {
        switch byte {
        case UInt8(ascii: "\"") where boundary: quote = .double
        case UInt8(ascii: "'") where boundary: quote = .single
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            guard boundary || bytes[index - 1] == UInt8(ascii: ":") else { return }
            flowDepth += 1
            if flowDepth > InputLimits.maxFlowDepth {
                report(
                    line, index, start,
                    "nesting is too deep: at most \(InputLimits.maxFlowDepth) levels of "
                        + "[ ] and { } are accepted")
            }
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            flowDepth = max(0, flowDepth - 1)
        case UInt8(ascii: "*") where boundary:
            guard index + 1 < end, !Self.isSpace(bytes[index + 1]) else { return }
            aliases += 1
            totalAliases += 1
            if aliases > InputLimits.maxAliasesPerDocument {
                report(
                    line, index, start,
                    "too many aliases: at most \(InputLimits.maxAliasesPerDocument) "
                        + "alias references (*name) are accepted in one document")
            }
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            if boundary && flowDepth == 0 && isBlockScalarHeader(index + 1, end) { blockScalarIndent = indent }
        default:
            return
        }
    }

    /// The rest of a line after `|` or `>`: indentation and chomping indicators, then white space or a comment.
    private func isBlockScalarHeader(_ from: Int, _ end: Int) -> Bool {
        var index = from
        while index < end,
            bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")
                || (bytes[index] >= UInt8(ascii: "1") && bytes[index] <= UInt8(ascii: "9"))
        {
            index += 1
        }
        while index < end {
            if bytes[index] == UInt8(ascii: "#") { return true }
            if !Self.isSpace(bytes[index]) { return false }
            index += 1
        }
        return true
    }

    private mutating func checkControlCharacters(_ start: Int, _ end: Int, line: Int) {
        for index in start..<end {
            let byte = bytes[index]
            if byte < 0x20 && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r") || byte == 0x7F {
                report(line, index, start, "control character U+\(hex4(byte)) is not allowed in YAML")
                return
            }
        }
    }

    private mutating func report(_ line: Int, _ index: Int, _ lineStart: Int, _ message: String) {
        guard problem == nil else { return }
        problem = Diagnostic(
            file: file, line: line + 1, column: column(lineStart, index), path: Diagnostic.yamlPath, message: message)
    }

    /// The 1-based column of `index`, counted in Unicode scalars as libyaml counts.
    private func column(_ lineStart: Int, _ index: Int) -> Int {
        var column = 1
        for position in lineStart..<index where bytes[position] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    private func hex4(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private static func isCompactIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":")
    }

    private static func isTokenBoundary(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: ",")
    }
}
