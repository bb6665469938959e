import CryptoKit
import Foundation
import Security

/// Session delegate for the payments host. Other hosts fall through to default handling.
final class PaymentsSessionDelegate: NSObject, URLSessionDelegate {
    private let pinnedHost = "pay.ledgerly.com"

    /// base64(SHA-256(public key bytes)) for the current and the next intermediate.
    private let pinnedKeyHashes: Set<String> = [
        "W9ACK9rhLibFycqTXW6+lETbz91PlcMe2WaZyq78jUs=",
        "npj7gBqRdJfIp1uttFxQLYlwX5BBF4WuPLIzj5LwKY0=",
    ]

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

        // Normal chain + hostname evaluation first; the pin is an extra check on top.
        var error: CFError?
        guard SecTrustEvaluateWithError(trust, &error) else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }

        let chain = (SecTrustCopyCertificateChain(trust) as? [SecCertificate]) ?? []
        let pinned = chain.contains { cert in
            guard let key = SecCertificateCopyKey(cert),
                  let keyData = SecKeyCopyExternalRepresentation(key, nil) as Data? else { return false }
            return pinnedKeyHashes.contains(Data(SHA256.hash(data: keyData)).base64EncodedString())
        }

        if pinned {
            completionHandler(.useCredential, URLCredential(trust: trust))
        } else {
            completionHandler(.cancelAuthenticationChallenge, nil)
        }
    }
}
