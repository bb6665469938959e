import Manifest

/// Keys made to ship inside web and mobile clients are identifiers, not secrets: a Google API key (`AIza…`) in a
/// Firebase web config (the file also names `authDomain`, `messagingSenderId` or a `firebaseapp.com` domain) is in
/// every bundle of the app by design, and access is enforced by the project's security rules, App Check and key
/// restrictions. Its finding is lowered to `low`: worth knowing, never a leak to block.
enum PublicClientKeys {
    /// The rules whose findings a client config lowers.
    static let rules: Set<String> = ["secret.gcp-api-key"]

    /// `findings` with those of ``rules`` lowered to `low` when `file` is a client config.
    static func lowering(_ findings: [ReviewFinding], in file: ChangedFile) -> [ReviewFinding] {
        guard findings.contains(where: { rules.contains($0.rule) && $0.severity > .low }),
            file.visible.contains(where: { line in clientConfigWords.contains(where: line.text.hasBytes) })
        else { return findings }
        return findings.lowering(to: .low, note: "a public client key in a web config") { rules.contains($0.rule) }
    }

    /// Fields only a Firebase client config holds.
    private static let clientConfigWords = ["authDomain", "messagingSenderId", ".firebaseapp.com"]
}
