import ArgumentParser
import Foundation
import Reconciler

/// `berth plan`: what `apply` would do, terraform-style, with each update's changes field by field.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show what apply would change: + create, ~ update, - prune, ! drift, x invalid, = in sync.",
        discussion: """
            Reads desired state at the config branch head (or a directory), resolves every app source, lists the
            containers berth manages and compares. Changes nothing. Under each update: the fields that change
            against what the active generation was created from (secrets only as "sealed value changed"), the
            app commits it moves across, a new image, and the strategy (stop-first means downtime).

            Exit codes: 0 whether or not changes are pending; 1 when desired or actual state cannot be read; 2 on
            a usage or config error. With --detailed-exitcode: 0 nothing to do, 3 changes pending (create,
            update, drift, prune), 4 a manifest is invalid or a source or image unresolved (4 wins over 3).
            """
    )

    @OptionGroup var state: StateOptions

    @Option(help: "text for people, json for scripts.")
    var output: OutputFormat = .text

    @Flag(help: "Exit 3 when changes are pending, 4 when anything is invalid or unresolved, 0 when nothing is to do.")
    var detailedExitcode = false

    func run() async throws {
        let controller = try state.controller()
        let runtime = try Runtime(controller: controller, state: state.stateDirectory(controller), access: .plan)
        let reconciliation = runtime.reconciliation(try state.desiredSource(controller)) { _ in }
        let pass: PassPlan
        do {
            pass = try await reconciliation.plan()
        } catch let error as ConfigPathMissing {
            throw CommandFailure.usage(error.description)
        } catch {
            throw CommandFailure.failed("cannot plan", error)
        }
        let view = PlanView(pass, updates: await reconciliation.updateDetails(pass))
        switch output {
        case .text: view.printText()
        case .json: try printJSON(view)
        }
        let outcome = pass.plan.outcome(unreadableDocuments: pass.unnamedInvalid.count)
        if detailedExitcode, outcome != .nothingToDo { throw ExitCode(outcome.rawValue) }
    }
}
