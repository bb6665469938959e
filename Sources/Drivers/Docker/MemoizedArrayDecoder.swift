import Foundation
import Synchronization

/// Decodes a JSON array element by element, reusing what it decoded from byte-identical elements of the last array
/// read for the same query.
///
/// A pass lists every service the controller owns, and between two passes almost none of them change: Foundation's
/// `JSONDecoder` would spend more time re-reading 200 unchanged service specs than the engine takes to send them.
/// An answer byte-identical to the last one for the same query (a pass that finds nothing changed) is the array
/// returned then, found with one comparison. Otherwise splitting the array costs one byte scan, and an element whose
/// bytes are the ones seen last time is the value decoded then. The memo keeps, per query, only its last answer.
final class MemoizedArrayDecoder<Wire: Decodable, Element: Sendable>: Sendable {
    /// One query's last answer: its bytes, the elements returned for it, and each element by its bytes.
    private struct Answer {
        let bytes: Data
        let elements: [Element]
        let byBytes: [Data: Element]
    }

    private let memo = Mutex<[String: Answer]>([:])
    private let convert: @Sendable (Wire) -> Element
    private let order: (@Sendable (Element, Element) -> Bool)?

    /// A decoder that reads each element as `Wire` and keeps `convert`'s value of it; with `order`, it returns the
    /// elements sorted by it (sorted when an answer changed, not on every read).
    init(
        sortedBy order: (@Sendable (Element, Element) -> Bool)? = nil, _ convert: @escaping @Sendable (Wire) -> Element
    ) {
        self.convert = convert
        self.order = order
    }

    /// The elements of the JSON array `bytes` (in `order`, when the decoder has one), `query` naming the call that
    /// answered it.
    /// - Throws: `DecodingError` when `bytes` is not an array of `Wire`.
    func decode(_ bytes: [UInt8], query: String) throws -> [Element] {
        let answer = Data(bytes)
        let last = memo.withLock { $0[query] }
        if let last, last.bytes == answer { return last.elements }
        let decoder = JSONDecoder()
        guard let ranges = JSONArrayElements.ranges(in: bytes) else {
            // The decoder names what is wrong.
            return sorted(try decoder.decode([Wire].self, from: answer).map(convert))
        }
        let known = last?.byBytes ?? [:]
        var seen: [Data: Element] = [:]
        seen.reserveCapacity(ranges.count)
        let elements = sorted(
            try ranges.map { range in
                let element = Data(bytes[range])  // hashed by its first bytes (an id leads each), compared whole
                let value = try known[element] ?? seen[element] ?? convert(decoder.decode(Wire.self, from: element))
                seen[element] = value
                return value
            })
        memo.withLock { $0[query] = Answer(bytes: answer, elements: elements, byBytes: seen) }
        return elements
    }

    private func sorted(_ elements: [Element]) -> [Element] {
        order.map { elements.sorted(by: $0) } ?? elements
    }
}

/// Where each element of a top-level JSON array lies, found by one scan that tracks nesting and string literals.
enum JSONArrayElements {
    /// The byte ranges of the array's elements, or nil when `bytes` is not a well-formed top-level array.
    static func ranges(in bytes: [UInt8]) -> [Range<Int>]? {
        bytes.withUnsafeBufferPointer { ranges(in: $0) }
    }

    private static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var index = skipWhitespace(bytes, from: 0)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
        index = skipWhitespace(bytes, from: index + 1)
        var ranges: [Range<Int>] = []
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            return skipWhitespace(bytes, from: index + 1) == bytes.count ? ranges : nil
        }
        while index < bytes.count {
            guard let end = valueEnd(bytes, from: index), end > index else { return nil }
            ranges.append(index..<end)
            index = skipWhitespace(bytes, from: end)
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "]") {
                return skipWhitespace(bytes, from: index + 1) == bytes.count ? ranges : nil
            }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index = skipWhitespace(bytes, from: index + 1)
        }
        return nil
    }

    /// The index just past the value that starts at `start`: an object or array with everything nested in it, a
    /// string, or a scalar running to the next delimiter. Nil when the bytes end first or brackets do not pair.
    private static func valueEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var closers: [UInt8] = []
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                guard let end = stringEnd(bytes, from: index) else { return nil }
                index = end
                if closers.isEmpty { return index }
                continue
            case UInt8(ascii: "{"): closers.append(UInt8(ascii: "}"))
            case UInt8(ascii: "["): closers.append(UInt8(ascii: "]"))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if closers.isEmpty { return index }  // a scalar ends where its array closes
                guard closers.removeLast() == bytes[index] else { return nil }
                if closers.isEmpty { return index + 1 }
            case let byte where byte == UInt8(ascii: ",") || isWhitespace(byte):
                if closers.isEmpty { return index }
            default: break
            }
            index += 1
        }
        return closers.isEmpty && index > start ? index : nil
    }

    /// The index just past the closing quote of the string literal whose opening quote is at `start`.
    private static func stringEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return nil
    }

    private static func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
        return index
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
