import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

/// Talks to the warehouse inventory service for stock levels on product pages.
/// The service is internal-only now: mutual TLS, server cert issued by the platform CA.
struct InventoryClient: Sendable {
    let http: HTTPClient
    let baseURL: String

    struct TLSFiles: Sendable {
        var caBundle: String      // platform CA, mounted from the cluster secret
        var clientCert: String
        var clientKey: String
    }

    init(baseURL: String, tlsFiles: TLSFiles) throws {
        var tls = TLSConfiguration.makeClientConfiguration()
        // Trust only the platform CA (not the system store) and keep full verification,
        // including hostname checks against the service's DNS name.
        tls.trustRoots = .file(tlsFiles.caBundle)
        tls.certificateVerification = .fullVerification
        tls.minimumTLSVersion = .tlsv12
        tls.certificateChain = try NIOSSLCertificate.fromPEMFile(tlsFiles.clientCert).map { .certificate($0) }
        tls.privateKey = .file(tlsFiles.clientKey)

        self.http = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: HTTPClient.Configuration(tlsConfiguration: tls)
        )
        self.baseURL = baseURL
    }

    struct StockLevel: Decodable, Sendable {
        let sku: String
        let available: Int
        let warehouse: String
    }

    func stock(for sku: String) async throws -> StockLevel? {
        let escaped = sku.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? sku
        var request = HTTPClientRequest(url: "\(baseURL)/v1/stock/\(escaped)")
        request.headers.add(name: "Accept", value: "application/json")

        let response = try await http.execute(request, timeout: .seconds(3))
        switch response.status {
        case .ok:
            let body = try await response.body.collect(upTo: 64 * 1024)
            return try JSONDecoder().decode(StockLevel.self, from: body)
        case .notFound:
            return nil
        default:
            throw InventoryError.unexpectedStatus(response.status)
        }
    }
}

enum InventoryError: Error {
    case unexpectedStatus(HTTPResponseStatus)
}
