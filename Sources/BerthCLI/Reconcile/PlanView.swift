import Foundation
import Manifest
import Reconciler

/// A plan as people read it (`+ web  create: …`) and as scripts read it (JSON).
struct PlanView: Encodable {
    struct Line: Encodable {
        let symbol: String
        let name: String
        let action: String
        let reason: String
        /// The active generation, when one runs.
        let generation: Int?
    }

    let configCommit: String
    let lines: [Line]
    /// Errors of documents without a readable name.
    let unnamedInvalid: [Diagnostic]

    init(_ pass: PassPlan) {
        configCommit = pass.configCommit
        unnamedInvalid = pass.unnamedInvalid
        lines = pass.plan.entries.map { entry in
            let (symbol, action, reason) = Self.describe(entry, pass: pass)
            return Line(symbol: symbol, name: entry.name, action: action, reason: reason, generation: entry.active?.generation)
        }
    }

    private static func describe(_ entry: Plan.Entry, pass: PassPlan) -> (String, String, String) {
        let source = pass.resolved[entry.name].map(sourceText) ?? ""
        switch entry.action {
        case .create: return ("+", "create", "new deployment, \(source)")
        case .update: return ("~", "update", "spec or source changed, \(source)")
        case .inSync: return ("=", "in-sync", "generation \(entry.active?.generation ?? 0) runs \(source)")
        case .drifted(let reasons):
            return ("!", "drifted", reasons.map(\.description).joined(separator: "; "))
        case .prune(let ids):
            return ("-", "prune", "left the repository: \(ids.count) container(s) to remove (apply --prune)")
        case .invalid(let message): return ("x", "invalid", message)
        case .unresolved(let message): return ("x", "unresolved", message)
        case .suspended: return (" ", "suspended", "spec.suspend is true: left as it is")
        case .pinned(let generation):
            return ("#", "pinned", "rolled back to generation \(generation); berth rollback \(entry.name) --unpin releases it")
        }
    }

    private static func sourceText(_ resolved: ResolvedDeployment) -> String {
        if resolved.source != nil { return "commit \(resolved.appCommit.prefix(12)) as \(resolved.image)" }
        return "image \(resolved.image)"
    }

    /// `2 to create, 1 to update, 1 invalid`.
    var summary: String {
        let counts: [(String, String)] = [
            ("create", "to create"), ("update", "to update"), ("drifted", "drifted"), ("prune", "to prune"),
            ("invalid", "invalid"), ("unresolved", "unresolved"), ("pinned", "pinned"), ("in-sync", "in sync"),
        ]
        let parts = counts.compactMap { action, words -> String? in
            let count = lines.filter { $0.action == action }.count
            return count == 0 ? nil : "\(count) \(words)"
        }
        let invalid = unnamedInvalid.isEmpty ? [] : ["\(unnamedInvalid.count) unreadable document error(s)"]
        return (parts + invalid).isEmpty ? "nothing declared" : (parts + invalid).joined(separator: ", ")
    }

    func printText() {
        print("config commit \(configCommit.prefix(12))")
        let width = lines.map(\.name.count).max() ?? 0
        for line in lines {
            print("  \(line.symbol) \(line.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(line.action): \(line.reason)")
        }
        for diagnostic in unnamedInvalid { print("  x \(diagnostic)") }
        print("Plan: \(summary).")
    }
}
