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
    let data = try JSONSerialization.data(
        withJSONObject: try versioned(document), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    )
    print(String(decoding: data, as: UTF8.self))
}

/// Writes `document` as one compact JSON line with `schemaVersion` straight to stdout (unbuffered), for streams
/// that print a document per event, such as `berth logs --follow --output json`.
func printJSONLine(_ document: some Encodable) throws {
    let data = try JSONSerialization.data(
        withJSONObject: try versioned(document), options: [.sortedKeys, .withoutEscapingSlashes])
    FileHandle.standardOutput.write(data + Data("\n".utf8))
}

/// `document` as a JSON object with `schemaVersion` added at its top level.
private func versioned(_ document: some Encodable) throws -> [String: Any] {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    guard var object = try JSONSerialization.jsonObject(with: encoder.encode(document)) as? [String: Any] else {
        preconditionFailure("a JSON document must encode as an object: \(type(of: document))")
    }
    object["schemaVersion"] = OutputSchema.version
    return object
}
