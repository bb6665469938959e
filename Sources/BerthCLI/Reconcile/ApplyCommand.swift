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
        let started = ContinuousClock.now
        let controller = try state.controller()
        let runtime = try Runtime(controller: controller, state: state.stateDirectory(controller), access: .change)
        let lock = try runtime.lockStateDirectory()
        defer { withExtendedLifetime(lock) {} }
        let style = TerminalStyle.standardOutput(json: output == .json)
        let printer = ProgressPrinter(toStandardError: output == .json, style: style)
        let reconciliation = runtime.reconciliation(try state.desiredSource(controller)) { printer.print($0) }
        let pass: PassPlan
        do {
            _ = await reconciliation.prepareRouter()
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
        printer.align(to: pass.plan.entries.map(\.name))
        await reconciliation.recoverInterruptedRollouts()
        let report = await reconciliation.apply(pass, options: ApplyOptions(only: Set(only), prune: prune))
        let took = ContinuousClock.now - started
        switch output {
        case .text: printText(report, pass: pass, took: took, printer: printer)
        case .json: try printJSON(ApplyView(report, invalid: pass.unnamedInvalid, took: took))
        }
        let pruneRefused = prune && pass.plan.pruneWithheld != nil
        if report.needsAttention || !pass.unnamedInvalid.isEmpty || pruneRefused { throw ExitCode(1) }
    }

    /// One line per deployment under its progress prefix, then `Apply: 3 deployments: 1 succeeded, 2 unchanged in
    /// 14.2s.`
    private func printText(_ report: ApplyReport, pass: PassPlan, took: Duration, printer: ProgressPrinter) {
        let style = printer.style
        for name in report.removedCandidates { print("removed leftover candidate \(name)") }
        for name in report.removedRoutes { print("removed the route of \(name), which left the repository") }
        for name in report.leftoverCandidates {
            print(style.paint("cannot remove leftover candidate \(name)", .failed))
        }
        printer.align(to: report.items.map(\.name))
        for item in report.items where item.result != .unchanged || report.items.count <= 20 {
            let result = style.paint(item.result.rawValue, Self.tone(of: item.result))
            print("\(printer.prefix(item.name)) \(result): \(item.message)")
        }
        for diagnostic in pass.unnamedInvalid { print(style.paint("invalid: \(diagnostic)", .failed)) }
        if prune, let withheld = pass.plan.pruneWithheld {
            let kept = withheld.kept.joined(separator: ", ")
            print(style.paint("prune withheld, kept \(kept): \(withheld.reason)", .warning))
        }
        print(Self.summary(report.items.map(\.result), took: took, style: style))
    }

    /// `Apply: 3 deployments: 1 succeeded, 2 unchanged in 14.2s.` (results in alphabetical order).
    static func summary(_ results: [ApplyReport.Item.Result], took: Duration, style: TerminalStyle = .plain) -> String {
        let counts = Dictionary(grouping: results, by: \.self).mapValues(\.count)
        let parts = counts.sorted { $0.key.rawValue < $1.key.rawValue }.map { result, count in
            style.paint("\(count) \(result.rawValue)", count == 0 ? .plain : tone(of: result))
        }
        let tally = parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")
        return "Apply: \(counted(results.count, "deployment"))\(tally) in \(DurationText.stage(took))."
    }

    /// Green for what converged, red for what needs a person, yellow for what was left as it was on purpose.
    static func tone(of result: ApplyReport.Item.Result) -> TerminalStyle.Tone {
        switch result {
        case .succeeded, .healed, .pruned: .ok
        case .failed, .blocked, .invalid: .failed
        case .interrupted, .cancelled, .reported, .skipped, .rolledBack: .warning
        case .unchanged: .plain
        }
    }
}
