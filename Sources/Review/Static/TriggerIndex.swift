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
        guard !needle.isEmpty else { return [] }
        let pivot = Self.rarestOffset(in: needle)
        buffer.withUnsafeBytes { haystack in
            var offset = 0
            while let position = Self.find(needle, pivot: pivot, in: haystack, from: offset) {
                let line = lineIndex(containing: position)
                found.append(line)
                // One hit per line is enough: go on from the next line.
                offset = line + 1 < starts.count ? starts[line + 1] : haystack.count
            }
        }
        return found
    }

    /// The offset of the first occurrence of `needle` at or after `start`: `memchr` for its byte at `pivot` (its
    /// rarest, ``rarestOffset(in:)``), `memcmp` for the whole word where that byte stands (glibc's `memmem` is not
    /// visible to Swift). Searching for a rare byte stops `memchr` far less often than searching for the first.
    private static func find(
        _ needle: [UInt8], pivot: Int, in haystack: UnsafeRawBufferPointer, from start: Int
    ) -> Int? {
        guard let base = haystack.baseAddress else { return nil }
        var offset = start + pivot
        // The last place the pivot byte can stand with the whole word inside the buffer.
        let last = haystack.count - needle.count + pivot
        while offset <= last {
            guard let hit = memchr(base + offset, Int32(needle[pivot]), last - offset + 1) else { return nil }
            let position = base.distance(to: UnsafeRawPointer(hit)) - pivot
            if memcmp(base + position, needle, needle.count) == 0 { return position }
            offset = position + pivot + 1
        }
        return nil
    }

    /// The offset in `needle` of its byte least common in source text.
    private static func rarestOffset(in needle: [UInt8]) -> Int {
        func commonness(_ byte: UInt8) -> Int { commonBytes.firstIndex(of: byte).map { commonBytes.count - $0 } ?? 0 }
        return needle.indices.min { commonness(needle[$0]) < commonness(needle[$1]) } ?? 0
    }

    /// Bytes of lowercased source text, most common first; any other byte is rarer than all of them.
    private static let commonBytes = Array(" etaonisrlcdupmhfg_.(y)b,=\"'w;:/v-k{}x[]".utf8)

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
