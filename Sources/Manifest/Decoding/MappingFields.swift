import Yams

/// A mapping whose keys were checked against a ``FieldSet``: the known fields, by name, with their key nodes.
///
/// Mappings have few fields, so names are searched linearly, kept apart from the nodes so that a search
/// compares strings without copying nodes.
struct MappingFields {
    /// The mapping node itself, where "missing field" problems are placed.
    let node: Node
    /// The mapping's field path.
    let path: String
    private var names: [String] = []
    private var keys: [Node] = []
    private var values: [Node] = []
    /// Fields that were reported as unknown, so that follow-on problems ("missing image" after "imagee") can
    /// stay quiet.
    private(set) var unknownNames: [String] = []

    init(node: Node, path: String, capacity: Int = 0) {
        self.node = node
        self.path = path
        names.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// All fields of `root`, unchecked: for reading a header before deciding how to read the rest.
    init(node: Node, path: String, root: Node) {
        self.init(node: node, path: path)
        root.mapping?.forEachPair { key, value in
            if let name = key.scalar?.string { append(name, key: key, value: value) }
        }
    }

    mutating func append(_ name: String, key: Node, value: Node) {
        names.append(name)
        keys.append(key)
        values.append(value)
    }

    mutating func appendUnknown(_ name: String) {
        unknownNames.append(name)
    }

    /// The value of field `name`, if present.
    subscript(_ name: String) -> Node? { names.firstIndex(of: name).map { values[$0] } }

    /// The key node of field `name`, if present.
    func key(_ name: String) -> Node? { names.firstIndex(of: name).map { keys[$0] } }

    func has(_ name: String) -> Bool { names.contains(name) }

    /// The path of field `name` inside this mapping.
    func path(_ name: String) -> String { Shown.path(path, name) }
}
