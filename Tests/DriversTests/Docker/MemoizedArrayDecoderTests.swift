import Foundation
import Synchronization
import Testing

@testable import Drivers

@Suite struct MemoizedArrayDecoderTests {
    private struct Item: Decodable, Equatable {
        let id: String
        let tags: [String]
    }

    private static func elements(_ json: String) -> [String]? {
        let bytes = Array(json.utf8)
        return JSONArrayElements.ranges(in: bytes)?.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func splitsATopLevelArrayIntoItsElementsWhateverTheirStringsHold() {
        let json = #" [ {"id":"a]","tags":["{","\"}"]} ,{"id":"b\\","tags":[]},"text",42,null,[1,[2]] ] "#
        #expect(
            Self.elements(json) == [
                #"{"id":"a]","tags":["{","\"}"]}"#, #"{"id":"b\\","tags":[]}"#, #""text""#, "42", "null", "[1,[2]]",
            ])
        #expect(Self.elements("[]") == [])
        #expect(Self.elements(" [ ] \n") == [])
    }

    @Test(arguments: [
        "", "{}", "[", "[1,", "[1,]", "[,1]", #"["open]"#, "[{]", "[[1}]", "[1] x", "[1 2]", #"[{"a":1}}]"#,
    ])
    func refusesWhatIsNotOneWellFormedArray(json: String) {
        #expect(Self.elements(json) == nil)
    }

    @Test func reusesTheValueOfAnElementWhoseBytesAreUnchangedAndDecodesTheRest() throws {
        let conversions = Mutex(0)
        let decoder = MemoizedArrayDecoder<Item, Item> { item in
            conversions.withLock { $0 += 1 }
            return item
        }
        let first = #"[{"id":"a","tags":["x"]},{"id":"b","tags":[]}]"#
        let second = #"[{"id":"a","tags":["x"]},{"id":"b","tags":["new"]},{"id":"c","tags":[]}]"#
        #expect(try decoder.decode(Array(first.utf8), query: "q").map(\.id) == ["a", "b"])
        #expect(conversions.withLock { $0 } == 2)
        let items = try decoder.decode(Array(second.utf8), query: "q")
        #expect(items == [Item(id: "a", tags: ["x"]), Item(id: "b", tags: ["new"]), Item(id: "c", tags: [])])
        #expect(conversions.withLock { $0 } == 4, "only the changed and the new element are decoded again")
        #expect(try decoder.decode(Array(second.utf8), query: "q") == items)
        #expect(conversions.withLock { $0 } == 4, "an unchanged answer is decoded no further")
        _ = try decoder.decode(Array(second.utf8), query: "another query")
        #expect(conversions.withLock { $0 } == 7, "each query keeps its own memo")
    }

    @Test func anAnswerThatIsNotAnArrayOfTheTypeThrowsTheDecodersError() {
        let decoder = MemoizedArrayDecoder<Item, Item> { $0 }
        #expect(throws: DecodingError.self) { try decoder.decode(Array(#"[{"id":1}]"#.utf8), query: "q") }
        #expect(throws: DecodingError.self) { try decoder.decode(Array(#"{"id":"a"}"#.utf8), query: "q") }
    }
}
