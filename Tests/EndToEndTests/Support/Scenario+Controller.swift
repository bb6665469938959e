import Foundation
import TestSupport

extension Scenario {
    /// The webhook secret scenarios from ``runListening(forge:_:)`` verify with.
    static let webhookSecret = "hook-secret"
    /// The token the fake forge of ``runListening(forge:_:)`` expects.
    static let forgeToken = "forge-token"
    /// The API bearer token of ``runListening(forge:_:)``'s controller.
    static let apiToken = "api-token"

    /// Runs `body` with a scenario whose controller listens on a free 127.0.0.1 port (passed to `body`) with
    /// ``webhookSecret`` and ``apiToken``, passes every 10 minutes, and — when `forge` names a flavor — posts commit statuses for
    /// `acme/deploy` to a fake forge of that flavor (passed to `body`).
    /// `interval` is the pass timer; `controllerExtra` adds lines to the controller config; the forge takes statuses
    /// for `appRepositories` (`owner/name`) too.
    static func runListening(
        forge flavor: String? = nil, appRepositories: [String] = [], interval: String = "10m",
        controllerExtra: String = "", _ body: (Scenario, Int, ForgeAPIServer?) async throws -> Void
    ) async throws {
        let secrets = try TemporaryDirectory(prefix: "berth-e2e-secrets")
        let hook = try secrets.write(webhookSecret + "\n", to: "webhook-secret")
        let api = try secrets.write(apiToken + "\n", to: "api-token")
        let port = try GitLoopbackPort.free()
        var extra = "interval: \(interval)\n\(controllerExtra)\nlisten: 127.0.0.1:\(port)\nwebhook: {secretFile: \(hook.path)}\napi: {tokenFile: \(api.path)}"
        var forge: ForgeAPIServer?
        if let flavor {
            let token = try secrets.write(forgeToken + "\n", to: "forge-token")
            let server = try ForgeAPIServer(
                flavor: flavor, repository: "acme/deploy", token: forgeToken, statusRepositories: appRepositories)
            extra += "\nforge: {provider: \(flavor), baseURL: \"\(server.baseURL)\", repo: acme/deploy, tokenFile: \(token.path)}"
            forge = server
        }
        try await run(controllerExtra: extra) { scenario in try await body(scenario, port, forge) }
    }
}
