import Foundation
import Manifest
import Synchronization

/// Reads the controller's secret key once, when the first deployment with `secretEnv` needs it, and opens
/// sealed values in memory only (DESIGN §9).
final class SecretKeyLoader: Sendable {
    private let path: String
    private let key = Mutex<SecretKeyPair?>(nil)

    init(path: String) {
        self.path = path
    }

    /// Every `secretEnv` value of `deployment` opened; throws naming the variable (never the value).
    func open(_ secrets: [String: SealedSecret], deployment: String) throws -> [String: String] {
        guard !secrets.isEmpty else { return [:] }
        let pair = try loadKey()
        var opened: [String: String] = [:]
        for (variable, sealed) in secrets {
            let data = try sealed.open(with: pair.privateKey, deployment: deployment, variable: variable)
            opened[variable] = String(decoding: data, as: UTF8.self)
        }
        return opened
    }

    private func loadKey() throws -> SecretKeyPair {
        if let pair = key.withLock({ $0 }) { return pair }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw StageFailure(
                .start, reason: "SecretKeyMissing",
                "spec.secretEnv needs the controller's secret key, but \(path) cannot be read "
                    + "(set secrets.keyFile, or create it with berth secret keygen --out \(path))"
            )
        }
        let pair = try SecretKeyPair(privateKeyText: text, source: path)
        key.withLock { $0 = pair }
        return pair
    }
}
