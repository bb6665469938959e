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
        if let found = text.withContiguousStorageIfAvailable({ find(word, in: UnsafeRawBufferPointer($0), foldingCase) }) {
            return found
        }
        return Array(text).withUnsafeBytes { find(word, in: $0, foldingCase) }
    }

    private static func find(_ word: String, in haystack: UnsafeRawBufferPointer, _ foldingCase: Bool) -> Bool {
        var word = word
        return word.withUTF8 { needle in
            guard let first = needle.first else { return true }
            guard needle.count <= haystack.count, let base = haystack.baseAddress else { return false }
            if !foldingCase {
                var offset = 0
                while offset + needle.count <= haystack.count {
                    guard let hit = memchr(base + offset, Int32(first), haystack.count - offset - needle.count + 1)
                    else { return false }
                    if memcmp(hit, needle.baseAddress!, needle.count) == 0 { return true }
                    offset = base.distance(to: UnsafeRawPointer(hit)) + 1
                }
                return false
            }
            let bytes = haystack.bindMemory(to: UInt8.self)
            for start in 0...(bytes.count - needle.count) {
                var matched = true
                for offset in 0..<needle.count {
                    let byte = bytes[start + offset]
                    if (byte >= 65 && byte <= 90 ? byte | 0x20 : byte) != needle[offset] {
                        matched = false
                        break
                    }
                }
                if matched { return true }
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
