import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// Thin client for the internal ledger service (settlements, balances).
struct LedgerClient: Sendable {
    let baseURL: String
    let http: HTTPClient

    init(baseURL: String) {
        self.baseURL = baseURL
        self.http = HTTPClient(eventLoopGroupProvider: .singleton)
    }

    func balance(for accountID: UUID) async throws -> Balance {
        var request = HTTPClientRequest(url: "\(baseURL)/v1/accounts/\(accountID.uuidString)/balance")
        request.headers.add(name: "Accept", value: "application/json")
        let response = try await http.execute(request, timeout: .seconds(10))
        guard response.status == .ok else {
            throw LedgerError.unexpectedStatus(response.status.code)
        }
        let body = try await response.body.collect(upTo: 1 << 20)
        return try JSONDecoder().decode(Balance.self, from: body)
    }

    func shutdown() async throws {
        try await http.shutdown()
    }
}
