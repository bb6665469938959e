import Testing

@testable import Review

/// The byte searches every check's prefilter rests on (``StringProtocol/hasBytes(_:)``,
/// ``StringProtocol/hasBytesIgnoringCase(_:)``): each answers what `contains` on the text (lowercased, for the second)
/// answers, wherever the word stands and however often its first bytes occur before it.
@Suite struct ByteSearchTests {
    /// Texts where a word's first byte, or its first two, stand many times before the word (or never the word).
    private static let texts = [
        "", "e", "env", "ENV", "eev", "enenv", "en", "xxENVxx", "Env[", "e n v", "process.env.X", "PROCESS.ENV.x",
        "SecretToken", "secret_token", "tok tok toke token", "TOKEN!", "://", "http:/x://", "été env", "ÉNV env",
        "a\nenv", "envenvenv", "$_SERVER[", "_server[x",
    ]
    private static let words = ["env", "e", "token", "://", "_server[", "en", "nv", "envenvenvx", "ev"]

    @Test func findsWhatContainsFinds() {
        for text in Self.texts {
            for word in Self.words {
                #expect(text.hasBytes(word) == text.contains(word), "hasBytes(\(word)) in \(text)")
                let folded = String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self)
                #expect(text.hasBytesIgnoringCase(word) == folded.contains(word), "ignoring case \(word) in \(text)")
            }
        }
    }

    @Test func findsInSlices() {
        let line = "let ENV = 1; env.get(\"KEY\")"
        let slice = line.dropFirst(4).prefix(3)
        #expect(slice == "ENV")
        #expect(slice.hasBytesIgnoringCase("env"))
        #expect(!slice.hasBytes("env"))
        #expect(!slice.hasBytesIgnoringCase("env."))
        #expect(line.dropFirst(13).hasBytes("env.get"))
    }

    @Test func anEmptyWordIsEverywhereAndALongerOneNowhere() {
        #expect("abc".hasBytes(""))
        #expect("".hasBytesIgnoringCase(""))
        #expect(!"ab".hasBytes("abc"))
        #expect(!"AB".hasBytesIgnoringCase("abc"))
    }

    /// The trigger index finds a word in the lines that hold it in any case, once per line, and in no other line.
    @Test func triggerIndexFindsTheLinesHoldingAWord() {
        let texts = Self.texts.filter { !$0.contains("\n") }
        let index = TriggerIndex(
            texts.enumerated().map { UnifiedDiff.Line(number: $0.offset + 1, text: $0.element[...]) })
        for word in Self.words where !word.isEmpty {
            var cache: [String: [Int]] = [:]
            let expected = texts.indices.filter { texts[$0].lowercased().contains(word) }
            #expect(index.lines(containingAnyOf: [word], cache: &cache) == expected, "\(word)")
        }
    }
}
