import ArgumentParser
import Foundation
import Reconciler

/// `berth plan`: what `apply` would do, terraform-style.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show what apply would change: + create, ~ update, - prune, ! drift, x invalid, = in sync.",
        discussion: """
            Reads desired state at the config branch head (or a directory), resolves every app source, lists the
            containers berth manages and compares. Changes nothing. Exit 0 whether or not changes are pending;
            1 when desired or actual state cannot be read; 2 on a usage or config error.
            """
    )

    @OptionGroup var state: StateOptions

    @Option(help: "text for people, json for scripts.")
    var output: OutputFormat = .text

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
        let view = PlanView(pass)
        switch output {
        case .text: view.printText()
        case .json: try printJSON(view)
        }
    }
}
