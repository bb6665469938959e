import CryptoKit
import Foundation
import Security

/// URLSession delegate for the payments API: normal system trust evaluation, then the
/// leaf certificate's public key must match one of the pinned SPKI SHA-256 hashes
/// (current key and the pre-generated next key).
final class PinnedSessionDelegate: NSObject, URLSessionDelegate {
    private let pinnedHost: String
    private let pinnedSPKIHashes: Set<String>

    init(
        pinnedHost: String = "pay.tandemcare.app",
        pinnedSPKIHashes: Set<String> = [
            "d93sWtiz9TZngoNtj6qxngfRsjj8k7nf07hXFa7abus=",
            "gXHKjSPvqGifLPRLriYJ1ZhpFahclL5ACULdy2mxLqI=",
        ]
    ) {
        self.pinnedHost = pinnedHost
        self.pinnedSPKIHashes = pinnedSPKIHashes
        super.init()
    }

    func urlSession(
        _ session: URLSession,
        didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        guard challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
              challenge.protectionSpace.host == pinnedHost,
              let trust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }

        var error: CFError?
        guard SecTrustEvaluateWithError(trust, &error),
              let chain = SecTrustCopyCertificateChain(trust) as? [SecCertificate],
              let leaf = chain.first,
              let hash = Self.spkiHash(of: leaf),
              pinnedSPKIHashes.contains(hash) else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }

        completionHandler(.useCredential, URLCredential(trust: trust))
    }

    /// SHA-256 over the DER SubjectPublicKeyInfo of an EC P-256 key.
    private static func spkiHash(of certificate: SecCertificate) -> String? {
        guard let key = SecCertificateCopyKey(certificate),
              let raw = SecKeyCopyExternalRepresentation(key, nil) as Data? else {
            return nil
        }
        let p256Header: [UInt8] = [
            0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01,
            0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00,
        ]
        let digest = SHA256.hash(data: Data(p256Header) + raw)
        return Data(digest).base64EncodedString()
    }
}
