import Drivers
import Foundation
import Logging

/// A logged-in dashboard session against a running `berth run`, for end-to-end tests that read its pages.
struct DashboardSession {
    let client: HTTPClient
    let cookie: String

    /// Logs in at `127.0.0.1:port` with the API `token`.
    static func logIn(port: Int, token: String) async throws -> DashboardSession {
        let client = HTTPClient(
            endpoint: .tcp(host: "127.0.0.1", port: port),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        let response = try await client.execute(
            HTTPRequest(
                method: "POST", target: "/login",
                headers: [("Content-Type", "application/x-www-form-urlencoded")],
                body: .bytes(Array("token=\(token)&name=e2e".utf8)), timeout: .seconds(10)))
        guard response.status == 303, let setCookie = response.header("set-cookie") else {
            throw LoginFailed(status: response.status)
        }
        return DashboardSession(client: client, cookie: String(setCookie.prefix { $0 != ";" }))
    }

    /// A page's status and HTML.
    func page(_ target: String) async throws -> (status: Int, html: String) {
        let response = try await client.execute(
            HTTPRequest(method: "GET", target: target, headers: [("Cookie", cookie)], timeout: .seconds(10)))
        let body = try await response.body.collect(upTo: 4 << 20)
        return (response.status, String(decoding: body, as: UTF8.self))
    }

    struct LoginFailed: Error {
        let status: Int
    }
}
