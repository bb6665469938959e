#if canImport(Glibc)
    import Glibc
#endif

extension StringProtocol {
    /// True when the UTF-8 bytes of `word` occur in `self`: a `memchr`/`memcmp` scan, where `String.contains` walks
    /// characters (grapheme breaking and, through Foundation, `CFStringFind`), which dominated the static reviewer's
    /// time on large diffs.
    func hasBytes(_ word: String) -> Bool {
        Self.search(utf8, word, foldingCase: false)
    }

    /// True when `word` (lowercase ASCII) occurs in `self` with ASCII letters compared case-insensitively: what
    /// `lowercased().contains(word)` answers for ASCII words, without building a lowercased copy.
    func hasBytesIgnoringCase(_ word: String) -> Bool {
        Self.search(utf8, word, foldingCase: true)
    }

    private static func search(_ text: UTF8View, _ word: String, foldingCase: Bool) -> Bool {
        if let found = text.withContiguousStorageIfAvailable({ find(word, in: UnsafeRawBufferPointer($0), foldingCase) }
        ) {
            return found
        }
        return Array(text).withUnsafeBytes { find(word, in: $0, foldingCase) }
    }

    /// Whether `word` occurs in `haystack`: `memchr` finds each place its first byte stands (either case of it when
    /// `foldingCase`), and only there is the rest compared.
    private static func find(_ word: String, in haystack: UnsafeRawBufferPointer, _ foldingCase: Bool) -> Bool {
        var word = word
        return word.withUTF8 { needle in
            guard let first = needle.first else { return true }
            guard needle.count <= haystack.count, let base = haystack.baseAddress else { return false }
            let bytes = haystack.bindMemory(to: UInt8.self)
            // Where a match may start: below `end`.
            let end = haystack.count - needle.count + 1
            func next(_ byte: UInt8, from offset: Int) -> Int {
                guard offset < end, let hit = memchr(base + offset, Int32(byte), end - offset) else { return end }
                return base.distance(to: UnsafeRawPointer(hit))
            }
            func matches(at start: Int) -> Bool {
                guard foldingCase else {
                    return needle.count < 2
                        || bytes[start + 1] == needle[1]
                            && memcmp(base + start, needle.baseAddress!, needle.count) == 0
                }
                return needle.indices.allSatisfy { offset in
                    let byte = bytes[start + offset]
                    return (byte >= 65 && byte <= 90 ? byte | 0x20 : byte) == needle[offset]
                }
            }
            let upperFirst = foldingCase && first >= 97 && first <= 122 ? first - 32 : first
            var lowerAt = next(first, from: 0)
            var upperAt = upperFirst == first ? end : next(upperFirst, from: 0)
            while Swift.min(lowerAt, upperAt) < end {
                let start = Swift.min(lowerAt, upperAt)
                if matches(at: start) { return true }
                if start == lowerAt {
                    lowerAt = next(first, from: start + 1)
                } else {
                    upperAt = next(upperFirst, from: start + 1)
                }
            }
            return false
        }
    }
}

/// Words searched for together in one pass over a text's bytes: each byte is looked up in a table of the words that
/// start with it, so many words cost about as much as one (``CodeFlow/mayReadRequest(_:)`` asks for sixty on every
/// line it reads).
struct ByteWords: Sendable {
    /// For each first byte, the words that start with it.
    private let byFirstByte: [[[UInt8]]]

    init(_ words: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for word in words where !word.isEmpty {
            let bytes = Array(word.utf8)
            table[Int(bytes[0])].append(bytes)
        }
        byFirstByte = table
    }

    /// True when any of the words occurs in `text`.
    func occur(in text: some StringProtocol) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ occur(in: $0) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { occur(in: $0) }
    }

    private func occur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for start in bytes.indices {
            for word in byFirstByte[Int(bytes[start])] where start + word.count <= bytes.count {
                var offset = 1
                while offset < word.count && bytes[start + offset] == word[offset] { offset += 1 }
                if offset == word.count { return true }
            }
        }
        return false
    }
}
