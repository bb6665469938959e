import Manifest

/// `code.tls-verify-disabled` in Swift: an authentication challenge answered with `URLCredential(trust:)` in a
/// function that never evaluates the trust (`SecTrustEvaluateWithError`, or a call of its own that evaluates,
/// validates or verifies the trust: `policy.validate(trust, for: host)`) or compares the server's certificate or key
/// with a pin; a helper that pins but that the function does not call checks nothing. Handing back the server's own
/// trust as the credential accepts whatever certificate it presents, so anyone on the network path can read and
/// change the traffic. Evaluate the trust, pin, or leave the challenge to `.performDefaultHandling`.
struct UnevaluatedServerTrust: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.swift]

    private static let credential = LinePattern(#"\bURLCredential\s*\(\s*trust\s*:"#)
    /// What checks a trust before it is accepted: the system's evaluation, a comparison with a pinned certificate or
    /// key, or a call that evaluates, validates or verifies a trust.
    private static let evaluation = LinePattern(
        #"(?i)(\bSecTrustEvaluate\w*\s*\(|\bSecTrustGetTrustResult\s*\(|\bSecTrustCopyCertificateChain\s*\(|"#
            + #"\bSecTrustGetCertificateAtIndex\s*\(|\bSecTrustCopyKey\s*\(|\bSecCertificateCopyData\s*\(|pinn|"#
            + #"\b\w*(evaluat|validat|verif)\w*\s*\([^)]*trust)"#)

    private static let evaluationWords = ["sectrust", "seccertificate", "pinn", "evaluat", "validat", "verif"]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        let accepted = lines.indices.filter {
            lines[$0].isAdded && lines[$0].text.hasBytes("URLCredential") && Self.credential.matches(lines[$0].text)
        }
        guard !accepted.isEmpty else { return [] }
        let scopes = file.layout.scopes
        return accepted.compactMap { index in
            // The function that answers the challenge must check the trust: a helper nobody calls checks nothing.
            let scope = scopes.scope(of: index)
            let checked = lines.indices.contains { other in
                (scope == nil || scopes.scope(of: other) == scope)
                    && Self.evaluationWords.contains(where: lines[other].text.hasBytesIgnoringCase)
                    && Self.evaluation.matches(lines[other].text)
            }
            guard !checked else { return nil }
            return file.finding(
                "code.tls-verify-disabled", .high, on: lines[index],
                message: "a server-trust challenge is answered with the server's own trust, unevaluated: any "
                    + "certificate is accepted; evaluate it (SecTrustEvaluateWithError) or pin",
                content: lines[index].text)
        }
    }
}
