package import Foundation
package import Crypto

/// A secret value sealed to the controller's public key: `berth:v1:<base64url(encapsulated key ‖ ciphertext)>`.
///
/// Sealing uses HPKE (RFC 9180) in base mode with X25519, HKDF-SHA256 and AES-256-GCM. The HPKE `info` binds
/// the value to `<deployment>/<VARIABLE>`, so a sealed value copied into another deployment or variable
/// does not open.
///
/// ```swift
/// let key = SecretKeyPair.generate()
/// let text = try SealedSecret.seal("hunter2", to: key.publicKey, deployment: "web", variable: "DB_PASSWORD")
/// let plain = try SealedSecret(parsing: text).open(with: key.privateKey, deployment: "web", variable: "DB_PASSWORD")
/// ```
package struct SealedSecret: Sendable, Hashable {
    /// The prefix every sealed value starts with.
    package static let prefix = "berth:v1:"

    static let ciphersuite = HPKE.Ciphersuite(kem: .Curve25519_HKDF_SHA256, kdf: .HKDF_SHA256, aead: .AES_GCM_256)
    /// X25519 encapsulated keys are 32 bytes; AES-GCM adds a 16-byte tag.
    static let encapsulatedKeyLength = 32
    static let tagLength = 16

    /// The sealed text as it appears in a manifest.
    package let text: String
    let encapsulatedKey: Data
    let ciphertext: Data

    /// Parses the textual form, checking only its shape (no key is needed).
    /// - Throws: ``SecretError`` with a message that says what a valid value looks like.
    package init(parsing text: String) throws(SecretError) {
        guard text.hasPrefix(Self.prefix) else {
            throw SecretError("is not a sealed value: expected \"\(Self.prefix)...\" (make one with `berth secret seal`)")
        }
        let encoded = text.dropFirst(Self.prefix.count)
        guard let bytes = Base64URL.decode(encoded) else {
            throw SecretError("is not a sealed value: the part after \"\(Self.prefix)\" is not base64url")
        }
        guard bytes.count > Self.encapsulatedKeyLength + Self.tagLength else {
            throw SecretError("is not a sealed value: \(bytes.count) bytes is too short to hold a key and a ciphertext")
        }
        self.text = text
        self.encapsulatedKey = bytes.prefix(Self.encapsulatedKeyLength)
        self.ciphertext = bytes.dropFirst(Self.encapsulatedKeyLength)
    }

    /// Seals `value` for `deployment`'s variable `variable`.
    package static func seal(
        _ value: some DataProtocol,
        to publicKey: Curve25519.KeyAgreement.PublicKey,
        deployment: String,
        variable: String
    ) throws -> String {
        var sender = try HPKE.Sender(
            recipientKey: publicKey,
            ciphersuite: ciphersuite,
            info: binding(deployment: deployment, variable: variable)
        )
        let ciphertext = try sender.seal(value)
        return prefix + Base64URL.encode(sender.encapsulatedKey + ciphertext)
    }

    /// Opens the value with the controller's private key.
    /// - Throws: ``SecretError`` naming the variable (never the plaintext) when the key is not the one the value
    ///   was sealed to, the value was sealed for another deployment or variable, or the value was altered.
    package func open(
        with privateKey: Curve25519.KeyAgreement.PrivateKey,
        deployment: String,
        variable: String
    ) throws(SecretError) -> Data {
        do {
            var recipient = try HPKE.Recipient(
                privateKey: privateKey,
                ciphersuite: Self.ciphersuite,
                info: Self.binding(deployment: deployment, variable: variable),
                encapsulatedKey: encapsulatedKey
            )
            return try recipient.open(ciphertext)
        } catch {
            throw SecretError(
                "\(deployment)/\(variable) does not open with this key: it was sealed to another key, "
                    + "for another deployment or variable, or altered; seal it again with `berth secret seal`"
            )
        }
    }

    static func binding(deployment: String, variable: String) -> Data {
        Data("berth/v1 \(deployment)/\(variable)".utf8)
    }
}

/// A sealed secret or key file that cannot be used; the message never contains a secret.
package struct SecretError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and what would be valid.
    package let message: String

    init(_ message: String) {
        self.message = message
    }

    package var description: String { message }
}
