import Yams

/// A mapping whose keys were checked against a ``FieldSet``: the known fields, by name, with their key nodes.
struct MappingFields {
    /// The mapping node itself, where "missing field" problems are placed.
    let node: Node
    /// The mapping's field path.
    let path: String
    private let values: [String: (key: Node, value: Node)]

    init(node: Node, path: String, values: [String: (key: Node, value: Node)]) {
        self.node = node
        self.path = path
        self.values = values
    }

    /// All fields of `root`, unchecked: for reading a header before deciding how to read the rest.
    init(node: Node, path: String, root: Node) {
        var values: [String: (key: Node, value: Node)] = [:]
        for (key, value) in root.mapping ?? [:] {
            if let name = key.scalar?.string { values[name] = (key, value) }
        }
        self.init(node: node, path: path, values: values)
    }

    /// The value of field `name`, if present.
    subscript(_ name: String) -> Node? { values[name]?.value }

    /// The key node of field `name`, if present.
    func key(_ name: String) -> Node? { values[name]?.key }

    func has(_ name: String) -> Bool { values[name] != nil }

    /// The path of field `name` inside this mapping.
    func path(_ name: String) -> String { Shown.path(path, name) }
}
