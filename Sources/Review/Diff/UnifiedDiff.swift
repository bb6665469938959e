import Foundation

/// A unified diff (git's format, as ``SourceDiff/patch`` holds it) split into files, hunks and added lines.
///
/// Reviewers read only what a change adds; the hunks serve reviewers that send the diff on (trimmed to a budget).
/// Parsing is one pass over the UTF-8 bytes and keeps slices of the original text, so a 5 MB diff costs
/// milliseconds.
package struct UnifiedDiff: Sendable {
    /// One file's part of the diff.
    package struct File: Sendable {
        /// The path after the change (`b/…` without the prefix); for a deletion, the path before it.
        package var path: String
        /// True when the file did not exist before: every line of it is an added line.
        package var isNew = false
        /// True for a deletion: nothing is added.
        package var isDeleted = false
        /// True when git reported binary content (`Binary files … differ`); such files have no lines.
        package var isBinary = false
        /// The lines from `diff --git` up to the first hunk.
        package var header: Substring
        /// Each hunk's text, its `@@` line included.
        package var hunks: [Substring] = []
        /// Added lines with their 1-based line numbers in the new file, without the leading `+`.
        package var added: [Line] = []
        /// Removed lines, without the leading `-`.
        package var removed: [Substring] = []
        /// Unchanged lines the hunks show around the change, with their line numbers in the new file.
        package var context: [Line] = []
    }

    /// One added line.
    package struct Line: Sendable {
        /// 1-based, in the new version of the file.
        package var number: Int
        package var text: Substring
    }

    /// The files in the order the diff lists them.
    package let files: [File]

    /// Parses `patch`; text that does not follow the format is skipped, never fatal.
    package init(_ patch: String) {
        var files: [File] = []
        var current: File?
        var hunkStart: String.Index?
        var newLine = 0
        var inHunk = false

        func closeHunk(at end: String.Index) {
            if let start = hunkStart, current != nil { current!.hunks.append(patch[start..<end]) }
            hunkStart = nil
        }

        let newline = UInt8(ascii: "\n")
        for bytes in patch.utf8.split(separator: newline, omittingEmptySubsequences: false) {
            let line = Substring(bytes)
            let first = bytes.first
            if first == UInt8(ascii: "d"), line.hasPrefix("diff --git ") {
                closeHunk(at: bytes.startIndex)
                if let done = current { files.append(done) }
                current = File(path: Self.newPath(fromGitHeader: line), header: line)
                inHunk = false
                continue
            }
            guard current != nil else { continue }
            if first == UInt8(ascii: "@"), line.hasPrefix("@@ ") {
                closeHunk(at: bytes.startIndex)
                hunkStart = bytes.startIndex
                newLine = Self.newStart(ofHunkHeader: line) ?? 1
                inHunk = true
                continue
            }
            guard inHunk else {
                current!.header = patch[current!.header.startIndex..<bytes.endIndex]
                if line.hasPrefix("new file mode") {
                    current!.isNew = true
                } else if line.hasPrefix("deleted file mode") {
                    current!.isDeleted = true
                } else if line.hasPrefix("Binary files ") || line.hasPrefix("GIT binary patch") {
                    current!.isBinary = true
                } else if line.hasPrefix("+++ "), !line.hasSuffix("/dev/null") {
                    current!.path = Self.stripPrefix(line.dropFirst(4))
                }
                continue
            }
            switch first {
            case UInt8(ascii: "+"):
                current!.added.append(Line(number: newLine, text: line.dropFirst()))
                newLine += 1
            case UInt8(ascii: "-"):
                current!.removed.append(line.dropFirst())
            case UInt8(ascii: " "):
                current!.context.append(Line(number: newLine, text: line.dropFirst()))
                newLine += 1
            default:
                break  // `\ No newline at end of file`, or the empty tail after the last newline
            }
        }
        closeHunk(at: patch.endIndex)
        if let done = current { files.append(done) }
        self.files = files
    }

    /// `diff --git a/x b/y` → `y` (quoted paths unquoted; the `+++` line, when there is one, has the last word).
    private static func newPath(fromGitHeader line: Substring) -> String {
        let rest = line.dropFirst("diff --git ".count)
        if let range = rest.range(of: " b/", options: .backwards) {
            return String(rest[range.upperBound...])
        }
        return stripPrefix(rest)
    }

    /// `b/path`, `"b/pa th"` → `path`, `pa th`.
    private static func stripPrefix(_ text: Substring) -> String {
        var path = text
        if path.hasPrefix("\""), path.hasSuffix("\""), path.count >= 2 { path = path.dropFirst().dropLast() }
        if path.hasPrefix("b/") || path.hasPrefix("a/") { path = path.dropFirst(2) }
        return String(path)
    }

    /// `@@ -1,4 +7,5 @@ …` → 7.
    private static func newStart(ofHunkHeader line: Substring) -> Int? {
        start(of: "+", inHunkHeader: line)
    }

    /// `@@ -1,4 +7,5 @@ …` → 1 for `-`, 7 for `+`.
    fileprivate static func start(of side: Character, inHunkHeader line: Substring) -> Int? {
        guard let sign = line.firstIndex(of: side) else { return nil }
        let digits = line[line.index(after: sign)...].prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }
}

extension UnifiedDiff.File {
    /// What the hunks show of the file before the change: its context and removed lines, numbered as they were then.
    package struct PreviousVersion: Sendable {
        /// In order, with their 1-based numbers in the old file.
        package var lines: [UnifiedDiff.Line] = []
        /// For each context line's number in the new file, its number in the old one.
        package var oldNumber: [Int: Int] = [:]
        /// For each context line's number in the old file, its number in the new one.
        package var newNumber: [Int: Int] = [:]

        /// Whether the change keeps old line `line` (it is context), rather than removing it.
        package func keeps(_ line: UnifiedDiff.Line) -> Bool { newNumber[line.number] != nil }
    }

    /// The file as it was before the change, as far as the hunks show it (all of it when the diff shows whole files),
    /// worked out from the hunks' text when asked.
    package var previousVersion: PreviousVersion {
        var previous = PreviousVersion()
        for hunk in hunks {
            // Split on the bytes, as the parser does (a `\r\n` is one Character, and walking Characters is slow).
            let lines = hunk.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                .map(Substring.init)
            guard let header = lines.first, var oldLine = UnifiedDiff.start(of: "-", inHunkHeader: header),
                var newLine = UnifiedDiff.start(of: "+", inHunkHeader: header)
            else { continue }
            for line in lines.dropFirst() {
                switch line.utf8.first {
                case UInt8(ascii: "+"): newLine += 1
                case UInt8(ascii: "-"):
                    previous.lines.append(UnifiedDiff.Line(number: oldLine, text: line.dropFirst()))
                    oldLine += 1
                case UInt8(ascii: " "):
                    previous.lines.append(UnifiedDiff.Line(number: oldLine, text: line.dropFirst()))
                    previous.oldNumber[newLine] = oldLine
                    previous.newNumber[oldLine] = newLine
                    oldLine += 1
                    newLine += 1
                default: break
                }
            }
        }
        return previous
    }
}
