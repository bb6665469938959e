import Foundation
import Manifest
import Reconciler

/// A plan as people read it (`~ web  update: …` and one line per changed field) and as scripts read it (JSON).
struct PlanView: Encodable {
    /// One deployment's entry.
    struct Entry: Encodable {
        let symbol: String
        let name: String
        let action: String
        let reason: String
        /// The active generation, when one runs.
        let generation: Int?
        /// For an update: the fields that change; nil when the active generation has no record.
        let changes: [Change]?
        let commits: Commits?
        let image: Image?
        /// For an update: the strategy, and whether it stops what serves first.
        let strategy: String?
        let downtime: Bool?
        /// For an update: `routed` (through the router), `fixedPort` or `addressChanges` (no router, a new port).
        let traffic: String?
        /// For an invalid entry: where its manifest is wrong.
        let diagnostics: [Location]?
    }

    /// One changed field; `from` and `to` are never given for a secret (`sealed` is true instead).
    struct Change: Encodable {
        let field: String
        let from: String?
        let to: String?
        let kind: String
        let sealed: Bool?
    }

    /// The app commits an update moves across.
    struct Commits: Encodable {
        let from: String
        let to: String
        /// Nil when the commits could not be counted in the mirror.
        let count: Int?
        /// Set when `to` lacks commits of `from` (going back, or a force push).
        let behind: Int?
    }

    struct Image: Encodable {
        let from: String
        let to: String
    }

    /// A problem's place in a manifest.
    struct Location: Encodable {
        let file: String
        let line: Int
        let column: Int
        let field: String
        let message: String

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.file
            line = diagnostic.line
            column = diagnostic.column
            field = diagnostic.path
            message = diagnostic.message
        }
    }

    let configCommit: String
    let deployments: [Entry]
    /// Errors of documents without a readable name.
    let unnamedInvalid: [Location]
    /// Why deployments that left the repository are kept this pass (desired state incomplete, or everything would go).
    let pruneWithheld: String?
    /// Why the router's routes could not be read (they were then not checked), when a router is configured.
    let routerProblem: String?
    /// Routes of deployments that are gone, which apply removes.
    let staleRoutes: [String]
    /// The plan's counts, and the unreadable documents.
    let summary: String
    /// Text lines under each entry, by name: what an update changes.
    private let details: [String: [String]]

    private enum CodingKeys: String, CodingKey {
        case configCommit, deployments, unnamedInvalid, pruneWithheld, routerProblem, staleRoutes, summary
    }

    init(_ pass: PassPlan, updates: [String: UpdateDetails]) {
        configCommit = pass.configCommit
        unnamedInvalid = pass.unnamedInvalid.map(Location.init)
        pruneWithheld = pass.plan.pruneWithheld.map { "kept \($0.kept.joined(separator: ", ")): \($0.reason)" }
        routerProblem = pass.routerProblem
        staleRoutes = pass.plan.staleRoutes
        let unreadable =
            pass.unnamedInvalid.isEmpty ? "" : ", \(counted(pass.unnamedInvalid.count, "unreadable document error"))"
        summary = pass.plan.summary + unreadable
        var details: [String: [String]] = [:]
        deployments = pass.plan.entries.map { entry in
            let (symbol, reason) = Self.describe(entry, pass: pass)
            let update = updates[entry.name]
            if let update { details[entry.name] = Self.lines(update, name: entry.name) }
            let live = Self.liveChanges(entry)
            if !live.isEmpty { details[entry.name] = Self.liveLines(live, entry: entry) }
            let invalid: InvalidDocument? =
                if case .invalid = entry.action { pass.desired.invalid.first { $0.name == entry.name } } else { nil }
            return Entry(
                symbol: symbol, name: entry.name, action: entry.action.name, reason: reason,
                generation: entry.active?.generation,
                changes: (update?.changes ?? (live.isEmpty ? nil : live))?.map {
                    Change(
                        field: $0.field, from: $0.from, to: $0.to, kind: $0.kind.rawValue, sealed: $0.sealed ? true : nil
                    )
                },
                commits: update?.commits.map {
                    Commits(from: $0.from, to: $0.to, count: $0.count, behind: $0.behind > 0 ? $0.behind : nil)
                },
                image: update?.image.map { Image(from: $0.from, to: $0.to) }, strategy: update?.strategy.rawValue,
                downtime: update?.downtime, traffic: update.map { Self.trafficName($0.traffic) }, diagnostics: invalid.map { $0.diagnostics.map(Location.init) }
            )
        }
        self.details = details
    }

    private static func describe(_ entry: Plan.Entry, pass: PassPlan) -> (symbol: String, reason: String) {
        let source = pass.resolved[entry.name].map(sourceText) ?? ""
        let pull = pass.resolved[entry.name]?.pull.map { "; \($0)" } ?? ""
        let service = pass.runsServices ? pass.resolved[entry.name].map(serviceText) ?? "" : ""
        switch entry.action {
        case .create: return ("+", "new deployment, \(source)\(pull)\(service)")
        case .update:
            return ("~", "replaces generation \(entry.active?.generation ?? 0): \(source)\(pull)\(service)")
        case .inSync: return ("=", "generation \(entry.active?.generation ?? 0) runs \(source)")
        case .drifted(let reasons):
            return ("!", reasons.map(\.description).joined(separator: "; "))
        case .prune(let ids):
            return ("-", "left the repository: \(counted(ids.count, "container")) to remove (apply --prune)")
        case .invalid(let message): return ("x", message)
        case .unresolved(let message): return ("x", message)
        case .overQuota(let message): return ("x", message)
        case .suspended: return (" ", "suspended (spec.suspend or the dashboard): left as it is")
        case .pinned(let generation, let reason):
            return ("#", "pinned to generation \(generation) (\(reason)); berth rollback \(entry.name) --unpin releases it")
        }
    }

    /// The live fields (resources, restart policy) a drifted entry applies to its active generation.
    private static func liveChanges(_ entry: Plan.Entry) -> [FieldChange] {
        guard case .drifted(let reasons) = entry.action else { return [] }
        return reasons.flatMap { reason -> [FieldChange] in
            if case .liveFields(let changes) = reason { changes } else { [] }
        }
    }

    /// `~ spec.resources.memory: 64Mi → 128Mi`, then how apply changes it: in place, no restart.
    private static func liveLines(_ changes: [FieldChange], entry: Plan.Entry) -> [String] {
        let active = entry.active?.name ?? "the active generation"
        let how =
            if changes.allSatisfy({ $0.field == LiveFields.replicas }) {
                "service \(active) scaled in place: no restart"
            } else if LiveFields.needsNewContainer(changes) {
                "a lifted limit cannot be applied in place: apply rolls out a new generation"
            } else {
                "applied to \(active) in place (docker update): no restart"
            }
        return changes.map(line) + [how]
    }

    /// `; service of 3 replicas, start-first, 1 at a time`: how Swarm runs and rolls it (runtime `swarm`).
    private static func serviceText(_ resolved: ResolvedDeployment) -> String {
        let spec = resolved.deployment.spec
        let batch = spec.rollout.parallelism == 0 ? "all" : String(spec.rollout.parallelism)
        return "; service of \(counted(spec.replicas, "replica")), \(spec.strategy.rawValue), \(batch) at a time"
    }

    private static func sourceText(_ resolved: ResolvedDeployment) -> String {
        if resolved.source != nil { return "commit \(resolved.appCommit.prefix(12)) as \(resolved.image)" }
        return "image \(resolved.image)"
    }

    static func trafficName(_ traffic: UpdateDetails.Traffic) -> String {
        switch traffic {
        case .routed: "routed"
        case .fixedPort: "fixedPort"
        case .addressChanges: "addressChanges"
        }
    }

    /// The lines under an update: each changed field, the commits, the image, the strategy.
    static func lines(_ update: UpdateDetails, name: String) -> [String] {
        var lines: [String] = []
        if let changes = update.changes {
            lines += changes.map(line)
        } else {
            lines.append(
                "spec hash \(update.fromHash.prefix(12)) → \(update.toHash.prefix(12)): generation "
                    + "\(update.activeGeneration) has no field-level record (it was rolled out before berth kept one)"
            )
        }
        if let commits = update.commits {
            let count = commits.count.map { counted($0, "commit") } ?? "commits not counted"
            let behind = commits.behind > 0 ? ", \(commits.behind) of the running commit's not included" : ""
            lines.append("~ source: \(commits.from.prefix(7)) → \(commits.to.prefix(7)), \(count)\(behind)")
        }
        if let image = update.image { lines.append("~ image: \(shortImage(image.from)) → \(shortImage(image.to))") }
        if update.changes?.isEmpty == true, update.commits == nil, update.image == nil {
            lines.append("spec hash \(update.fromHash.prefix(12)) → \(update.toHash.prefix(12)) (build inputs)")
        }
        let active = ContainerName.active(name, generation: update.activeGeneration)
        let traffic =
            switch update.traffic {
            case .routed(let route): update.downtime ? ": a short gap behind the router (\(route))" : "; the router (\(route)) then moves traffic to it"
            case .fixedPort: update.downtime ? ": downtime" : ""
            case .addressChanges: "; no router: it serves on a new port, so the address changes (berth status shows it)"
            }
        if update.downtime {
            lines.append(
                "strategy stop-first (\(update.stopFirstReason ?? "spec.strategy")): apply stops \(active) before "
                    + "the new generation starts\(traffic)"
            )
        } else {
            lines.append(
                "strategy \(update.strategy.rawValue): \(active) serves until the new generation is healthy\(traffic)")
        }
        return lines
    }

    /// `~ spec.env.LOG_LEVEL: info → debug`, `+ spec.env.NEW: x`, `- spec.env.OLD`,
    /// `~ spec.secretEnv.DB_PASSWORD: (sealed value changed)`.
    private static func line(_ change: FieldChange) -> String {
        switch change.kind {
        case .changed where change.sealed: "~ \(change.field): (sealed value changed)"
        case .changed: "~ \(change.field): \(shown(change.from)) → \(shown(change.to))"
        case .added where change.sealed: "+ \(change.field): (sealed value)"
        case .added: "+ \(change.field): \(shown(change.to))"
        case .removed: "- \(change.field)"
        }
    }

    /// An image id as `sha256:` and 12 digits; a reference as it is.
    private static func shortImage(_ image: String) -> String {
        image.hasPrefix("sha256:") ? String(image.prefix(19)) : image
    }

    private static func shown(_ value: String?) -> String {
        guard let value else { return "" }
        return value.isEmpty || value.first == " " || value.last == " " ? "\"\(value)\"" : value
    }

    func printText() {
        print("config commit \(configCommit.prefix(12))")
        let width = deployments.map(\.name.count).max() ?? 0
        for entry in deployments {
            let name = entry.name.padding(toLength: width, withPad: " ", startingAt: 0)
            print("  \(entry.symbol) \(name)  \(entry.action): \(entry.reason)")
            for line in details[entry.name] ?? [] { print("      \(line)") }
        }
        for diagnostic in unnamedInvalid {
            let place = "\(diagnostic.file):\(diagnostic.line):\(diagnostic.column)"
            print("  x \(place): \(diagnostic.field): \(diagnostic.message)")
        }
        for name in staleRoutes { print("  - route of \(name): its deployment is gone; apply removes the route") }
        if let pruneWithheld { print("  prune withheld: \(pruneWithheld)") }
        if let routerProblem { print("  router not checked: \(routerProblem)") }
        print("Plan: \(summary).")
    }
}
