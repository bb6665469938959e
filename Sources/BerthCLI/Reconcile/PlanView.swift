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
    /// Why deployments that left the repository are kept this pass (desired state incomplete, or everything would go).
    let pruneWithheld: String?

    init(_ pass: PassPlan) {
        configCommit = pass.configCommit
        unnamedInvalid = pass.unnamedInvalid
        pruneWithheld = pass.plan.pruneWithheld.map { "kept \($0.kept.joined(separator: ", ")): \($0.reason)" }
        let unreadable = pass.unnamedInvalid.isEmpty ? "" : ", \(pass.unnamedInvalid.count) unreadable document error(s)"
        summary = pass.plan.summary + unreadable
        lines = pass.plan.entries.map { entry in
            let (symbol, reason) = Self.describe(entry, pass: pass)
            return Line(
                symbol: symbol, name: entry.name, action: entry.action.name, reason: reason,
                generation: entry.active?.generation
            )
        }
    }

    private static func describe(_ entry: Plan.Entry, pass: PassPlan) -> (symbol: String, reason: String) {
        let source = pass.resolved[entry.name].map(sourceText) ?? ""
        let pull = pass.resolved[entry.name]?.pull.map { "; \($0)" } ?? ""
        switch entry.action {
        case .create: return ("+", "new deployment, \(source)\(pull)")
        case .update: return ("~", "spec or source changed, \(source)\(pull)")
        case .inSync: return ("=", "generation \(entry.active?.generation ?? 0) runs \(source)")
        case .drifted(let reasons):
            return ("!", reasons.map(\.description).joined(separator: "; "))
        case .prune(let ids):
            return ("-", "left the repository: \(ids.count) container(s) to remove (apply --prune)")
        case .invalid(let message): return ("x", message)
        case .unresolved(let message): return ("x", message)
        case .suspended: return (" ", "spec.suspend is true: left as it is")
        case .pinned(let generation):
            return ("#", "rolled back to generation \(generation); berth rollback \(entry.name) --unpin releases it")
        }
    }

    private static func sourceText(_ resolved: ResolvedDeployment) -> String {
        if resolved.source != nil { return "commit \(resolved.appCommit.prefix(12)) as \(resolved.image)" }
        return "image \(resolved.image)"
    }

    /// The plan's counts, and the unreadable documents.
    let summary: String

    func printText() {
        print("config commit \(configCommit.prefix(12))")
        let width = lines.map(\.name.count).max() ?? 0
        for line in lines {
            print("  \(line.symbol) \(line.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(line.action): \(line.reason)")
        }
        for diagnostic in unnamedInvalid { print("  x \(diagnostic)") }
        if let pruneWithheld { print("  prune withheld: \(pruneWithheld)") }
        print("Plan: \(summary).")
    }
}
