package import Crypto
import Foundation

/// The controller's secret key pair, as written by `berth secret keygen`.
///
/// Both files hold one line: `berth-secret-key-v1:<base64url>` (private, mode 0600) and
/// `berth-public-key-v1:<base64url>` (public, shareable with everyone who seals values).
package struct SecretKeyPair: Sendable {
    static let privatePrefix = "berth-secret-key-v1:"
    static let publicPrefix = "berth-public-key-v1:"

    package let privateKey: Curve25519.KeyAgreement.PrivateKey
    package var publicKey: Curve25519.KeyAgreement.PublicKey { privateKey.publicKey }

    package init(privateKey: Curve25519.KeyAgreement.PrivateKey) {
        self.privateKey = privateKey
    }

    /// A new random key pair.
    package static func generate() -> SecretKeyPair {
        SecretKeyPair(privateKey: Curve25519.KeyAgreement.PrivateKey())
    }

    /// The private key file's text.
    package var privateKeyText: String { Self.privatePrefix + Base64URL.encode(privateKey.rawRepresentation) + "\n" }

    /// The public key file's text.
    package var publicKeyText: String { Self.publicKeyText(publicKey) }

    static func publicKeyText(_ key: Curve25519.KeyAgreement.PublicKey) -> String {
        publicPrefix + Base64URL.encode(key.rawRepresentation) + "\n"
    }

    /// Reads a private key file's text.
    /// - Parameter source: names the file in errors.
    package init(privateKeyText text: String, source: String) throws(SecretError) {
        let raw = try Self.decode(text, prefix: Self.privatePrefix, kind: "private key", source: source)
        guard let key = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: raw) else {
            throw SecretError("\(source): not an X25519 private key (expected 32 bytes after \(Self.privatePrefix))")
        }
        self.init(privateKey: key)
    }

    /// Reads a public key file's text.
    /// - Parameter source: names the file in errors.
    package static func publicKey(fromText text: String, source: String) throws(SecretError)
        -> Curve25519.KeyAgreement.PublicKey
    {
        let raw = try decode(text, prefix: publicPrefix, kind: "public key", source: source)
        guard let key = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: raw) else {
            throw SecretError("\(source): not an X25519 public key (expected 32 bytes after \(publicPrefix))")
        }
        return key
    }

    private static func decode(_ text: String, prefix: String, kind: String, source: String) throws(SecretError)
        -> Data
    {
        let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard line.hasPrefix(prefix), let raw = Base64URL.decode(line.dropFirst(prefix.count)) else {
            throw SecretError(
                "\(source): not a berth \(kind) file (expected one line \"\(prefix)...\", as `berth secret keygen` writes)"
            )
        }
        return raw
    }
}
