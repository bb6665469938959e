import Yams

/// A YAML node's content without its layout (marks, styles, key order), to check that an edit changed exactly
/// what it meant to.
indirect enum YAMLShape: Equatable {
    case scalar(String)
    case mapping([String: YAMLShape])
    case sequence([YAMLShape])

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar): self = .scalar(scalar.string)
        case .sequence(let sequence): self = .sequence(sequence.map(YAMLShape.init))
        case .mapping(let mapping):
            var fields: [String: YAMLShape] = [:]
            for pair in mapping { fields[YAMLShape(pair.key).key] = YAMLShape(pair.value) }
            self = .mapping(fields)
        case .alias: self = .scalar("*alias")
        }
    }

    /// A text that names a key: its string for a scalar, a description for anything else.
    private var key: String {
        if case .scalar(let text) = self { return text }
        return "\(self)"
    }

    /// This shape with `change` made at `path` (missing mappings on the way are added).
    func applying(_ change: ManifestEdit.Change, at path: ArraySlice<String>) -> YAMLShape {
        guard let key = path.first else {
            if case .set(let value) = change { return .scalar(value) }
            return self
        }
        var fields: [String: YAMLShape] = [:]
        if case .mapping(let existing) = self { fields = existing }
        if path.count == 1, change == .remove {
            fields[key] = nil
        } else {
            fields[key] = (fields[key] ?? .mapping([:])).applying(change, at: path.dropFirst())
        }
        return .mapping(fields)
    }
}
