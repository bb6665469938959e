import Foundation

/// The shape version of every `--output json` document (docs/json.md): bumped when a field is renamed or
/// removed, never when one is added.
enum OutputSchema {
    static let version = 1
}

/// Prints `document` on stdout as one pretty, key-sorted JSON object with `schemaVersion` added at its top level.
///
/// Every command's JSON is an object (never a bare array), so scripts can check `schemaVersion` first and new
/// fields can be added later without breaking them.
func printJSON(_ document: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    guard var object = try JSONSerialization.jsonObject(with: encoder.encode(document)) as? [String: Any] else {
        preconditionFailure("a JSON document must encode as an object: \(type(of: document))")
    }
    object["schemaVersion"] = OutputSchema.version
    let data = try JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    )
    print(String(decoding: data, as: UTF8.self))
}
