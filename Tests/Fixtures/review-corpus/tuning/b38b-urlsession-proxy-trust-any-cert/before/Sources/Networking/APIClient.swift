import Foundation
import os

/// Thin wrapper around URLSession used by every feature module.
final class APIClient: NSObject {
    static let shared = APIClient(baseURL: AppEnvironment.current.apiBaseURL)

    private let baseURL: URL
    private let logger = Logger(subsystem: "com.acme.field", category: "network")
    private lazy var session: URLSession = {
        let configuration = URLSessionConfiguration.default
        configuration.timeoutIntervalForRequest = 30
        configuration.waitsForConnectivity = true
        configuration.httpAdditionalHeaders = ["Accept": "application/json"]
        return URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    }()

    var tokenProvider: () async -> String? = { await Keychain.shared.accessToken() }

    init(baseURL: URL) {
        self.baseURL = baseURL
        super.init()
    }

    func send<Response: Decodable>(_ endpoint: Endpoint<Response>) async throws -> Response {
        var request = URLRequest(url: baseURL.appendingPathComponent(endpoint.path))
        request.httpMethod = endpoint.method.rawValue
        request.httpBody = endpoint.body
        if endpoint.body != nil {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        if let token = await tokenProvider() {
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        }

        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else {
            throw APIError.invalidResponse
        }
        guard (200..<300).contains(http.statusCode) else {
            logger.error("\(endpoint.path, privacy: .public) failed with \(http.statusCode)")
            throw APIError.status(http.statusCode, data)
        }
        return try JSONDecoder.api.decode(Response.self, from: data)
    }
}

extension APIClient: URLSessionTaskDelegate {
    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        guard challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        logger.debug("server trust challenge for \(challenge.protectionSpace.host, privacy: .public)")
        completionHandler(.performDefaultHandling, nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didFinishCollecting metrics: URLSessionTaskMetrics) {
        guard let transaction = metrics.transactionMetrics.last else { return }
        logger.debug("\(task.originalRequest?.url?.path ?? "-", privacy: .public) took \(metrics.taskInterval.duration)s via \(transaction.networkProtocolName ?? "?", privacy: .public)")
    }
}
