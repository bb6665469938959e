import Foundation

public enum PaymentsError: Error {
    case transport(Error)
    case server(status: Int, body: Data)
    case decoding(Error)
}

/// Talks to the payments gateway. Kept separate from the main API client so
/// the gateway host can get stricter transport settings.
public final class PaymentsSession: NSObject {
    private let host: URL
    private let session: URLSession

    public init(host: URL) {
        self.host = host
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.tlsMinimumSupportedProtocolVersion = .TLSv12
        configuration.timeoutIntervalForRequest = 20
        self.session = URLSession(configuration: configuration)
        super.init()
    }

    public func authorize(_ payload: AuthorizationRequest, idempotencyKey: UUID) async throws -> AuthorizationResponse {
        var request = URLRequest(url: host.appendingPathComponent("v2/authorizations"))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(idempotencyKey.uuidString, forHTTPHeaderField: "Idempotency-Key")
        request.httpBody = try JSONEncoder().encode(payload)

        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: request)
        } catch {
            throw PaymentsError.transport(error)
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard status == 201 else {
            throw PaymentsError.server(status: status, body: data)
        }
        do {
            return try JSONDecoder().decode(AuthorizationResponse.self, from: data)
        } catch {
            throw PaymentsError.decoding(error)
        }
    }
}
