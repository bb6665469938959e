import Manifest

/// A token parsed without its signature checked only to read its header (the `kid` that picks the verification key
/// from a key set) in a file that then verifies the token is `low`, not `high`: `ParseUnverified(raw, …)` followed by
/// `tok.Header["kid"]`, `keys.Lookup(kid)` and `jwt.ParseWithClaims(raw, claims, keyFunc, …)`. The claims a handler
/// trusts come from the verified parse. The header read must follow the unverified parse within ``reach`` lines, and
/// the file must hold a verifying call or a key looked up by the key id.
enum HeaderPeek {
    static let rule = "code.jwt-unverified"

    /// `findings` with the unverified parses that only peek at a header lowered to `low`.
    static func lowering(_ findings: [ReviewFinding], in file: ChangedFile) -> [ReviewFinding] {
        guard findings.contains(where: { $0.rule == rule && $0.severity > .low }),
            file.visible.contains(where: { verifyingCall.matches($0.text) || keyLookup.matches($0.text) })
        else { return findings }
        let index = Dictionary(file.visible.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { a, _ in a })
        return findings.lowering(to: .low, note: "only its header is read before the token is verified") { finding in
            guard finding.rule == rule, let line = finding.line, let at = index[line] else { return false }
            let after = file.visible[(at + 1)..<min(at + 1 + reach, file.visible.count)]
            return after.contains { headerRead.matches($0.text) } && !readsPayload(of: file.visible[at].text, in: after)
        }
    }

    /// Whether `lines` read the payload of the token `parse` parses too (`decoded.payload`, `peek.Claims`): then more
    /// than its header is trusted unverified.
    private static func readsPayload(of parse: Substring, in lines: ArraySlice<ChangedFile.Line>) -> Bool {
        guard let name = parsedInto.firstMatch(in: parse, capture: 1) else { return false }
        let payload = LinePattern(#"\b"# + name + #"\.(?:payload|claims|Claims)\b"#)
        return lines.contains { $0.text.hasBytes(String(name)) && payload.matches($0.text) }
    }

    /// `const decoded = …`, `peek, _, err := …` (group 1 the name).
    private static let parsedInto = LinePattern(
        #"^\s*(?:const|let|var|val)?\s*([A-Za-z_$][\w$]*)\b[^=]*?(?::=|=(?!=))"#)

    /// How many lines after the unverified parse its header read is looked for.
    static let reach = 8

    /// A header field read from a parsed token: `peek.Header["kid"]`, `unverified.header.kid`, `header["alg"]`.
    private static let headerRead = LinePattern(#"(?i)\.?header\s*(\[\s*["'](kid|alg|x5t|jku)["']|\.(kid|alg))"#)
    /// The verification key looked up by the header's key id (`v.keys.Lookup(kid)`, `jwks[kid]`,
    /// `get_signing_key(kid)`): the diff's context may not reach the verifying call, but a key picked by `kid` is
    /// picked to verify with.
    private static let keyLookup = LinePattern(
        #"(?i)\b\w*(keys?|jwks?|keyset|certs?)\w*\s*(\.\w+\s*)?[\[(][^\])]*\bkid\b"#)
    /// A call that verifies a token's signature: Go's `ParseWithClaims` and `jwt.Parse` with a key function, PyJWT's
    /// `decode` with `algorithms=`, `jwt.verify`, jose's `jwtVerify`, .NET's `ValidateToken`, jjwt's `verifyWith`.
    static let verifyingCall = LinePattern(
        #"(\bParseWithClaims\s*\(|\bjwt\.Parse\s*\(|\bjwt\.decode\s*\([^)]*\balgorithms\s*=|\bjwt\.verify\s*\(|"#
            + #"\bjwtVerify\s*\(|\bValidateToken\s*\(|\.verifyWith\s*\(|\.setSigningKey\s*\()"#)
}
