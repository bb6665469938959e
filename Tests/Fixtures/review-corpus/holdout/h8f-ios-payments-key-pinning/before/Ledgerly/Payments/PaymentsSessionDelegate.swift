import CryptoKit
import Foundation
import Security

/// Session delegate for the payments host. Other hosts fall through to default handling.
final class PaymentsSessionDelegate: NSObject, URLSessionDelegate {
    private let pinnedHost = "pay.ledgerly.com"

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

        // TODO(PAY-412): pin our intermediate's key once the new chain is rolled out.
        _ = trust
        completionHandler(.performDefaultHandling, nil)
    }
}
