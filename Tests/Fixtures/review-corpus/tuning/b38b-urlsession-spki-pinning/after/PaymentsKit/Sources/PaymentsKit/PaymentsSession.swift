import CryptoKit
import Foundation
import Security

public enum PaymentsError: Error {
    case transport(Error)
    case server(status: Int, body: Data)
    case decoding(Error)
}

/// Talks to the payments gateway. Kept separate from the main API client so
/// the gateway host can get stricter transport settings.
public final class PaymentsSession: NSObject {
    private let host: URL
    private var session: URLSession!

    /// SHA-256 of the gateway's SubjectPublicKeyInfo (current key + next rotation).
    private static let pinnedSPKIHashes: Set<String> = [
        "nFQsBNSOCcHcha7h7X4LNHW517htEiTb6g72BqoNYgE=",
        "BaUjZvw0TJhBGwzfSpFpT6iVkRJaU5WVC+xfhJ83wd4=",
    ]

    /// DER prefix for an EC P-256 SubjectPublicKeyInfo; SecKeyCopyExternalRepresentation
    /// returns only the raw point, so it is prepended before hashing.
    private static let ecP256SPKIHeader = Data([
        0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01,
        0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00,
    ])

    public init(host: URL) {
        self.host = host
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.tlsMinimumSupportedProtocolVersion = .TLSv12
        configuration.timeoutIntervalForRequest = 20
        self.session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
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

extension PaymentsSession: URLSessionDelegate {
    public func urlSession(
        _ session: URLSession,
        didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        guard challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
              let trust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }

        // Normal chain + hostname validation first; pinning only narrows it further.
        var error: CFError?
        guard SecTrustEvaluateWithError(trust, &error),
              let chain = SecTrustCopyCertificateChain(trust) as? [SecCertificate],
              let leafKey = chain.first.flatMap(SecCertificateCopyKey),
              let raw = SecKeyCopyExternalRepresentation(leafKey, nil) as Data? else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }

        let digest = SHA256.hash(data: Self.ecP256SPKIHeader + raw)
        let pin = Data(digest).base64EncodedString()
        guard Self.pinnedSPKIHashes.contains(pin) else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }
        completionHandler(.useCredential, URLCredential(trust: trust))
    }
}
