import Foundation
import Manifest

/// Strict reading of a reviewer's JSON reply: exact keys, exact types, known severities. Anything else is a
/// ``ReviewerError`` (`invalidReply`), so a malformed or manipulated reply can never read as an approval.
struct StrictReply {
    let reviewer: String

    /// Parses `bytes` as one JSON object whose keys are all in `required` or `optional`, with every `required` key.
    func object(_ bytes: some Collection<UInt8>, required: Set<String>, optional: Set<String> = [], what: String)
        throws(ReviewerError)
        -> [String: Any]
    {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            throw invalid("\(what) is not JSON")
        }
        return try object(value, required: required, optional: optional, what: what)
    }

    /// `value` as a JSON object with exactly the allowed keys.
    func object(_ value: Any?, required: Set<String>, optional: Set<String> = [], what: String) throws(ReviewerError)
        -> [String: Any]
    {
        guard let object = value as? [String: Any] else { throw invalid("\(what) is not a JSON object") }
        let keys = Set(object.keys)
        if let missing = required.subtracting(keys).sorted().first { throw invalid("\(what) has no \"\(missing)\"") }
        if let extra = keys.subtracting(required).subtracting(optional).sorted().first {
            throw invalid("\(what) has an unexpected key \"\(extra)\"")
        }
        return object
    }

    /// `object[key]` as a string of at most `maxLength` characters.
    func string(_ object: [String: Any], _ key: String, what: String, maxLength: Int = 4000) throws(ReviewerError)
        -> String
    {
        guard let text = object[key] as? String, text.count <= maxLength else {
            throw invalid("\(what).\(key) is not a string of at most \(maxLength) characters")
        }
        return text
    }

    /// A findings array: each `{severity, rule, file, line?, message}` plus `extraKeys`, as raw findings.
    func findings(_ value: Any?, extraKeys: Set<String> = [], lineRequired: Bool) throws(ReviewerError) -> [RawFinding]
    {
        guard let items = value as? [Any], items.count <= 500 else { throw invalid("findings is not an array (≤ 500)") }
        var result: [RawFinding] = []
        for (index, item) in items.enumerated() {
            let what = "findings[\(index)]"
            let base: Set<String> = ["severity", "rule", "file", "message"]
            let object = try object(
                item, required: lineRequired ? base.union(["line"]) : base,
                optional: extraKeys.union(lineRequired ? [] : ["line"]), what: what)
            guard let severity = (object["severity"] as? String).flatMap(FindingSeverity.init(rawValue:)) else {
                throw invalid("\(what).severity is not one of critical, high, medium, low, info")
            }
            let rule = Self.ruleID(try string(object, "rule", what: what, maxLength: 200))
            guard !rule.isEmpty else { throw invalid("\(what).rule has no letters or digits") }
            let line: Int?
            switch object["line"] {
            case nil, is NSNull: line = nil
            case let number as Int where number > 0: line = number
            default: throw invalid("\(what).line is not a positive integer or null")
            }
            result.append(
                RawFinding(
                    severity: severity, rule: rule, file: try string(object, "file", what: what, maxLength: 1000),
                    line: line, message: try string(object, "message", what: what), object: object))
        }
        return result
    }

    /// A rule as an id: lowercase ASCII letters, digits, `.` and `_`, other runs turned into `-`, at most 80
    /// characters (models write "Hard-coded secret" where a rule id belongs).
    static func ruleID(_ text: String) -> String {
        var id = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber || character == "." || character == "_" {
                id.append(character)
            } else if !id.isEmpty, id.last != "-" {
                id.append("-")
            }
        }
        while id.last == "-" { id.removeLast() }
        return String(id.prefix(80))
    }

    /// A finding as the reply stated it, before the reviewer names and fingerprints it.
    struct RawFinding {
        let severity: FindingSeverity
        let rule: String
        let file: String
        let line: Int?
        let message: String
        /// The whole object, for reviewer-specific keys.
        let object: [String: Any]
    }

    func invalid(_ message: String) -> ReviewerError {
        ReviewerError(reviewer: reviewer, kind: .invalidReply, message: "invalid reply: \(message)")
    }
}
