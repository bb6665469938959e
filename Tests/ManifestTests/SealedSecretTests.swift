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

/// With the controller's key at hand, a value sealed for another deployment or variable is reported where it stands.
@Suite struct SealedBindingTests {
    private static func manifest(_ sealed: String) -> SourceFile {
        SourceFile(
            path: "deployments/web.yaml",
            contents: Data(
                """
                apiVersion: berth/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  image: "busybox:1"
                  secretEnv:
                    DB_PASSWORD: "\(sealed)"
                """.utf8))
    }

    @Test(arguments: [("api", "DB_PASSWORD"), ("web", "TOKEN")])
    func aValueSealedForAnotherBindingIsLocated(deployment: String, variable: String) throws {
        let pair = SecretKeyPair.generate()
        let sealed = try SealedSecret.seal(
            Data("x".utf8), to: pair.publicKey, deployment: deployment, variable: variable)
        let state = ManifestParser.parse([Self.manifest(sealed)], secretKey: pair)
        #expect(state.deployments.isEmpty)
        let diagnostic = try #require(state.diagnostics.first)
        #expect(diagnostic.file == "deployments/web.yaml" && diagnostic.line == 7 && diagnostic.column == 18)
        #expect(diagnostic.path == "spec.secretEnv.DB_PASSWORD")
        #expect(diagnostic.message.contains("does not open as web/DB_PASSWORD"), "\(diagnostic)")
        #expect(diagnostic.message.contains("berth secret seal --deployment web --name DB_PASSWORD"), "\(diagnostic)")
    }

    @Test func theRightBindingPassesAndWithoutTheKeyNothingIsOpened() throws {
        let pair = SecretKeyPair.generate()
        let right = try SealedSecret.seal(
            Data("x".utf8), to: pair.publicKey, deployment: "web", variable: "DB_PASSWORD")
        #expect(ManifestParser.parse([Self.manifest(right)], secretKey: pair).isValid)
        let wrong = try SealedSecret.seal(
            Data("x".utf8), to: pair.publicKey, deployment: "api", variable: "DB_PASSWORD")
        #expect(ManifestParser.parse([Self.manifest(wrong)]).isValid, "no key: only the shape is checked")
    }

    @Test func aDiagnosticEncodesItsFieldPathAsField() throws {
        let diagnostic = Diagnostic(file: "web.yaml", line: 3, column: 5, path: "spec.image", message: "bad")
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(diagnostic)) as? [String: Any]
        #expect(Set(object?.keys.map { $0 } ?? []) == ["file", "line", "column", "field", "message"])
        #expect(object?["field"] as? String == "spec.image")
    }
}
