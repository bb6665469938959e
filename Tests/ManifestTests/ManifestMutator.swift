import Manifest
import ManifestSamples

/// Deterministic ways to damage a manifest's bytes, for ``RobustnessTests``.
enum ManifestMutator {
    static let kindCount = 10

    static func mutate(_ bytes: [UInt8], kind: Int, random: inout SampleRandom) -> [UInt8] {
        var bytes = bytes
        let position = random.int(0...bytes.count)
        switch kind {
        case 0:
            for _ in 0..<random.int(1...4) where !bytes.isEmpty {
                bytes[random.int(0...bytes.count - 1)] = UInt8(random.int(0...255))
            }
        case 1:
            bytes = Array(bytes.prefix(position))
        case 2:
            let depth = random.pick([10, 63, 65, 500, 5_000])
            let open = random.pick(["[", "{", "[{a: ", "{a: ["])
            bytes.insert(contentsOf: Array(String(repeating: open, count: depth).utf8), at: position)
        case 3:
            let depth = random.pick([20, 90, 120, 250])
            let indent = random.pick([1, 2])
            let lines = (0..<depth).map {
                String(repeating: " ", count: $0 * indent) + random.pick(["a:", "- a:", "-"])
            }
            bytes += Array(("\nspec2:\n" + lines.joined(separator: "\n")).utf8)
        case 4:
            // Mostly above the size limit (refused before any parsing); now and then large but allowed.
            if random.chance(0.9) {
                bytes += Array("\nhuge: ".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
            } else {
                let huge =
                    "\nhuge: " + String(repeating: random.pick(["x", "é", "'"]), count: random.int(10_000...60_000))
                bytes.insert(contentsOf: Array(huge.utf8), at: lineStart(bytes, position))
            }
        case 5:
            var bomb = "\nbomb0: &b0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            let levels = random.pick([4, 9, 12])
            for level in 1...levels {
                bomb +=
                    "bomb\(level): &b\(level) [" + Array(repeating: "*b\(level - 1)", count: 9).joined(separator: ", ")
                    + "]\n"
            }
            bomb += random.pick(["? *b\(levels)\n: k\n", "spec: *b\(levels)\n", "metadata: {labels: *b\(levels)}\n"])
            bytes += Array(bomb.utf8)
        case 6:
            let specials = [
                "{", "}", "[", "]", ":", "- ", "*", "&", "!", "%", "|", ">", "'", "\"", "#", "\t", "\r", "\0",
                "? ", ",", "\n---\n", "\n...\n", "@", "`", "\u{FEFF}", "\u{85}",
            ]
            for _ in 0..<random.int(1...3) {
                let at = random.int(0...bytes.count)
                bytes.insert(contentsOf: Array(random.pick(specials).utf8), at: at)
            }
        case 7:
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
            let line = random.int(0...max(0, lines.count - 1))
            if random.chance(0.5) { lines.remove(at: line) } else { lines.insert(lines[line], at: line) }
            bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        case 8:
            let garbage = (0..<random.int(1...64)).map { _ in UInt8(random.int(0...255)) }
            bytes.insert(contentsOf: garbage, at: position)
        default:
            let tokens = ["!!binary ", "!custom ", "&x ", "*x ", "!!map ", "!<tag:x> ", "<<: *x\n", "%YAML 1.1\n"]
            bytes.insert(contentsOf: Array(random.pick(tokens).utf8), at: lineStart(bytes, position))
        }
        return bytes
    }

    private static func lineStart(_ bytes: [UInt8], _ position: Int) -> Int {
        var index = min(position, bytes.count)
        while index > 0 && bytes[index - 1] != UInt8(ascii: "\n") { index -= 1 }
        return index
    }
}
