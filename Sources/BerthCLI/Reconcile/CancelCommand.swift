import ArgumentParser
import Foundation
import Logging
import Manifest
import Reconciler

/// `berth cancel NAME`: asks the running `berth run` to stop the deployment's rollout at its next safe point.
struct CancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Stop a deployment's running rollout at its next safe point; the generation before serves on.",
        discussion: """
            Asks the berth run that --config names (its listen address and api.tokenFile) through \
            POST /api/v1/deployments/NAME/cancel. The rollout stops at its next safe point: a build is cancelled, \
            a candidate removed, a swap completes. History records the rollout as cancelled and who asked (api). \
            A run queued for the deployment is dropped; cancel itself is not queued. Exits 0 when a rollout was \
            cancelled, 1 when none was running (or berth run cannot be reached), 2 for a usage or config error. \
            --output json: {"deployment", "status"} with status "cancelled" or "not running".
            """
    )

    @Argument(help: "The deployment's name.")
    var name: String

    @Option(
        help: ArgumentHelp(
            "The controller config of the berth run to ask (default: $BERTH_CONFIG).", valueName: "berth.yaml"))
    var config: String?

    @Option(help: "text for people, json for scripts.")
    var output: OutputFormat = .text

    func run() async throws {
        let file = ConfigFile(option: config)
        let controller = try StateOptions.controller(at: file, stateDir: nil)
        let token = try controller.apiTokenFile.map { try RunCommand.readSecret($0, field: "api.tokenFile") }
        let client: ControllerClient
        do {
            client = try ControllerClient(
                listen: controller.listen, token: token,
                logger: Logger(label: "berth.cancel", factory: { _ in SwiftLogNoOpLogHandler() }))
        } catch {
            throw CommandFailure(exitCode: 2, message: "\(error)", field: "listen", path: file?.path)
        }
        let reply: ControllerClient.Reply
        do {
            reply = try await client.cancel(name)
        } catch let failure as ControllerClient.Failure {
            throw CommandFailure(
                exitCode: failure.status == 401 || failure.status == 403 ? 2 : 1, message: failure.description,
                field: failure.status == 401 || failure.status == 403 ? "api.tokenFile" : nil, path: file?.path,
                hint: failure.status == nil ? "is berth run running with this controller config?" : nil)
        }
        let cancelled = reply.status == "cancelled"
        switch output {
        case .json: try printJSON(reply)
        case .text where cancelled:
            print("\(name): cancel sent; the rollout stops at its next safe point and the generation before serves on")
        case .text: print("\(name): no rollout is running; nothing to cancel")
        }
        if !cancelled { throw ExitCode(1) }
    }
}
