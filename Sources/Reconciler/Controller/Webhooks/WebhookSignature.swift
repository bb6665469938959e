import Crypto
import Foundation

/// Checks that a webhook comes from someone who holds the shared secret, in constant time.
///
/// HMAC signatures are checked with `HMAC.isValidAuthenticationCode`; tokens sent as they are (GitLab, bearer) are
/// compared as SHA-256 digests, whose `==` is constant-time, so neither their content nor their length leaks.
enum WebhookSignature {
    /// Nil when `headers` prove `provider`'s request knows `secret`, otherwise why not.
    static func problem(
        _ provider: WebhookProvider, headers: WebhookHeaders, body: [UInt8], secret: [UInt8]
    ) -> String? {
        switch provider {
        case .github:
            guard let header = headers["X-Hub-Signature-256"] else { return "missing X-Hub-Signature-256" }
            guard header.hasPrefix("sha256=") else { return "X-Hub-Signature-256 does not start with sha256=" }
            return hmacProblem(String(header.dropFirst(7)), body: body, secret: secret, header: "X-Hub-Signature-256")
        case .gitea:
            let name = headers["X-Gitea-Signature"] != nil ? "X-Gitea-Signature" : "X-Forgejo-Signature"
            guard let header = headers[name] else { return "missing X-Gitea-Signature or X-Forgejo-Signature" }
            return hmacProblem(header, body: body, secret: secret, header: name)
        case .gitlab:
            guard let token = headers["X-Gitlab-Token"] else { return "missing X-Gitlab-Token" }
            return sameSecret(Array(token.utf8), secret) ? nil : "X-Gitlab-Token does not match the secret"
        case .generic:
            guard let header = headers["Authorization"] else { return "missing Authorization" }
            guard header.hasPrefix("Bearer ") else { return "Authorization is not a Bearer token" }
            let token = header.dropFirst(7).trimmingCharacters(in: .whitespaces)
            return sameSecret(Array(token.utf8), secret) ? nil : "the bearer token does not match the secret"
        }
    }

    private static func hmacProblem(_ hex: String, body: [UInt8], secret: [UInt8], header: String) -> String? {
        guard let code = bytes(hex: hex), code.count == SHA256.byteCount else {
            return "\(header) is not a hex SHA-256 HMAC"
        }
        let valid = HMAC<SHA256>.isValidAuthenticationCode(
            code, authenticating: body, using: SymmetricKey(data: secret))
        return valid ? nil : "\(header) does not match the body"
    }

    private static func sameSecret(_ given: [UInt8], _ secret: [UInt8]) -> Bool {
        SHA256.hash(data: given) == SHA256.hash(data: secret)
    }

    private static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let high = nibble(digits[index]), let low = nibble(digits[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
