extension Substring {
    /// Adds the names this text mentions to `words`: runs of ASCII letters, digits and `_` that start with a letter or
    /// `_` and are at least `minimumLength` long, in code, strings and comments alike.
    func collectWords(into words: inout Set<Substring>, minimumLength: Int = 1) {
        forEachWord { word in
            if word.utf8.count >= minimumLength { words.insert(word) }
            return true
        }
    }

    /// Whether this text names `word` as a whole word (``forEachWord(_:)``), not as part of a longer one.
    func names(_ word: String) -> Bool {
        guard hasBytes(word) else { return false }
        var named = false
        forEachWord { candidate in
            named = candidate == word
            return !named
        }
        return named
    }

    /// Calls `body` with each run of ASCII letters, digits and `_` that starts with a letter or `_`, in order, until
    /// it returns false. A byte scan: how static lists a text's names without decoding its characters.
    func forEachWord(_ body: (Substring) -> Bool) {
        let bytes = utf8
        var start: Index?
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            let isWord =
                byte == UInt8(ascii: "_") || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
                || start != nil && byte >= 0x30 && byte <= 0x39
            if isWord {
                if start == nil { start = index }
            } else if let begun = start {
                guard body(self[begun..<index]) else { return }
                start = nil
            }
            index = bytes.index(after: index)
        }
        if let begun = start { _ = body(self[begun...]) }
    }
}
