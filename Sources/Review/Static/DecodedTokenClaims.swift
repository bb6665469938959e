import Manifest

/// `code.jwt-unverified` for a token whose claims are only decoded: by a call that does not check the signature
/// (jsonwebtoken's `jwt.decode`, jwt-decode's `jwtDecode`, jose's `decodeJwt`, auth0 java-jwt's `JWT.decode`,
/// python-jose's `get_unverified_claims`, .NET's `ReadJwtToken`, Elixir's `Joken.peek_claims` and
/// `JOSE.JWT.peek_payload`), or by hand, its payload segment base64-decoded (``HandDecodedPayload``:
/// `Base64.getUrlDecoder().decode(parts[1])`, `atob(token.split('.')[1])`). On a server that reads the token from a
/// request and never verifies one, anyone can mint a token with any claims.
///
/// A payload decoded by hand counts only where the file reads a credential from a request (an `Authorization` header,
/// a cookie, a token parameter), not merely some request input: a server may decode the token it sends upstream. A
/// file that verifies tokens counts too, where the decoding is the fallback for one that failed verification.
///
/// Let through: a file that also verifies (the decode read the key id first), unless the decoding is the fallback for a
/// token that failed verification (in a `catch` block or a function called from one), with a `verify…(` call, a
/// verifying library call (``HeaderPeek/verifyingCall``, a Ruby or PHP `JWT.decode` given a key) or a constant-time
/// comparison of a signature it computes (`hmac.compare_digest`, `crypto.timingSafeEqual`, `MessageDigest.isEqual`);
/// and a file that never reads a request, such as a browser showing the user's name or scheduling a refresh from `exp`
/// (a line that sends a bearer token, `` Authorization: `Bearer ${token}` ``, is not a read).
struct DecodedTokenClaims: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [
        .javascript, .java, .python, .elixir, .go, .csharp, .ruby, .php, .rust, .swift,
    ]

    /// The decode-only calls, per language (Python's and Ruby's `jwt.decode` verify; JavaScript's does not).
    private static let decode: [ReviewedFile.Kind: LinePattern] = [
        .javascript: LinePattern(#"(\bjwt\.decode|\bjwt_?[dD]ecode|\bdecodeJwt)\s*(<[^>()]*>)?\s*\("#),
        .java: LinePattern(#"\bJWT\.decode\s*\("#),
        .python: LinePattern(#"\bget_unverified_claims\s*\("#),
        .csharp: LinePattern(#"\bReadJwtToken\s*\("#),
        .elixir: LinePattern(#"\b(Joken\.peek_claims|JOSE\.JWT\.peek_payload|JOSE\.JWT\.peek)\s*\("#),
    ]
    private static let decodeWords = ["decode", "get_unverified_claims", "peek", "readjwttoken"]
    /// A call that verifies: `jwt.verify(`, `jwtVerify(`, `verifier.verify(`, `verifySessionToken(` (not
    /// `get_unverified_claims(`).
    private static let verification = LinePattern(#"(?i)\b(?!\w*unverif)\w*verif\w*\s*\("#)
    /// A signature checked some other way: a constant-time comparison of a computed signature, or Ruby's and PHP's
    /// `JWT.decode`/`JWT::decode` given a key (`JWT.decode(t, nil, false)` is ``CodeRules/tokenUnverified``).
    private static let signatureCheck = LinePattern(
        #"\b(compare_digest|timingSafeEqual|hash_equals|FixedTimeEquals|secure_compare|ConstantTimeCompare)\s*\(|"#
            + #"\bMessageDigest\.isEqual\s*\(|\bhmac\.Equal\s*\(|"#
            + #"\bJWT(\.|::)decode\s*\([^,)]{1,200},\s*(?!nil\b|false\b|null\b)[^,)\s]"#)
    private static let signatureCheckWords = [
        "compare_digest", "timingsafeequal", "hash_equals", "fixedtimeequals", "secure_compare", "constanttimecompare",
        "isequal", "hmac.equal", "jwt",
    ]
    /// Words one of which every ``HeaderPeek/verifyingCall`` holds.
    private static let verifyingCallWords = ["parse", "decode", "verif", "validatetoken", "signingkey"]
    /// A request read on the server: an `Authorization` header, or a request source (``CodeFlow/requestSource``).
    private static let authorization = "authorization"
    /// A bearer credential built to be sent (`` `Bearer ${token}` ``, `"Bearer " + token`, `f"Bearer {token}"`,
    /// `new AuthenticationHeaderValue("Bearer", token)`): a client's request, not a read of one. Stripping the prefix
    /// from a header read (`.replace('Bearer ', '')`, `startsWith("Bearer ")`) is no match.
    private static let sentBearer = LinePattern(
        #"(?i)\bbearer\s*(?:["'`]\s*(?:\+|\.\s*\$|%)|%s|\$\{|#\{|\{[\w.]+\}|\$\w)|"#
            + #"\bAuthenticationHeaderValue\s*\(\s*"Bearer""#)

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        var byCall: [Int] = []
        if let decode = Self.decode[file.file.kind] {
            byCall = file.visible.indices.filter { index in
                let line = file.visible[index]
                return line.isAdded && Self.decodeWords.contains(where: line.text.hasBytesIgnoringCase)
                    && decode.matches(line.text)
            }
        }
        let decodedByHand = HandDecodedPayload.decodingLines(in: file.visible)
        guard !byCall.isEmpty || !decodedByHand.isEmpty else { return [] }
        // A comment that names a verification (`// verify() kept failing`) verifies nothing.
        let verifies = file.visible.contains { Self.verifies($0) && !CodeSinks.isComment($0.text) }
        if !file.visible.contains(where: Self.readsRequest) { byCall = [] }
        // A token the file verifies is a credential, whether or not the file reads it from a request: decoding it
        // by hand where verification failed stands in for verifying it.
        let byHand =
            file.visible.contains(where: Self.readsCredential)
            ? decodedByHand
            : verifies ? decodedByHand.filter { Self.runsWhenVerificationFails($0, file.layout.scopes) } : []
        var decoding = Set(byCall + byHand)
        if verifies {
            decoding = decoding.filter {
                Self.runsWhenVerificationFails($0, file.layout.scopes)
                    || Self.signsInFromDecodedClaims($0, in: file.visible, file.layout.scopes)
            }
        }
        return decoding.sorted().map { index in
            let line = file.visible[index]
            return file.finding(
                "code.jwt-unverified", .high, on: line,
                message: "a token's claims are read without checking its signature (decoding is not verifying); "
                    + "verify it with the issuer's key", content: line.text)
        }
    }

    /// Whether the decoding on line `index` is a fallback for a token that failed verification: it sits in a
    /// `catch`/`except`/`rescue` block, or in a function called from one (`catch { guard let legacy =
    /// decodeLegacyPayload(bearer.token) …`).
    private static func runsWhenVerificationFails(_ index: Int, _ scopes: FunctionScopes) -> Bool {
        if scopes.isInFailureBlock(index) { return true }
        guard let definition = scopes.definition(enclosing: index) else { return false }
        return scopes.uses(ofFunctionAt: definition).contains(where: scopes.isInFailureBlock)
    }

    /// Whether the claims decoded on line `index` sign a caller in before any verification: the name they are given
    /// (`const decoded = jwt.decode(token)`) becomes the request's user within the next lines
    /// (`req.user = toUser(decoded)`, `ctx.state.user = …`, `request.auth.login(…)`), not through a verification
    /// (`req.user = jwt.verify(token, key, { issuer })`); or they are returned (`return decoded.payload`) from a
    /// function whose result becomes the request's user (`request.user = await this.readPayload(token)`, or through a
    /// name: `const payload = await this.resolvePayload(token); req.user = { id: payload.sub }`); or they are returned
    /// themselves where the function otherwise returns a verified token (`return if (decoded.issuer == mesh) decoded
    /// else verifier.verify(token)`): decoding stands in for verifying on that path.
    private static func signsInFromDecodedClaims(_ index: Int, in lines: [ChangedFile.Line], _ scopes: FunctionScopes)
        -> Bool
    {
        guard let name = decodedInto.firstMatch(in: lines[index].text, capture: 1).map(String.init) else {
            return false
        }
        // The decoded value is used through its own name (a root, so `claims.sub` counts and `this.claims` does
        // not), or a name given a part of it (`const payload = decoded.payload`); the function is called by any word
        // naming it, a method call (`this.readPayload(…)`) included.
        let window = lines[(index + 1)..<min(index + 12, lines.count)]
        let names = [name] + aliases(of: name, in: window)
        let next = window.filter { line in
            names.contains(where: line.text.hasBytes) && !verifies(line)
                && CodeFlow.identifiers(in: line.text).contains(where: names.contains)
        }
        if next.contains(where: { signsIn.matches($0.text) }) { return true }
        // Also as the value of a block, in a language where a block's last line is its value (Kotlin's `if (…) {
        // unverified } else { verifier.verify(token) }`).
        let following = lines[(index + 1)..<min(index + 20, lines.count)]
        if following.prefix(11).contains(where: { returnsItself(name, $0.text) || $0.text.trimmedLine == name })
            && following.contains(where: { line in
                verifies(line) && (line.text.trimmedLine.hasPrefix("return") || !decodedInto.matches(line.text))
            })
        {
            return true
        }
        guard next.contains(where: { $0.text.trimmedLine.hasPrefix("return ") }),
            let function = scopes.definition(enclosing: index).flatMap(scopes.name(definedAt:))
        else { return false }
        return lines.indices.contains { call in
            lines[call].text.names(function) && (signsIn.matches(lines[call].text) || resultSignsIn(call, in: lines))
        }
    }

    /// Whether `text` returns the decoded value itself, as the function's answer or one branch of it (`return
    /// claims;`, `return if (decoded.issuer == mesh) decoded else verifier.verify(token)`), not a value read from it.
    private static func returnsItself(_ name: String, _ text: Substring) -> Bool {
        guard text.hasBytes("return"), text.hasBytes(name) else { return false }
        let returned = LinePattern(#"(?:\breturn|\)|\?|:|\belse)\s+"# + name + #"\s*(?:;|$|\belse\b|:)"#)
        return returned.matches(text)
    }

    /// Whether the call on line `call` puts its result in a name (`const payload = await this.resolvePayload(token)`)
    /// that becomes the request's user within the next lines (`req.user = { id: payload.sub, … }`), itself or through
    /// a name given what it finds (`const user = await findUserById(claims.sub)`, then `req.user = user`).
    private static func resultSignsIn(_ call: Int, in lines: [ChangedFile.Line]) -> Bool {
        guard let result = decodedInto.firstMatch(in: lines[call].text, capture: 1).map(String.init) else {
            return false
        }
        let window = lines[(call + 1)..<min(call + 16, lines.count)]
        let names = Set([result] + aliases(of: result, in: window))
        return window.contains { line in
            signsIn.matches(line.text) && CodeFlow.identifiers(in: line.text).contains(where: names.contains)
        }
    }

    /// The names `lines` assign a value read from `name` (`const payload = decoded.payload`), not through a
    /// verification.
    private static func aliases(of name: String, in lines: ArraySlice<ChangedFile.Line>) -> [String] {
        lines.compactMap { line in
            guard line.text.hasBytes(name), !verifies(line),
                let groups = decodedInto.firstMatch(in: line.text), let alias = groups[1], let whole = groups[0],
                CodeFlow.identifiers(in: whole.base[whole.endIndex...]).contains(name)
            else { return nil }
            return String(alias)
        }
    }

    /// `const decoded = …`, `decoded := …`, `claims = …` (group 1 the name).
    private static let decodedInto = LinePattern(
        #"^\s*(?:const|let|var|val)?\s*([A-Za-z_$][\w$]*)\s*(?::\s*[\w$.<>\[\]|? ]+?)?\s*(?::=|=(?!=))"#)
    /// A request's user set, or a session signed in.
    private static let signsIn = LinePattern(
        #"\b(?:req|request|ctx\.state|res\.locals|context|HttpContext)\.(?:user|principal|auth|identity|"#
            + #"User)\s*=(?!=)|"#
            + #"\b(?:login|logIn|signIn|sign_in|setAuthentication)\s*\(|"#
            // Ktor's and Spring's principals built from the claims (`JWTPrincipal(decoded)`).
            + #"\b(?:JWTPrincipal|UserIdPrincipal|UsernamePasswordAuthenticationToken|JwtAuthenticationToken)\s*\("#)

    private static func verifies(_ line: ChangedFile.Line) -> Bool {
        line.text.hasBytesIgnoringCase("verif") && verification.matches(line.text)
            || verifyingCallWords.contains(where: line.text.hasBytesIgnoringCase)
                && HeaderPeek.verifyingCall.matches(line.text)
            || signatureCheckWords.contains(where: line.text.hasBytesIgnoringCase) && signatureCheck.matches(line.text)
    }

    private static func readsRequest(_ line: ChangedFile.Line) -> Bool {
        line.text.hasBytesIgnoringCase(authorization) && !sentBearer.matches(line.text)
            || CodeFlow.mayReadRequest(line.text) && CodeFlow.requestSource.matches(line.text)
            || line.text.hasBytesIgnoringCase("credential") && providedCredential.matches(line.text)
    }

    /// The credential an authentication provider is handed from the request: Ktor's `authenticate { tokenCredential
    /// -> … }` under `bearer(…)`, a `BearerTokenCredential`.
    private static let providedCredential = LinePattern(
        #"\bauthenticate\s*\{\s*\w*[cC]redential\b|\bBearerTokenCredential\b"#)

    /// A request read that names a credential (`r.Header.Get("Authorization")`, `req.cookies.session`,
    /// `request.args["token"]`): where a payload decoded by hand must come from to be trusted as a caller's. A server
    /// that decodes the token it sends upstream (to cache it until `exp`) reads other input.
    private static func readsCredential(_ line: ChangedFile.Line) -> Bool {
        credentialWords.contains(where: line.text.hasBytesIgnoringCase) && readsRequest(line)
    }

    private static let credentialWords = ["auth", "token", "jwt", "bearer", "cookie", "session"]
}
