package import Drivers
import Foundation
package import Logging

/// Reaches a running `berth run` through its API on `listen`, for commands that ask the controller to act
/// (`berth cancel`): `POST /api/v1/deployments/{name}/<action>` with the bearer token.
///
/// ```swift
/// let client = try ControllerClient(listen: controller.listen, token: token, logger: logger)
/// let reply = try await client.cancel("web")      // reply.status: "cancelled" or "not running"
/// ```
package struct ControllerClient: Sendable {
    /// What an action answered: `{"deployment": "web", "status": "cancelled"}`.
    package struct Reply: Sendable, Codable, Hashable {
        package let deployment: String
        package let status: String
    }

    /// The controller could not be reached, or refused or failed the call.
    package struct Failure: Error, CustomStringConvertible {
        /// The HTTP status when the controller answered; nil when it could not be reached.
        package let status: Int?
        package let description: String
    }

    private let client: HTTPClient
    private let token: String?
    private let address: String

    /// - Parameters:
    ///   - listen: the controller config's `listen`; a wildcard host (`0.0.0.0`, `::`) is reached on loopback.
    ///   - token: the API token (`api.tokenFile`), when the controller has one.
    /// - Throws: ``ControllerHTTPServer/ListenError`` when `listen` is not `host:port`.
    package init(listen: String, token: String?, logger: Logger) throws {
        let parsed = try ListenAddress(listen)
        let host = ["0.0.0.0", ""].contains(parsed.host) ? "127.0.0.1" : parsed.host == "::" ? "::1" : parsed.host
        let target = ListenAddress(host: host, port: parsed.port)
        address = target.description
        client = HTTPClient(
            endpoint: .tcp(host: host, port: parsed.port),
            connectTimeout: .seconds(5), logger: logger)
        self.token = token
    }

    /// Asks the controller to cancel `deployment`'s running rollout (DESIGN §14).
    package func cancel(_ deployment: String) async throws -> Reply {
        try await act("cancel", on: deployment)
    }

    private func act(_ action: String, on deployment: String) async throws -> Reply {
        let path = "/api/v1/deployments/\(PercentEncoding.escape(deployment))/\(action)"
        var headers: [(name: String, value: String)] = []
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        let response: HTTPResponse
        let body: [UInt8]
        do {
            response = try await client.execute(
                HTTPRequest(method: "POST", target: path, headers: headers, timeout: .seconds(30)))
            body = try await response.body.collect(upTo: 1 << 20)
        } catch {
            throw Failure(
                status: nil,
                description: "cannot reach berth run at \(address) (listen in the controller config): \(error)")
        }
        guard response.status == 200 else {
            let message = (try? JSONDecoder().decode([String: String].self, from: Data(body)))?["error"]
            throw Failure(
                status: response.status,
                description: "berth run at \(address) answered \(response.status) to POST \(path)"
                    + (message.map { ": \($0)" } ?? ""))
        }
        do {
            return try JSONDecoder().decode(Reply.self, from: Data(body))
        } catch {
            throw Failure(
                status: response.status, description: "berth run at \(address) answered something else: \(error)")
        }
    }
}
