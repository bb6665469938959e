import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1
import NIOSSL

/// Paths come from LEDGER_CA_FILE / LEDGER_CLIENT_CERT / LEDGER_CLIENT_KEY, mounted from the
/// `ledger-mtls` Kubernetes secret. The ledger rejects callers without a client cert since v3.
struct LedgerTLSSettings: Sendable {
    var caFile: String
    var clientCertFile: String
    var clientKeyFile: String
}

/// Thin client for the internal ledger service (settlements, balances).
struct LedgerClient: Sendable {
    let baseURL: String
    let http: HTTPClient

    init(baseURL: String, tls settings: LedgerTLSSettings) throws {
        self.baseURL = baseURL

        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .file(settings.caFile)
        tls.certificateChain = try NIOSSLCertificate.fromPEMFile(settings.clientCertFile).map { .certificate($0) }
        tls.privateKey = .file(settings.clientKeyFile)
        tls.certificateVerification = .fullVerification
        tls.minimumTLSVersion = .tlsv12

        self.http = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: HTTPClient.Configuration(tlsConfiguration: tls)
        )
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
