import Foundation

/// `spec.placement` (runtime `swarm` only): which nodes a deployment's tasks may run on.
package struct Placement: Sendable, Hashable {
    /// Swarm constraints, each `node.role == manager`, `node.labels.zone != b`, `engine.labels.x == y` and the like;
    /// a task runs only on a node that meets all of them. Default: none.
    package var constraints: [String]
    /// At most this many tasks on one node; 0 is no limit (the default).
    package var maxPerNode: Int

    /// No constraints, no limit per node.
    package static let anywhere = Placement(constraints: [], maxPerNode: 0)
    /// The largest `maxPerNode` accepted.
    package static let maximumPerNode = 1000

    package init(constraints: [String] = [], maxPerNode: Int = 0) {
        self.constraints = constraints
        self.maxPerNode = maxPerNode
    }

    /// Why `constraint` is not a Swarm placement constraint, or nil when it is one.
    package static func constraintProblem(_ constraint: String) -> String? {
        let parts = constraint.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        guard let operation = ["==", "!="].first(where: parts.contains) else {
            return "has no == or != (e.g. \"node.role == manager\")"
        }
        let sides = parts.components(separatedBy: operation).map { $0.trimmingCharacters(in: .whitespaces) }
        guard sides.count == 2, !sides[1].isEmpty else { return "needs one attribute, \(operation) and a value" }
        let attribute = sides[0]
        let fixed = ["node.id", "node.hostname", "node.role", "node.platform.os", "node.platform.arch"]
        let labelled = ["node.labels.", "engine.labels."]
        let isLabel = labelled.contains { attribute.hasPrefix($0) && attribute.count > $0.count }
        guard fixed.contains(attribute) || isLabel else {
            return "constrains \(Shown.quoted(attribute)); expected one of "
                + (fixed + labelled.map { $0 + "<key>" }).joined(separator: ", ")
        }
        return nil
    }
}
