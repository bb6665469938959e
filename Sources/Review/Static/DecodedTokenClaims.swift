import Manifest

/// `code.jwt-unverified` for the calls that only decode a token: jsonwebtoken's `jwt.decode`, jwt-decode's
/// `jwtDecode`, jose's `decodeJwt`, auth0 java-jwt's `JWT.decode`, python-jose's `get_unverified_claims`, Elixir's
/// `Joken.peek_claims` and `JOSE.JWT.peek_payload`. None checks
/// the signature, so on a server that reads the token from a request and never verifies one (no `verify…(` call in
/// the file), anyone can mint a token with any claims. A file that also verifies (the decode read the key id first),
/// or never reads a request (a browser showing the user's name), is no finding.
struct DecodedTokenClaims: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.javascript, .java, .python, .elixir]

    /// The decode-only calls, per language (Python's and Ruby's `jwt.decode` verify; JavaScript's does not).
    private static let decode: [ReviewedFile.Kind: LinePattern] = [
        .javascript: LinePattern(#"(\bjwt\.decode|\bjwt_?[dD]ecode(<[^>()]*>)?|\bdecodeJwt)\s*\("#),
        .java: LinePattern(#"\bJWT\.decode\s*\("#),
        .python: LinePattern(#"\bget_unverified_claims\s*\("#),
        .elixir: LinePattern(#"\b(Joken\.peek_claims|JOSE\.JWT\.peek_payload|JOSE\.JWT\.peek)\s*\("#),
    ]
    private static let decodeWords = ["decode", "get_unverified_claims", "peek"]
    /// A call that verifies: `jwt.verify(`, `jwtVerify(`, `verifier.verify(`, `verifySessionToken(` (not
    /// `get_unverified_claims(`).
    private static let verification = LinePattern(#"(?i)\b(?!\w*unverif)\w*verif\w*\s*\("#)
    /// A request read on the server: an `Authorization` header, or a request source (``CodeFlow/requestSource``).
    private static let authorization = "authorization"

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        guard let decode = Self.decode[file.file.kind] else { return [] }
        let decoded = file.visible.filter { line in
            line.isAdded && Self.decodeWords.contains(where: line.text.hasBytesIgnoringCase)
                && decode.matches(line.text)
        }
        guard !decoded.isEmpty,
            !file.visible.contains(where: {
                $0.text.hasBytesIgnoringCase("verif") && Self.verification.matches($0.text)
            }),
            file.visible.contains(where: Self.readsRequest)
        else { return [] }
        return decoded.map { line in
            file.finding(
                "code.jwt-unverified", .high, on: line,
                message: "a token's claims are read without checking its signature (decoding is not verifying); "
                    + "verify it with the issuer's key", content: line.text)
        }
    }

    private static func readsRequest(_ line: ChangedFile.Line) -> Bool {
        line.text.hasBytesIgnoringCase(authorization)
            || CodeFlow.mayReadRequest(line.text) && CodeFlow.requestSource.matches(line.text)
    }
}
