import CryptoKit
import Foundation
import Security

/// Pins connections to the payments API to the public keys of our two issuing
/// intermediates. The normal system trust evaluation still has to pass first;
/// a chain that is valid but does not contain one of the pinned keys is refused.
final class PinnedTrustEvaluator: NSObject, URLSessionDelegate {
    static let payments = PinnedTrustEvaluator(
        host: "api.paykit-payments.com",
        pinnedKeyHashes: [
            "wyZxvlolPQQ12FRCw5t5sQWE6+qCqKp3bHFaasOT1NQ=",
            "+AYGjtQbN278bxnr7pAzvTKly3E2GsweLJZiPizTKDg=",
        ]
    )

    private let host: String
    private let pinnedKeyHashes: Set<String>

    init(host: String, pinnedKeyHashes: Set<String>) {
        self.host = host
        self.pinnedKeyHashes = pinnedKeyHashes
    }

    func urlSession(
        _ session: URLSession,
        didReceive challenge: URLAuthenticationChallenge,
        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void
    ) {
        guard challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
              challenge.protectionSpace.host == host,
              let trust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }

        var error: CFError?
        guard SecTrustEvaluateWithError(trust, &error) else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }

        let chain = (SecTrustCopyCertificateChain(trust) as? [SecCertificate]) ?? []
        let pinned = chain.contains { certificate in
            guard let key = SecCertificateCopyKey(certificate),
                  let raw = SecKeyCopyExternalRepresentation(key, nil) as Data? else {
                return false
            }
            let digest = Data(SHA256.hash(data: raw)).base64EncodedString()
            return pinnedKeyHashes.contains(digest)
        }

        if pinned {
            completionHandler(.useCredential, URLCredential(trust: trust))
        } else {
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}
