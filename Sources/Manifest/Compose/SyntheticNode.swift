import Yams

/// Nodes of the manifest document a compose service stands for, placed at the compose node they were made from so
/// that the manifest decoder's problems point into the compose file.
enum SyntheticNode {
    static func scalar(_ text: String, at origin: Node) -> Node {
        .scalar(.init(text, .implicit, .doubleQuoted, origin.mark))
    }

    static func mapping(_ pairs: [(String, Node)], at origin: Node) -> Node {
        .mapping(.init(pairs.map { (key(for: $0.0, at: $0.1), $0.1) }, .implicit, .block, origin.mark))
    }

    static func sequence(_ nodes: [Node], at origin: Node) -> Node {
        .sequence(.init(nodes, .implicit, .block, origin.mark))
    }

    private static func key(for name: String, at value: Node) -> Node {
        .scalar(.init(name, .implicit, .plain, value.mark))
    }
}
