/// A canonical byte serialisation for hashing: each value length-prefixed and named, so that no two different
/// specs can produce the same bytes, whatever their text looked like.
struct CanonicalWriter {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(1024)
    }

    mutating func write(_ name: StaticString, _ value: String) {
        append(name)
        let utf8 = value.utf8
        bytes.append(contentsOf: String(utf8.count).utf8)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(contentsOf: utf8)
        bytes.append(UInt8(ascii: ";"))
    }

    mutating func write(_ name: StaticString, _ value: Int) {
        append(name)
        bytes.append(contentsOf: String(value).utf8)
        bytes.append(UInt8(ascii: ";"))
    }

    mutating func write(_ name: StaticString, _ value: Bool) {
        write(name, value ? 1 : 0)
    }

    mutating func write(_ name: StaticString, _ value: Duration) {
        let (seconds, attoseconds) = value.components
        write(name, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }

    /// An optional value: a marker for absence, so `nil` and `""` differ.
    mutating func write(_ name: StaticString, _ value: String?) {
        if let value { write(name, value) } else { absent(name) }
    }

    mutating func write(_ name: StaticString, _ value: Int?) {
        if let value { write(name, value) } else { absent(name) }
    }

    /// A map, sorted by key.
    mutating func write(_ name: StaticString, _ map: [String: String]) {
        write(name, map.count)
        for key in map.keys.sorted() {
            write("k", key)
            write("v", map[key] ?? "")
        }
    }

    /// A list, in order.
    mutating func write(_ name: StaticString, _ list: [String]) {
        write(name, list.count)
        for item in list { write("i", item) }
    }

    private mutating func absent(_ name: StaticString) {
        append(name)
        bytes.append(UInt8(ascii: "~"))
        bytes.append(UInt8(ascii: ";"))
    }

    private mutating func append(_ name: StaticString) {
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "="))
    }
}
