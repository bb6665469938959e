import CryptoKit
import Foundation
import Security

/// URLSession delegate used by `LedgerAPIClient` to pin the ledger API's
/// public keys on top of normal certificate validation.
///
/// The system trust evaluation always runs first; pinning only narrows what
/// is accepted; it never makes an untrusted chain acceptable.
final class PinnedSessionDelegate: NSObject, URLSessionDelegate {
    /// Base64 SHA-256 of the SubjectPublicKeyInfo of the current and the
    /// standby key. Rotate by adding the new pin a release ahead of time.
    private let pinnedSPKIHashes: Set<String>
    private let pinnedHost: String

    /// DER prefix for a P-256 SubjectPublicKeyInfo; SecKeyCopyExternalRepresentation
    /// returns only the raw key, so the header has to be added back before hashing.
    private static let ecP256SPKIHeader: [UInt8] = [
        0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02,
        0x01, 0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07, 0x03,
        0x42, 0x00,
    ]

    init(host: String, pins: Set<String>) {
        self.pinnedHost = host
        self.pinnedSPKIHashes = pins
    }

    static func ledgerProduction() -> PinnedSessionDelegate {
        PinnedSessionDelegate(
            host: "api.ledger.northwind-pay.com",
            pins: [
                "sSQ66BTe3vH9abxfvhbLNmmp9ThOJsvvl7JdfjYQZCk=",
                "hKVx7zHZYSZdSB6JX6PHWUd8XXmJiOvIZFO/DTVKfv8=",
            ]
        )
    }

    func urlSession(
        _ session: URLSession,
        didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        guard challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
              challenge.protectionSpace.host == pinnedHost,
              let trust = challenge.protectionSpace.serverTrust
        else {
            completionHandler(.performDefaultHandling, nil)
            return
        }

        var error: CFError?
        guard SecTrustEvaluateWithError(trust, &error) else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }

        guard let chain = SecTrustCopyCertificateChain(trust) as? [SecCertificate],
              chain.contains(where: { matchesPin($0) })
        else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }

        completionHandler(.useCredential, URLCredential(trust: trust))
    }

    private func matchesPin(_ certificate: SecCertificate) -> Bool {
        guard let key = SecCertificateCopyKey(certificate),
              let attributes = SecKeyCopyAttributes(key) as? [CFString: Any],
              attributes[kSecAttrKeyType] as? String == (kSecAttrKeyTypeECSECPrimeRandom as String),
              attributes[kSecAttrKeySizeInBits] as? Int == 256,
              let raw = SecKeyCopyExternalRepresentation(key, nil) as Data?
        else {
            return false
        }

        var spki = Data(Self.ecP256SPKIHeader)
        spki.append(raw)
        let digest = Data(SHA256.hash(data: spki)).base64EncodedString()
        return pinnedSPKIHashes.contains(digest)
    }
}
