import Yams

/// Applies ``ManifestEdit``s to a manifest file's text in place, keeping comments, order, quoting and layout
/// everywhere else: the document is found by `metadata.name` and the node by its path with Yams' marks (line and
/// column), then only that node's text changes. A scalar's text is replaced; a missing key is added under its
/// parent mapping (after the last key of a block mapping at its indentation, or before a flow mapping's `}`); a
/// key is removed with its line (block) or its entry and comma (flow).
///
/// ```swift
/// let edit = ManifestEdit(deployment: "web", path: ["spec", "resources", "memory"], change: .set("128Mi"))
/// let edited = try ManifestTextEditor.apply(edit, to: text)   // nil: no document named web in this file
/// ```
package enum ManifestTextEditor {
    /// `text` with `edit` made, or nil when no document of `text` is named `edit.deployment`.
    /// - Throws: ``ManifestEditError`` when the text cannot be read as YAML, the path leads through something other
    ///   than mappings, the node is a kind berth does not rewrite (a block scalar, a plain scalar over several
    ///   lines), or the edited text does not read back as the original with exactly this change.
    package static func apply(_ edit: ManifestEdit, to text: String) throws(ManifestEditError) -> String? {
        let before = try documents(in: text, for: edit)
        guard let index = before.firstIndex(where: { name(of: $0) == edit.deployment }),
            case .mapping(let root) = before[index]
        else { return nil }
        if case .remove = edit.change, node(at: edit.path, in: root) == nil { return text }
        var source = SourceText(text)
        try Edit(edit: edit, source: source).make(root: root, into: &source)
        let edited = source.string
        // The edited file must read back as the original with exactly this change: every other document, key
        // and value the same.
        var expected = before.map(YAMLShape.init)
        expected[index] = expected[index].applying(edit.change, at: edit.path[...])
        let after = try documents(in: edited, for: edit)
        guard after.map(YAMLShape.init) == expected else {
            throw ManifestEditError(edit: edit, reason: "the edited text does not read back as this change alone")
        }
        return edited
    }

    /// Applies every edit of `edits` whose deployment is in `text`, in order; nil when none is.
    package static func apply(_ edits: [ManifestEdit], to text: String) throws(ManifestEditError) -> String? {
        var current = text
        var changed = false
        for edit in edits {
            if let edited = try apply(edit, to: current) {
                current = edited
                changed = true
            }
        }
        return changed ? current : nil
    }

    /// Every document of `text`.
    static func documents(in text: String, for edit: ManifestEdit) throws(ManifestEditError) -> [Node] {
        do {
            var sequence = try compose_all(yaml: text, .basic, .default, .utf8)
            var all: [Node] = []
            while let node = sequence.next() { all.append(node) }
            if let error = sequence.error { throw error }
            return all
        } catch {
            throw ManifestEditError(edit: edit, reason: "the file is not valid YAML (\(error))")
        }
    }

    /// A document's `metadata.name`.
    static func name(of document: Node) -> String? {
        document.mapping?["metadata"]?.mapping?["name"]?.string
    }

    /// The node at `path`, nil when something on the way is absent.
    static func node(at path: [String], in root: Node.Mapping) -> Node? {
        var node: Node = .mapping(root)
        for key in path {
            guard let next = node.mapping?.first(where: { $0.key.string == key })?.value else { return nil }
            node = next
        }
        return node
    }

    /// The scalar text at `path`, nil when something on the way is absent.
    static func value(at path: [String], in root: Node.Mapping) -> String? {
        node(at: path, in: root)?.scalar?.string
    }
}
