import Manifest

/// `code.tls-verify-disabled` for a certificate or host-name validation callback written as a block whose every
/// outcome accepts the connection, whatever it logs first:
///
/// - .NET's `ServerCertificateCustomValidationCallback`, `ServicePointManager.ServerCertificateValidationCallback`
///   and `RemoteCertificateValidationCallback` given a lambda or `delegate { … }` that only ever returns `true`
///   (`(m, c, ch, errors) => { if (errors != SslPolicyErrors.None) log…; return true; }`), and a method taking
///   `SslPolicyErrors` that does the same (a method group passed as the callback);
/// - Java's and Kotlin's `HostnameVerifier.verify(String, SSLSession)` and `(host, session) -> { return true; }`;
/// - a trust manager's `checkServerTrusted` whose body neither throws nor hands the chain to a check (one that only
///   logs);
/// - Go's `VerifyPeerCertificate`/`VerifyConnection` returning only `nil` in a file that sets `InsecureSkipVerify`
///   (then the callback is the only check there is);
/// - Node's `checkServerIdentity` block that returns nothing, `undefined` or `null`;
/// - Dart's `badCertificateCallback` and `onBadCertificate` blocks that only return `true`.
///
/// Anyone on the network path can then present any certificate. A callback with any other outcome is let through:
/// one that returns `errors == SslPolicyErrors.None`, compares a pinned thumbprint or key and returns `false`
/// otherwise, returns an `error`, or throws. One-line forms the line rules already catch
/// (``CodeRules/tlsVerifyDisabled``: `=> true`, `checkServerTrusted(…) {}`) are left to them. Not read: callbacks
/// passed without a name that says what they are (a lambda as `SslStream`'s third argument) and Kotlin's trailing
/// lambdas whose last expression is `true` (`hostnameVerifier { _, _ -> … true }`).
struct AcceptAllCertificateCallback: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = [.csharp, .java, .go, .javascript, .other]

    /// How a kind of callback accepts a connection.
    private enum Acceptance {
        /// A validator returning a boolean accepts with `true`.
        case returnsTrue
        /// Go's callbacks accept with a `nil` error.
        case returnsNil
        /// Node's `checkServerIdentity` accepts by returning no error: nothing, `undefined` or `null`.
        case returnsNoError
        /// A trust manager's `checkServerTrusted` accepts by returning without throwing.
        case doesNotThrow
    }

    /// A callback's header, through its parameter list (and `=>`, `->`, `throws …` or a result type), and how it
    /// accepts.
    private struct Declaration {
        let header: LinePattern
        let acceptance: Acceptance
    }

    private static let declarations = [
        Declaration(
            header: LinePattern(
                #"(?:(?:Server|Remote)Certificate(?:Custom)?ValidationCallback\s*\+?=|"#
                    + #"new\s+RemoteCertificateValidationCallback\s*\()\s*"#
                    + #"(?:new\s+RemoteCertificateValidationCallback\s*\(\s*)?(?:(?:static|async)\s+)?"#
                    + #"(?:delegate\b\s*(?:\([^)]{0,300}\))?|(?:\([^)]{0,300}\)|\w+)\s*=>)"#),
            acceptance: .returnsTrue),
        Declaration(
            header: LinePattern(#"\bbool\s+\w+\s*\([^)]{0,300}\bSslPolicyErrors\s+\w+\s*\)"#),
            acceptance: .returnsTrue),
        Declaration(
            header: LinePattern(#"\bverify\s*\([^)]{0,300}\bSSLSession\b\??\s*\w*\s*\)(?:\s*:\s*Boolean)?"#),
            acceptance: .returnsTrue),
        Declaration(
            header: LinePattern(
                #"\b(?:set(?:Default)?HostnameVerifier|hostnameVerifier)\s*[(=]\s*(?:\([^)]{0,300}\)|\w+)\s*->"#),
            acceptance: .returnsTrue),
        Declaration(
            header: LinePattern(
                #"\b(?:badCertificateCallback\s*=|onBadCertificate\s*:)\s*\([^)]{0,300}\)(?:\s*=>)?"#),
            acceptance: .returnsTrue),
        Declaration(
            header: LinePattern(
                #"\bcheckServerTrusted\s*\(\s*(?:final\s+)?(?:X509Certificate\b|\w+\s*:)[^)]{0,300}\)"#
                    + #"(?:\s*throws\s+[\w.]+(?:\s*,\s*[\w.]+)*)?"#),
            acceptance: .doesNotThrow),
        Declaration(
            header: LinePattern(
                #"\bVerify(?:PeerCertificate|Connection)\s*(?::=?|=)\s*func\s*\([^)]{0,300}\)\s*error"#),
            acceptance: .returnsNil),
        Declaration(
            header: LinePattern(
                #"(?<![.\w])checkServerIdentity\s*(?:[:=]\s*(?:async\s+)?(?:function\b\s*\w*\s*)?"#
                    + #"(?:\([^)]{0,300}\)|\w+)|\([^)]{0,300}\))(?:\s*:\s*[^={]{1,60})?(?:\s*=>)?"#),
            acceptance: .returnsNoError),
    ]

    /// The identifiers one of which a line must hold to declare a callback (case-sensitive, as in the languages).
    private static let declarationWords = ByteWords([
        "ValidationCallback", "SslPolicyErrors", "SSLSession", "HostnameVerifier", "hostnameVerifier",
        "badCertificateCallback", "onBadCertificate", "checkServerTrusted", "VerifyPeerCertificate", "VerifyConnection",
        "checkServerIdentity",
    ])

    /// A body written as one expression after the header (`=> true`, Kotlin's `= true`): the value it answers.
    private static let expressionBody = LinePattern(#"^\s*(?:=>|->|=)?\s*(true|nil|undefined|null)\b"#)
    private static let returnStatement = LinePattern(#"\breturn\b\s*([^;\n}]{0,200})"#)
    private static let throwStatement = LinePattern(#"\bthrow\b"#)
    /// A trust manager's body that hands the chain to a check: another manager's `checkServerTrusted`, or a call
    /// that verifies, validates or pins.
    private static let delegatedCheck = LinePattern(
        #"(?i)\bcheckServerTrusted\s*\(|\b\w{0,40}(verif|validat|pin)\w{0,40}\s*\("#)
    /// Go's skip set to anything but `false`: a flag, a variable, `true`.
    private static let skipVerifySet = LinePattern(#"\bInsecureSkipVerify\s*[:=]\s*(?!false\b)[\w.!*(]"#)

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        guard !file.diff.added.isEmpty else { return [] }
        let lines = file.visible
        var findings: [ReviewFinding] = []
        for index in lines.indices where Self.declarationWords.occur(in: lines[index].text) {
            guard let (declaration, rest) = Self.declaration(on: lines[index].text),
                declaration.acceptance != .returnsNil || Self.skipsVerification(lines),
                let body = Self.body(after: rest, at: index, in: lines),
                Self.acceptsEverything(body.text, declaration.acceptance),
                let report = ([index] + body.lines).first(where: { lines[$0].isAdded }),
                !Self.lineRuleFires(on: lines[report], in: file)
            else { continue }
            findings.append(
                file.finding(
                    "code.tls-verify-disabled", .high, on: lines[report],
                    message: "a certificate validation callback accepts every certificate, whatever it logs; keep "
                        + "the platform's verdict (reject on errors) or pin and reject on a mismatch",
                    content: lines[index].text))
        }
        return findings
    }

    /// The callback `line` declares, and the text after its header.
    private static func declaration(on line: Substring) -> (Declaration, Substring)? {
        for declaration in declarations {
            guard let header = declaration.header.firstMatch(in: line)?[0] else { continue }
            return (declaration, header.base[header.endIndex...])
        }
        return nil
    }

    /// The callback's body: the code after its header on the declaration line and the lines of the block below it
    /// (``HelperFunctions/body(at:in:)``), with string literals and `//` comments blanked out; nil when the header is
    /// followed by neither a block nor a literal (an expression the callback computes).
    private static func body(after rest: Substring, at index: Int, in lines: [ChangedFile.Line])
        -> (text: String, lines: [Int])?
    {
        if let literal = expressionBody.firstMatch(in: rest)?[1] { return ("return \(literal);", []) }
        let below = Array(HelperFunctions.body(at: index, in: lines))
        let text = ([rest] + below.map { lines[$0].text }).map(codeWithoutComments).joined(separator: "\n")
        guard text.drop(while: \.isWhitespace).first == "{" else { return nil }
        return (text, below)
    }

    private static func codeWithoutComments(_ line: Substring) -> String {
        let code = CodeFlow.codeText(line)
        guard let comment = code.firstRange(of: "//") else { return code }
        return String(code[..<comment.lowerBound])
    }

    /// Whether a callback body of the given kind has no outcome but acceptance.
    private static func acceptsEverything(_ body: String, _ acceptance: Acceptance) -> Bool {
        let values = returnStatement.matches(in: body).map { ($0[1] ?? "").trimmingSuffixWhitespace }
        let throwsSomething = throwStatement.matches(body)
        switch acceptance {
        case .returnsTrue:
            return !throwsSomething && !values.isEmpty && values.allSatisfy { $0 == "true" }
        case .returnsNil:
            return !values.isEmpty && values.allSatisfy { $0 == "nil" }
        case .returnsNoError:
            return !throwsSomething && values.allSatisfy { ["", "undefined", "null", "void 0"].contains($0) }
        case .doesNotThrow:
            return !throwsSomething && !delegatedCheck.matches(body)
        }
    }

    /// Whether the file sets Go's `InsecureSkipVerify` to anything but `false`.
    private static func skipsVerification(_ lines: [ChangedFile.Line]) -> Bool {
        lines.contains { $0.text.hasBytes("InsecureSkipVerify") && skipVerifySet.matches($0.text) }
    }

    /// Whether a line pattern of ``CodeRules/tlsVerifyDisabled`` already reports `line`.
    private static func lineRuleFires(on line: ChangedFile.Line, in file: ChangedFile) -> Bool {
        let rule = CodeRules.tlsVerifyDisabled
        return rule.applies(to: file.file)
            && rule.patterns.contains { rule.match($0, on: line.text, in: file.file) != nil }
    }
}
