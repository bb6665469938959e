import Crypto
import Foundation

/// How berth signs the bodies it POSTs to URLs of the user's own (review webhooks, notification webhooks), the way
/// GitHub signs its webhooks: `X-Berth-Signature-256: sha256=<hex of HMAC-SHA256(secret, body)>`. Receivers should
/// compare in constant time.
package enum BodySignature {
    /// The header that carries the signature.
    package static let header = "X-Berth-Signature-256"

    /// `sha256=<hex HMAC-SHA256(secret, body)>`.
    package static func sign(_ body: some Collection<UInt8>, secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array(body), using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + mac.lowercaseHex
    }
}
