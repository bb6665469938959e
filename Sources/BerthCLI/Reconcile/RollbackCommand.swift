import ArgumentParser
import Foundation
import Manifest
import Reconciler

/// `berth rollback NAME [--to GENERATION]` and `berth rollback NAME --unpin`.
struct RollbackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollback",
        abstract: "Restore an earlier generation as it ran and pin the deployment there; --unpin releases it.",
        discussion: """
            Without --to, goes back to the newest succeeded generation before the active one. The rollback is
            a new generation created from what history recorded for the old one: its image (which must still be
            kept: imageRetention, default 3), env with its sealed secrets opened again with the controller's key,
            ports, limits, command, health check and strategy; not today's manifest. A generation rolled out
            before berth recorded them (a state dir from an older berth) is restored from its manifest at the
            config commit that rolled it out, or today's manifest when that commit holds none; the build stage's
            line says which. The deployment stays pinned
            (plan and status show it) while what the repository asks for stays the same: a change to its
            manifest or a new app commit to build lifts the pin, and so does `berth rollback NAME --unpin`; the
            next apply then rolls out what the repository says. Asking again for the generation that already
            serves only pins it. `berth history NAME` marks rollbacks.
            """
    )

    @Argument(help: "The deployment's name.")
    var name: String

    @Option(help: ArgumentHelp("The generation to go back to (see berth history).", valueName: "GENERATION"))
    var to: Int?

    @Flag(help: "Release the pin instead; the next apply rolls out what the config repository says.")
    var unpin = false

    @OptionGroup var state: StateOptions

    /// Where desired state is; a usage error saying which forms need it when neither `--config`, `BERTH_CONFIG`
    /// nor `--repo` says.
    private func desiredSource(_ controller: ControllerConfig) throws -> DesiredSource {
        do {
            return try state.desiredSource(controller)
        } catch var failure as CommandFailure {
            failure.hint = "berth rollback NAME [--to G] reads the deployment from the config repository: pass "
                + "--config berth.yaml (with configRepo), set \(StateOptions.configVariable), or pass --repo URL; "
                + "only --unpin works with --state-dir alone"
            throw failure
        }
    }

    func validate() throws {
        if unpin && to != nil { throw ValidationError("--unpin and --to exclude each other") }
    }

    func run() async throws {
        let controller = try state.controller()
        // Both forms need the state dir; going back also reads the deployment from desired state: say so before
        // anything is touched.
        let source = unpin ? nil : try desiredSource(controller)
        let runtime = try Runtime(controller: controller, state: state.stateDirectory(controller), access: .amend)
        let lock = try runtime.lockStateDirectory()
        defer { withExtendedLifetime(lock) {} }
        guard let source else {
            try await runtime.history.unpin(name)
            print("\(name): unpinned; the next apply rolls out what the config repository says")
            return
        }
        let printer = ProgressPrinter(toStandardError: false)
        let reconciliation = runtime.reconciliation(source) { printer.print($0) }
        let rollout: Rollout
        do {
            _ = await reconciliation.prepareRouter()
            let pass = try await reconciliation.plan()
            await reconciliation.recoverInterruptedRollouts()
            rollout = try await reconciliation.rollback(name, to: to, pass: pass)
        } catch let error as RollbackError {
            throw CommandFailure.failed(error.description)
        } catch {
            throw CommandFailure.failed("cannot roll back", error)
        }
        guard rollout.result == .succeeded else {
            throw CommandFailure.failed(
                "rollback failed at \(rollout.failingStage ?? "?"): \(rollout.error ?? "")"
            )
        }
        let restored = rollout.rollbackOf.map { "restores generation \($0): " } ?? "already serves: "
        print(
            "\(name): generation \(rollout.generation) \(restored)\(rollout.image) (commit "
                + "\(rollout.appCommit.prefix(12))) with that generation's settings; pinned until the "
                + "manifest or app source changes, or --unpin"
        )
    }
}
