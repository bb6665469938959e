import ArgumentParser
import Foundation
import Reconciler

/// `berth apply`: one reconcile pass that changes what runs.
struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Converge the Docker engine to the config repository: build, start, health-check and swap.",
        discussion: """
            Plans as `berth plan` does, then rolls out every deployment to create or update (and heals drift for
            drift: heal), at most `workers` at a time, printing each stage as it goes. Containers whose
            deployment left the repository are only removed with --prune, and never while any manifest cannot
            be read or lacks a valid, unique name; a prune that would remove every deployment berth runs also
            needs --allow-empty (or prune: {allowEmpty: true} in the controller config). Candidates a killed
            berth left behind are removed first. Takes the state dir's lock: one apply or run at a time.
            Exit 0 when everything converged, 1 when a rollout failed or was blocked, a manifest is invalid, a
            source cannot be resolved or a prune was withheld, 2 on a usage or config error (configRepo.path
            missing at the commit among them).
            """
    )

    @OptionGroup var state: StateOptions

    @Option(help: ArgumentHelp("Apply only this deployment (repeatable).", valueName: "NAME"))
    var only: [String] = []

    @Flag(help: "Remove containers whose deployment left the repository (volumes are kept).")
    var prune = false

    @Flag(help: "With --prune: allow a prune that removes every deployment berth runs (an emptied repository).")
    var allowEmpty = false

    @Option(help: "text for people, json for scripts (progress then goes to stderr).")
    var output: OutputFormat = .text

    func run() async throws {
        let controller = try state.controller()
        let runtime = try Runtime(controller: controller, state: state.stateDirectory(controller), access: .change)
        let lock = try runtime.lockStateDirectory()
        defer { withExtendedLifetime(lock) {} }
        let printer = ProgressPrinter(toStandardError: output == .json)
        let reconciliation = runtime.reconciliation(try state.desiredSource(controller)) { printer.print($0) }
        let pass: PassPlan
        do {
            pass = try await reconciliation.plan(allowEmpty: allowEmpty)
        } catch let error as ConfigPathMissing {
            throw CommandFailure.usage(error.description)
        } catch {
            throw CommandFailure.failed("cannot plan, nothing was changed", error)
        }
        let unknown = Set(only).subtracting(pass.plan.entries.map(\.name))
        guard unknown.isEmpty else {
            throw CommandFailure.usage("--only: no deployment named \(unknown.sorted().joined(separator: ", ")) in the plan")
        }
        await reconciliation.recoverInterruptedRollouts()
        let report = await reconciliation.apply(pass, options: ApplyOptions(only: Set(only), prune: prune))
        switch output {
        case .text: printText(report, pass: pass)
        case .json: try printJSON(ApplyView(report))
        }
        let pruneRefused = prune && pass.plan.pruneWithheld != nil
        if report.needsAttention || !pass.unnamedInvalid.isEmpty || pruneRefused { throw ExitCode(1) }
    }

    private func printText(_ report: ApplyReport, pass: PassPlan) {
        for name in report.removedCandidates { print("removed leftover candidate \(name)") }
        for name in report.leftoverCandidates { print("cannot remove leftover candidate \(name)") }
        for item in report.items where item.result != .unchanged || report.items.count <= 20 {
            print("\(item.name): \(item.result.rawValue): \(item.message)")
        }
        for diagnostic in pass.unnamedInvalid { print("invalid: \(diagnostic)") }
        if prune, let withheld = pass.plan.pruneWithheld {
            print("prune withheld, kept \(withheld.kept.joined(separator: ", ")): \(withheld.reason)")
        }
        let counts = Dictionary(grouping: report.items, by: \.result).mapValues(\.count)
        print("Apply: " + counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.value) \($0.key.rawValue)" }
            .joined(separator: ", ") + ".")
    }
}

/// `apply --output json`.
struct ApplyView: Encodable {
    struct Item: Encodable {
        let name: String
        let result: String
        let message: String
        let rollout: Rollout?
    }

    let removedCandidates: [String]
    let leftoverCandidates: [String]
    let items: [Item]

    init(_ report: ApplyReport) {
        removedCandidates = report.removedCandidates
        leftoverCandidates = report.leftoverCandidates
        items = report.items.map { Item(name: $0.name, result: $0.result.rawValue, message: $0.message, rollout: $0.rollout) }
    }
}
