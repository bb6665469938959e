extension Substring {
    /// The line without its leading and trailing blanks.
    var trimmedLine: Substring {
        let blank: (UInt8) -> Bool = { $0 == 32 || $0 == 9 || $0 == 13 }
        guard let first = utf8.firstIndex(where: { !blank($0) }), let last = utf8.lastIndex(where: { !blank($0) })
        else { return self[endIndex...] }
        return self[first...last]
    }

    /// Whether the line is code: not blank, no comment, not a lone brace, bracket or `end`.
    var isCodeLine: Bool {
        let trimmed = trimmedLine
        guard trimmed.contains(where: { $0.isLetter || $0.isNumber }), trimmed != "end" else { return false }
        return !["//", "/*", "*", "--"].contains(where: trimmed.hasPrefix)
            && !(trimmed.hasPrefix("#") && !trimmed.hasPrefix("#["))
    }

    /// Whether the line is a decorator, annotation or attribute: `@login_required`, `[Authorize]`,
    /// `#[IsGranted('ROLE_ADMIN')]`.
    var isAnnotationLine: Bool {
        let trimmed = trimmedLine
        return trimmed.hasPrefix("@") || trimmed.hasPrefix("#[")
            || trimmed.hasPrefix("[") && trimmed.dropFirst().first?.isUppercase == true
    }

    /// Whether the line continues the statement above it: `->middleware('auth')`, `.authenticated()`.
    var continuesStatement: Bool {
        let trimmed = trimmedLine
        return trimmed.hasPrefix("->") || trimmed.hasPrefix(".")
    }

    /// The texts of the line's string literals (`'…'`, `"…"`, `` `…` ``), in order; an unclosed one is left out.
    var stringLiterals: [Substring] {
        var literals: [Substring] = []
        var index = utf8.startIndex
        while let open = utf8[index...].firstIndex(where: { $0 == 39 || $0 == 34 || $0 == 96 }) {
            let start = utf8.index(after: open)
            guard let close = utf8[start...].firstIndex(of: utf8[open]) else { break }
            literals.append(self[start..<close])
            index = utf8.index(after: close)
        }
        return literals
    }

    /// The first string literal that names something (a route's path, a matcher's pattern): one with a letter or a
    /// `/`.
    var firstNamingLiteral: Substring? {
        stringLiterals.first(where: \.names)
    }

    /// Whether a literal's text names something: it holds a letter or a `/` (not `''`, `', '`, `'%d'`).
    var names: Bool {
        utf8.contains { $0 == UInt8(ascii: "/") || $0 >= 65 && $0 <= 90 || $0 >= 97 && $0 <= 122 || $0 >= 0x80 }
    }

    /// The name the line declares: a class, function or method (`def admin_panel(request):`, `class RefundView(View):`,
    /// `public IActionResult Delete(int id)`, `async remove(@Param('id') id: string) {`). A call (`router.get(…)`,
    /// `foo(x);`, `return view(x)`) declares nothing.
    var declaredName: Substring? {
        let line = trimmedLine
        let bytes = line.utf8
        let open = bytes.firstIndex(of: UInt8(ascii: "("))
        let words = Self.words(in: bytes[..<(open ?? bytes.endIndex)]).map { line[$0] }
        if let keyword = words.firstIndex(where: Self.declarationKeywords.contains) {
            return keyword + 1 < words.count ? words[keyword + 1] : nil
        }
        guard let open, let name = words.last, let first = words.first, !Self.controlWords.contains(first),
            !bytes[open...].contains(UInt8(ascii: ";"))
        else { return nil }
        // The name stands right before the bracket, after nothing but modifiers and a type.
        let isBlank: (UInt8) -> Bool = { $0 == 32 || $0 == 9 }
        let beforeName = bytes[..<name.startIndex]
        guard bytes[name.endIndex..<open].allSatisfy(isBlank), beforeName.last.map(isBlank) ?? true,
            beforeName.allSatisfy({ Self.continuesWord($0) || isBlank($0) || Self.typePunctuation.contains($0) })
        else { return nil }
        return name
    }

    /// The runs of letters, digits, `_` and `$` in `bytes`.
    private static func words(in bytes: Substring.UTF8View.SubSequence) -> [Range<String.Index>] {
        var words: [Range<String.Index>] = []
        var start: String.Index?
        for index in bytes.indices {
            if continuesWord(bytes[index]) {
                if start == nil { start = index }
            } else if let begun = start {
                words.append(begun..<index)
                start = nil
            }
        }
        if let begun = start { words.append(begun..<bytes.endIndex) }
        return words
    }

    private static func continuesWord(_ byte: UInt8) -> Bool {
        byte >= 48 && byte <= 57 || byte >= 65 && byte <= 90 || byte >= 97 && byte <= 122 || byte == 95 || byte == 36
            || byte >= 0x80
    }

    /// What a type may hold beside words: `List<User>`, `int[]`, `Map<K, V>`, `java.util.List`, `String?`.
    private static let typePunctuation: Set<UInt8> = Set("<>[],.?".utf8)

    private static let declarationKeywords: Set<Substring> = [
        "class", "interface", "def", "function", "fun", "func", "module", "struct", "trait",
    ]
    private static let controlWords: Set<Substring> = [
        "if", "for", "while", "switch", "catch", "return", "await", "throw", "new", "else", "elif", "with", "yield",
        "assert", "raise", "when", "unless", "until", "case", "print", "echo",
    ]
}
