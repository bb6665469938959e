import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Talks to the warehouse inventory service for stock levels on product pages.
struct InventoryClient: Sendable {
    let http: HTTPClient
    let baseURL: String

    init(baseURL: String) {
        self.http = HTTPClient.shared
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
