import Foundation

/// A JSON value as history stores a generation's manifest: text, numbers, flags, lists and maps. Written with
/// sorted keys, so one manifest always has one text.
package indirect enum CanonicalValue: Sendable, Hashable {
    case text(String)
    case integer(Int)
    case flag(Bool)
    case list([CanonicalValue])
    case map([String: CanonicalValue])

    /// The value at `key` of a map; nil for anything else or a missing key.
    package subscript(key: String) -> CanonicalValue? {
        guard case .map(let members) = self else { return nil }
        return members[key]
    }

    /// The text of a `.text` value.
    package var textValue: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// The value as people read it in a plan: text as it is, numbers and flags in their usual spelling, a list of
    /// plain values as a JSON array, anything else as JSON.
    package var shown: String {
        switch self {
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .flag(let flag): return flag ? "true" : "false"
        case .list, .map: return (try? String(decoding: Self.encoder(pretty: false).encode(self), as: UTF8.self)) ?? "?"
        }
    }

    /// The leaves of this value by dotted field path under `prefix` (`spec.env.LOG_LEVEL`, `spec.ports[0].host`),
    /// in path order. A list of plain values is one leaf (`spec.command`); a list of maps is walked by index; an
    /// empty map or list is a leaf of its own.
    package func leaves(under prefix: String) -> [(path: String, value: CanonicalValue)] {
        switch self {
        case .map(let members) where !members.isEmpty:
            return members.keys.sorted().flatMap { key in
                members[key]!.leaves(under: prefix.isEmpty ? key : "\(prefix).\(key)")
            }
        case .list(let items) where items.contains(where: \.isContainer):
            return items.enumerated().flatMap { index, item in item.leaves(under: "\(prefix)[\(index)]") }
        default:
            return [(prefix, self)]
        }
    }

    private var isContainer: Bool {
        switch self {
        case .list, .map: true
        default: false
        }
    }

    /// The value as compact JSON text with sorted keys: what history stores.
    package func jsonText() throws -> String {
        String(decoding: try Self.encoder(pretty: false).encode(self), as: UTF8.self)
    }

    /// The value as indented JSON text with sorted keys: a document the manifest parser reads as YAML.
    package func documentText() throws -> String {
        String(decoding: try Self.encoder(pretty: true).encode(self), as: UTF8.self)
    }

    /// The value of stored JSON `text`.
    package init(jsonText text: String) throws {
        self = try JSONDecoder().decode(CanonicalValue.self, from: Data(text.utf8))
    }

    private static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [
            .sortedKeys, .withoutEscapingSlashes,
        ]
        return encoder
    }
}

extension CanonicalValue: Codable {
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else if let number = try? container.decode(Int.self) {
            self = .integer(number)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let items = try? container.decode([CanonicalValue].self) {
            self = .list(items)
        } else {
            self = .map(try container.decode([String: CanonicalValue].self))
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .integer(let number): try container.encode(number)
        case .flag(let flag): try container.encode(flag)
        case .list(let items): try container.encode(items)
        case .map(let members): try container.encode(members)
        }
    }
}
