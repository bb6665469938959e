import Crypto
import Foundation
import Manifest
import Testing

@Suite struct SealedSecretTests {
    @Test func sealedValueOpensWithTheRightKeyAndBinding() throws {
        let pair = SecretKeyPair.generate()
        let text = try SealedSecret.seal(Data("hunter2".utf8), to: pair.publicKey, deployment: "web", variable: "DB_PASSWORD")
        #expect(text.hasPrefix("berth:v1:"))
        let opened = try SealedSecret(parsing: text).open(with: pair.privateKey, deployment: "web", variable: "DB_PASSWORD")
        #expect(String(decoding: opened, as: UTF8.self) == "hunter2")
    }

    @Test func wrongKeyNamesTheVariableNeverThePlaintext() throws {
        let text = try SealedSecret.seal(Data("hunter2".utf8), to: SecretKeyPair.generate().publicKey, deployment: "web", variable: "DB_PASSWORD")
        let sealed = try SealedSecret(parsing: text)
        #expect {
            try sealed.open(with: SecretKeyPair.generate().privateKey, deployment: "web", variable: "DB_PASSWORD")
        } throws: { error in
            let message = String(describing: error)
            return message.contains("web/DB_PASSWORD") && !message.contains("hunter2")
        }
    }

    @Test(arguments: [("web", "OTHER"), ("api", "DB_PASSWORD")])
    func valueMovedToAnotherDeploymentOrVariableDoesNotOpen(deployment: String, variable: String) throws {
        let pair = SecretKeyPair.generate()
        let text = try SealedSecret.seal(Data("x".utf8), to: pair.publicKey, deployment: "web", variable: "DB_PASSWORD")
        #expect(throws: SecretError.self) {
            try SealedSecret(parsing: text).open(with: pair.privateKey, deployment: deployment, variable: variable)
        }
    }

    @Test func tamperedValueDoesNotOpen() throws {
        let pair = SecretKeyPair.generate()
        var text = try SealedSecret.seal(Data("secret".utf8), to: pair.publicKey, deployment: "web", variable: "TOKEN")
        let last = text.removeLast()
        text.append(last == "A" ? "B" : "A")
        let sealed = try SealedSecret(parsing: text)
        #expect(throws: SecretError.self) { try sealed.open(with: pair.privateKey, deployment: "web", variable: "TOKEN") }
    }

    @Test(arguments: ["plain", "berth:v1:", "berth:v1:not*base64", "berth:v2:AAAA", "berth:v1:QUJD"])
    func malformedValuesAreRejectedWithWhatWouldBeValid(text: String) {
        #expect {
            try SealedSecret(parsing: text)
        } throws: { error in
            String(describing: error).contains("sealed value")
        }
    }

    @Test func keyFilesRoundTrip() throws {
        let pair = SecretKeyPair.generate()
        let reread = try SecretKeyPair(privateKeyText: pair.privateKeyText, source: "key")
        #expect(reread.publicKey.rawRepresentation == pair.publicKey.rawRepresentation)
        let publicKey = try SecretKeyPair.publicKey(fromText: pair.publicKeyText, source: "key.pub")
        #expect(publicKey.rawRepresentation == pair.publicKey.rawRepresentation)
        #expect(throws: SecretError.self) { try SecretKeyPair(privateKeyText: pair.publicKeyText, source: "key.pub") }
    }
}
