import Yams

/// Reads typed values out of Yams nodes, reporting each problem at the node that has it.
///
/// Scalars are read from their text, whatever their quoting: `port: "8080"` is a port, `tag: 1.0` is the string
/// `1.0`. Only plain `~`, `null` and empty scalars are null, and null is never a valid value.
struct NodeReader {
    let sink: DiagnosticSink

    // MARK: Node kinds

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    static func kindName(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar: isNull(node) ? "null" : "a scalar"
        }
    }

    /// The path printed for the document's root.
    static let documentPath = "<document>"

    private func expected(_ what: String, _ node: Node, _ path: @autoclosure () -> String) {
        let text = path()
        sink.report(node, text.isEmpty ? Self.documentPath : text, "expected \(what), found \(Self.kindName(node))")
    }

    // MARK: Mappings

    /// The fields of mapping `node`, reporting unknown fields (with the nearest valid name when close), non-text
    /// keys, and a node that is not a mapping.
    /// - Parameter renamed: fields that earlier versions accepted, by old name, with the path that replaces each:
    ///   their message says where the value went.
    func mapping(_ node: Node, _ path: String, _ fields: FieldSet, renamed: [String: String] = [:])
        -> MappingFields?
    {
        assert(FieldSchema.lists(fields), "\(path): its FieldSet is missing from FieldSchema, so docs/ cannot be checked")
        guard case .mapping(let mapping) = node else {
            expected("a mapping", node, path)
            return nil
        }
        var fieldsFound = MappingFields(node: node, path: path, capacity: mapping.count)
        mapping.forEachPair { key, value in
            guard case .scalar(let scalar) = key else {
                expected("a field name", key, path)
                return
            }
            let name = scalar.string
            if fields.set.contains(name) {
                fieldsFound.append(name, key: key, value: value)
            } else {
                let message =
                    renamed[name].map { "\(Shown.quoted(name)) is now \($0); rename the field" }
                    ?? unknownFieldMessage(name, fields)
                sink.report(key, Shown.path(path, name), message)
                fieldsFound.appendUnknown(name)
            }
        }
        return fieldsFound
    }

    private func unknownFieldMessage(_ name: String, _ fields: FieldSet) -> String {
        if name == "<<" { return "YAML merge keys (<<) are not supported; write the fields out" }
        if let suggestion = EditDistance.suggestion(for: name, among: fields.names) {
            return "unknown field \(Shown.quoted(name)); did you mean \"\(suggestion)\"?"
        }
        return "unknown field \(Shown.quoted(name)) (valid: \(fields.names.joined(separator: ", ")))"
    }

    /// The text of field `name` of a mapping, without reporting anything.
    static func peekString(_ node: Node, _ name: String) -> String? {
        guard case .mapping(let mapping) = node else { return nil }
        var found: String?
        mapping.forEachPair { key, value in
            if found == nil, key.scalar?.string == name { found = value.scalar?.string }
        }
        return found
    }

    /// The entries of a mapping with free-form keys (env, labels, args), in document order.
    func entries(_ node: Node, _ path: @autoclosure () -> String) -> [(key: String, keyNode: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            expected("a mapping", node, path())
            return nil
        }
        var result: [(key: String, keyNode: Node, value: Node)] = []
        result.reserveCapacity(mapping.count)
        mapping.forEachPair { key, value in
            guard case .scalar(let scalar) = key, !Self.isNull(key) else {
                expected("a name", key, path())
                return
            }
            result.append((scalar.string, key, value))
        }
        return result
    }

    /// The keys of a mapping, without reporting anything (the mapping is reported where it is decoded).
    func entriesQuietly(_ node: Node) -> [String]? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping.keys.compactMap { $0.scalar?.string }
    }

    /// A mapping of names to strings, each key checked by `keyProblem` (a message, or `nil` when fine).
    func stringMap(_ node: Node, _ path: String, keyProblem: (String) -> String?) -> [String: String]? {
        guard let entries = entries(node, path) else { return nil }
        var result: [String: String] = [:]
        var valid = true
        result.reserveCapacity(entries.count)
        for entry in entries {
            if let problem = keyProblem(entry.key) {
                sink.report(entry.keyNode, Shown.path(path, entry.key), problem)
                valid = false
            }
            if let value = string(entry.value, Shown.path(path, entry.key)) {
                result[entry.key] = value
            } else {
                valid = false
            }
        }
        return valid ? result : nil
    }

    // MARK: Lists

    func list(_ node: Node, _ path: @autoclosure () -> String) -> Node.Sequence? {
        guard case .sequence(let sequence) = node else {
            expected("a list", node, path())
            return nil
        }
        return sequence
    }

    /// A list of strings; `nil` when the node or any element is wrong (each wrong element is reported).
    func stringList(_ node: Node, _ path: @autoclosure () -> String) -> [(value: String, node: Node)]? {
        guard let items = list(node, path()) else { return nil }
        var result: [(value: String, node: Node)] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if let value = string(item, "\(path())[\(index)]") { result.append((value, item)) }
        }
        return result.count == items.count ? result : nil
    }

    // MARK: Scalars

    /// The text of a scalar that is not null.
    func string(_ node: Node, _ path: @autoclosure () -> String) -> String? {
        guard case .scalar(let scalar) = node, !Self.isNull(node) else {
            expected("a string", node, path())
            return nil
        }
        return scalar.string
    }

    /// A string that is not empty.
    func nonEmptyString(_ node: Node, _ path: @autoclosure () -> String) -> String? {
        guard let text = string(node, path()) else { return nil }
        guard !text.isEmpty else {
            sink.report(node, path(), "must not be empty")
            return nil
        }
        return text
    }

    /// `true` or `false` (any capitalisation of those two words).
    func bool(_ node: Node, _ path: @autoclosure () -> String) -> Bool? {
        guard let text = scalarText(node, path(), "true or false") else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            sink.report(node, path(), "\(Shown.value(text)) is not a boolean (true or false)")
            return nil
        }
    }

    /// A decimal integer in `range`; `what` names it in the message (`70000 is not a port (1-65535)`).
    func int(_ node: Node, _ path: @autoclosure () -> String, _ range: ClosedRange<Int>, what: String) -> Int? {
        guard let text = scalarText(node, path(), "\(what) (\(range.lowerBound)-\(range.upperBound))") else {
            return nil
        }
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.utf8.count <= 18, digits.utf8.allSatisfy(Names.isDigit),
            let value = Int(text.hasPrefix("+") ? String(digits) : text), range.contains(value)
        else {
            sink.report(node, path(), "\(Shown.value(text)) is not \(what) (\(range.lowerBound)-\(range.upperBound))")
            return nil
        }
        return value
    }

    /// A port number, 1-65535.
    func port(_ node: Node, _ path: @autoclosure () -> String) -> Int? {
        int(node, path(), 1...65535, what: "a port")
    }

    /// A duration (`500ms`, `2s`, `1m30s`); when `positive`, zero is refused.
    func duration(_ node: Node, _ path: @autoclosure () -> String, positive: Bool = true) -> Duration? {
        guard let text = scalarText(node, path(), "a duration") else { return nil }
        guard let duration = DurationSyntax.parse(text) else {
            sink.report(node, path(), "\(Shown.value(text)) is not a duration (\(DurationSyntax.help))")
            return nil
        }
        if positive && duration == .zero {
            sink.report(node, path(), "must be longer than zero (\(DurationSyntax.help))")
            return nil
        }
        return duration
    }

    /// One of an enum's raw values; the message lists them all.
    func choice<Value: RawRepresentable & CaseIterable>(_ node: Node, _ path: @autoclosure () -> String, what: String)
        -> Value?
    where Value.RawValue == String {
        guard let text = scalarText(node, path(), Shown.choices(Value.allCases.map(\.rawValue))) else { return nil }
        guard let value = Value(rawValue: text) else {
            let valid = Value.allCases.map(\.rawValue)
            var message = "\(Shown.value(text)) is not \(what) (\(Shown.choices(valid)))"
            if let suggestion = EditDistance.suggestion(for: text, among: valid) {
                message += "; did you mean \"\(suggestion)\"?"
            }
            sink.report(node, path(), message)
            return nil
        }
        return value
    }

    /// The text of a non-null scalar; otherwise reports "expected `what`".
    func scalarText(_ node: Node, _ path: @autoclosure () -> String, _ what: @autoclosure () -> String) -> String? {
        guard case .scalar(let scalar) = node, !Self.isNull(node) else {
            expected(what(), node, path())
            return nil
        }
        return scalar.string
    }

    /// Reports that field `name` of `fields` is required; `hint` says what it holds.
    func missing(_ fields: MappingFields, _ name: String, _ hint: String) {
        sink.report(fields.node, fields.path(name), "is required (\(hint))")
    }
}
