#if canImport(Glibc)
    import Glibc
#endif

/// The added lines of one file as one lowercase ASCII buffer, searched with `memchr` and `memcmp` for a rule's trigger
/// words before any regular expression runs: most lines of most diffs trigger nothing, which keeps a 5 MB diff
/// well under a second.
struct TriggerIndex {
    private var buffer: [UInt8] = []
    /// Where each added line starts in ``buffer``, ascending.
    private var starts: [Int] = []

    init(_ lines: [UnifiedDiff.Line]) {
        buffer.reserveCapacity(lines.reduce(0) { $0 + $1.text.utf8.count + 1 })
        for line in lines {
            starts.append(buffer.count)
            for byte in line.text.utf8 {
                buffer.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            }
            buffer.append(10)
        }
    }

    /// The indices of the lines that contain any of `words` (lowercase), ascending, without repeats; each word's
    /// lines are looked up once and kept in `cache`.
    func lines(containingAnyOf words: [String], cache: inout [String: [Int]]) -> [Int] {
        var found: [Int] = []
        for word in words {
            if let known = cache[word] {
                found += known
            } else {
                let lines = lines(containing: word)
                cache[word] = lines
                found += lines
            }
        }
        return words.count == 1 ? found : Array(Set(found)).sorted()
    }

    /// The indices of the lines that contain `word`, ascending.
    private func lines(containing word: String) -> [Int] {
        var found: [Int] = []
        let needle = Array(word.utf8)
        buffer.withUnsafeBytes { haystack in
            var offset = 0
            while let position = Self.find(needle, in: haystack, from: offset) {
                let line = lineIndex(containing: position)
                found.append(line)
                // One hit per line is enough: go on from the next line.
                offset = line + 1 < starts.count ? starts[line + 1] : haystack.count
            }
        }
        return found
    }

    /// The offset of the first occurrence of `needle` at or after `start`: `memchr` for its first byte, `memcmp`
    /// for the rest (glibc's `memmem` is not visible to Swift).
    private static func find(_ needle: [UInt8], in haystack: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let base = haystack.baseAddress, let first = needle.first else { return nil }
        var offset = start
        while offset + needle.count <= haystack.count {
            guard let hit = memchr(base + offset, Int32(first), haystack.count - offset - needle.count + 1) else {
                return nil
            }
            let position = base.distance(to: UnsafeRawPointer(hit))
            // The second byte first: most places the first byte stands are not the word, and a call costs more.
            if needle.count < 2 || haystack[position + 1] == needle[1], memcmp(hit, needle, needle.count) == 0 {
                return position
            }
            offset = position + 1
        }
        return nil
    }

    private func lineIndex(containing position: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
