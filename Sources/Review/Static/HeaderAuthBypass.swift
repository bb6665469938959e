import Foundation
import Manifest

/// `code.auth-bypass-header`: a condition on a request header that grants access or skips the auth check in the
/// block it guards: `if request.headers.get("X-Internal") == "1": return view(...)`,
/// `if (req.headers["x-debug"]) return next()`,
/// `if r.Header.Get("X-Admin") == "true" { next.ServeHTTP(w, r); return }`, or a header given a name that such a
/// condition tests in the lines after. Any client can send any header, so the
/// check is a password everyone knows. A header compared to a secret from configuration (`== settings.API_KEY`,
/// `compare_digest`) is an auth check, not a bypass; so is a condition that denies.
///
/// It also reports a header whose name says it carries authority (a role, permissions, scopes, groups, an admin flag:
/// `x-console-role`, `X-User-Permissions`) when its value decides the caller's authority, on its line or through the
/// name it is assigned to in the lines after: `const roles = consoleRole ? [consoleRole] : req.user.roles`,
/// `g.is_admin = role == "admin"`, `if slices.Contains(scopes, "write")`. A header of that kind that is only logged
/// or forwarded is not a finding.
///
/// A header test may sit in a predicate of its own (`function isInternalCall(req) { return req.get("x-internal") ===
/// "true" }`, `def from_gateway(request):`); the predicate is then the header: a condition calling it whose block grants
/// access is a bypass, reported on the header read (``HeaderPredicate``).
struct HeaderAuthBypass: FileCheck {
    let kinds = ReviewedFile.code

    static let rule = "code.auth-bypass-header"

    /// A header read: `headers.get(`, `headers[`, `getHeader(`, `Header.Get(`, `req.get(`, `req.header(`, `HTTP_X_…`,
    /// .NET's `Headers.ContainsKey(`/`TryGetValue(`, Rust's `headers.contains_key(`, Echo's `c.RealIP()` (a forwarded
    /// header unless an extractor is set); the header's name is group 5.
    private static let headerRead = LinePattern(
        #"(?i)(headers?\s*(\.get\s*\(|\[|\(\)\.get\s*\()|getHeader\s*\(|Header\.Get\s*\(|req\.(get|header)\s*\(|"#
            + #"HTTP_X_|Headers\s*\[|headers\.(has|include\?|key\?|ContainsKey|TryGetValue|contains_key)\s*\(|"#
            + #"request\.META\[|"#
            // Echo's `c.RealIP()`: without an IP extractor set, the client's own `X-Forwarded-For` or `X-Real-IP`.
            + #"\bc\.RealIP\(\))"#
            + #"\s*["']?([\w-]*)"#)
    /// A condition on the line.
    static let condition = LinePattern(
        #"(?i)(^|[^\w])(if|unless|elif|else if|when|guard)\b|\?\s*[^?:]+:|&&|\|\|"#)
    /// What grants access: calling the next handler (also one kept in a field: ASP.NET's `await _next(context)`),
    /// setting a user or an admin flag, returning success, leaving a Ktor plugin's hook before its check
    /// (a bare `return@onCall` or `return@intercept`; one that responds, `return@onCall call.respond(…)`, refuses),
    /// returning a caller built on the spot.
    static let grant = LinePattern(
        #"(?i)((\b|_)next(\.Invoke)?\s*\(|return\s+(this\.)?_?next\b|await\s+(this\.)?_?next\b|next\.run\(|"#
            + #"doFilter\s*\(|ServeHTTP\s*\(|"#
            + #"\bis_?admin\w*\s*[:=]\s*(true|True|1)\b|\brole\w*\s*[:=]\s*["']admin|"#
            + #"authenticated\w*\s*[:=]\s*(true|True)\b|authori[sz]ed\w*\s*[:=]\s*(true|True)\b|\bskip\w*auth|"#
            + #"bypass|login_user\s*\(|sign_in\s*\(|\breturn\s+(true|True)\b|(req|request|g|ctx|context)\.user\s*=|"#
            + #"current_user\s*=|session\[[^\]]*\]\s*=|SetUser|\.Principal\s*=|skip_before_action|return\s+view|"#
            + #"return\s+handler|return\s+f\(|return\s+func\(|permit|allow\w*\s*[:=]\s*(true|True)\b|"#
            + #"\breturn@(on[A-Z]\w*|intercept)(?=\s*(\n|\}|;|$))|"#
            // ASP.NET's authorization handler succeeding, a principal made up on the spot, a privileged account
            // handed back as the caller.
            + #"\.Succeed\s*\(|\w*Principal\s*\(|"#
            // An extractor answering with a caller it made up (axum's `return Ok(AuthUser { id, is_admin })`).
            + #"\breturn\s+(?:Ok\s*\(\s*)?(?:Some\s*\(\s*)?(?-i:[A-Z]\w*)?(?-i:User|Principal|Identity|Caller)\s*\{|"#
            + #"\breturn\b[^\n]*(service_?account|superuser|admin_?user|system_?user|root_?user|"#
            + #"(?-i:(User|Principal|Identity|Account)\.(System|Admin|Root|Service|Internal))\b))"#)
    /// A comparison with a secret from configuration or an upper-case constant: an auth check, not a bypass (`null`,
    /// `None` and `True` are no constants of that kind: the case of the name counts).
    static let comparedWithSecret = LinePattern(
        #"(?i)(compare_digest|timingSafeEqual|ConstantTimeCompare|secure_compare|hash_equals|FixedTimeEquals|"#
            + #"==\s*(settings|config|conf|app\.config|process\.env|os\.environ|ENV|env|self\.|this\.)|"#
            + #"(settings|config|process\.env|os\.environ|ENV)\S*\s*(==|!=|===|!==)|"#
            + #"(?-i:[=!]=\s*[A-Z][A-Z0-9_]{3,}\b)|"#
            + #"\b(verify|validate|check)\w*\()"#)
    /// Headers that carry credentials checked elsewhere, or nothing about who the caller is.
    private static let ordinaryHeaders: Set<String> = [
        "authorization", "cookie", "x-api-key", "x-hub-signature", "x-hub-signature-256", "x-signature",
        "x-csrf-token", "x-xsrf-token", "content-type", "accept", "user-agent", "x-request-id", "x-correlation-id",
        "accept-language", "if-none-match", "if-modified-since", "x-github-event", "x-gitlab-token",
    ]

    /// A test that a value is missing (`requested == null`, `is None`, `isEmpty`, `!service`): its block runs when the
    /// client sent no header, so what it grants, the header does not. (`!= null` and `is not None` test that it was
    /// sent.)
    private static let absenceTest = LinePattern(
        #"(?i)===?\s*(null|nil|none|undefined|""|'')(?![\w'"])|\bis\s+None\b|is_?empty|isBlank|\bempty\s*\(|"#
            + #"(^|[(\s&|])!\s*[A-Za-z_$]|\bnot\s+[A-Za-z_]|\bunless\b"#)

    /// A header name that speaks of authority.
    private static let authorityHeader = LinePattern(
        #"(?i)(role|permission|scope|group|admin|privilege|entitlement|authorit)"#)
    /// A header whose name says it names the user: what an authenticating proxy sets (`X-Forwarded-Email`,
    /// `X-Forwarded-User`, `X-Remote-User`, `X-Auth-Request-Email`, `X-WEBAUTH-USER`).
    private static let identityHeader = LinePattern(
        #"(?i)^(?:x-)?(?:forwarded|remote|auth-request|webauth|authenticated|proxy)-(?:email|user|username|login|"#
            + #"preferred-username)$|^remote-user$"#)
    /// A user looked up: `User.active.find_by(email: email)`, `User.objects.get(email=…)`, `findOne({ email })`.
    private static let userLookup = LinePattern(
        #"(?i)\b(?:find_by\w*|findBy\w*|findOne|findUnique|FirstOrDefault\w*|SingleOrDefault\w*|get_by\w*|"#
            + #"objects\.get|objects\.filter|where)\s*[(\[{]"#)

    /// Whether the identity header read on line `index` signs a user in: the name it is given looks a user up within
    /// the ``blockLines`` lines after, in a file that makes that user the request's (`@current_user = …`, `req.user =`,
    /// `login(`), and nothing compares a proxy's secret.
    private func signsInByIdentity(at index: Int, in lines: [ChangedFile.Line]) -> Bool {
        guard let name = Self.assignedName.firstMatch(in: lines[index].text, capture: 1).map(String.init),
            lines[(index + 1)..<min(index + Self.blockLines, lines.count)].contains(where: { line in
                line.text.names(name) && Self.userLookup.matches(line.text)
            })
        else { return false }
        return lines.contains { Self.setsCurrentUser.matches($0.text) }
            && !lines.contains { Self.comparedWithSecret.matches($0.text) && $0.text.hasBytesIgnoringCase("header") }
    }

    /// The request's user set, or a session signed in.
    private static let setsCurrentUser = LinePattern(
        #"@current_user\s*(?:\|\|)?=|\b(?:req|request|ctx\.state|g)\.user\s*=(?!=)|\b(?:login|log_in|sign_in|"#
            + #"login_user|signIn)\s*\("#)
    /// A name the line assigns (group 1): `const consoleRole = …`, `role := …`, `val r = …`.
    private static let assignedName = LinePattern(
        #"^\s*(?:(?:const|let|var|val|final|auto|my)\s+)?\$?([A-Za-z_]\w*)\s*(?::[^=]+)?(?::=|=(?![=>]))"#)
    /// Authority assigned: a roles, permissions or admin name given a value.
    private static let authorityAssignment = LinePattern(
        #"(?i)\b(roles?|permissions?|scopes?|groups?|is_?admin|privileges?|authorities)\b\s*(:=|=(?![=>])|"#
            + #"\.(push|append|add|concat)\s*\()"#)
    /// A test of a value: a comparison with a literal that is not empty (not `if group == ""`), or membership.
    private static let valueTest = LinePattern(
        #"(===?|!==?)\s*["'][^"']+["']|["'][^"']+["']\s*(===?|!==?)|"#
            + #"\b(includes|some|contains|Contains|has\w*|in_array|any)\s*\(|\bin\s+[\w\[({]"#)
    /// Words of authority, which a test must hold to decide it.
    private static let authorityWord = LinePattern(
        #"(?i)\b(roles?|permissions?|scopes?|groups?|admin\w*|is_?admin|privileges?|authorit\w*|superuser|staff)\b|"#
            + #"hasRole|hasAuthority"#)

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        var findings: [ReviewFinding] = []
        for (index, line) in file.visible.enumerated() where line.isAdded {
            guard
                line.text.hasBytes("eader") || line.text.hasBytes("HTTP_") || line.text.hasBytes("req.get")
                    || line.text.hasBytes("META") || line.text.hasBytes("RealIP")
            else { continue }
            guard let read = Self.headerRead.firstMatch(in: line.text),
                !Self.ordinaryHeaders.contains((read[5] ?? "").lowercased()),
                !Self.comparedWithSecret.matches(line.text)
            else { continue }
            if Self.condition.matches(line.text), Self.grant.matches(Self.block(at: index, in: file.visible)) {
                findings.append(
                    file.finding(
                        Self.rule, .high, on: line,
                        message: "a request header grants access or skips authentication; any client can send it",
                        content: line.text))
            } else if assignedHeaderGrants(at: index, in: file.visible) {
                findings.append(
                    file.finding(
                        Self.rule, .high, on: line,
                        message: "a request header, tested through the name it is given, grants access or skips "
                            + "authentication; any client can send it", content: line.text))
            } else if let predicate = HeaderPredicate(enclosing: index, in: file.visible),
                predicate.grantsWhereCalled(in: file.visible)
            {
                findings.append(
                    file.finding(
                        Self.rule, .high, on: line,
                        message:
                            "a request header, tested in `\(predicate.name)`, grants access or skips authentication; any "
                            + "client can send it",
                        content: line.text))
            } else if Self.identityHeader.matches(read[5] ?? ""), signsInByIdentity(at: index, in: file.visible) {
                findings.append(
                    file.finding(
                        Self.rule, .high, on: line,
                        message: "a request header names the user the request is signed in as, and nothing checks the "
                            + "request came through the proxy that sets it; any client can send it", content: line.text)
                )
            } else if Self.authorityHeader.matches(read[5] ?? ""), decidesAuthority(at: index, in: file.visible) {
                findings.append(
                    file.finding(
                        Self.rule, .high, on: line,
                        message: "a request header decides the caller's role or permissions; any client can send it",
                        content: line.text))
            }
        }
        return findings
    }

    /// Whether the header read on line `index` is given a name that a condition in the ``blockLines`` lines after
    /// tests, and the block it guards grants access (`const service = request.headers['x-internal-service']`, then
    /// `if (typeof service === 'string') { request.user = { … }; return true; }`).
    private func assignedHeaderGrants(at index: Int, in lines: [ChangedFile.Line]) -> Bool {
        guard let name = Self.assignedName.firstMatch(in: lines[index].text, capture: 1).map(String.init) else {
            return false
        }
        return ((index + 1)..<min(index + Self.blockLines, lines.count)).contains { next in
            let text = lines[next].text
            guard text.names(name), Self.condition.matches(text), !Self.comparedWithSecret.matches(text) else {
                return false
            }
            let block = Self.block(at: next, in: lines)
            // `if (!isInternalJob && !User.Identity.IsAuthenticated) return Unauthorized();`: the header exempts the
            // caller from the refusal.
            if Self.exemption(of: name).matches(text), Self.refusal.matches(block) { return true }
            return !Self.absenceTest.matches(text) && Self.grant.matches(block)
        }
    }

    /// A condition that refuses only without the header's name: `!name &&`, `not name and`, `!name ||`.
    private static func exemption(of name: String) -> LinePattern {
        LinePattern(
            #"(?:!\s*|\bnot\s+)"# + NSRegularExpression.escapedPattern(for: name) + #"\b\s*(?:&&|\|\||\band\b)"#)
    }

    /// A refusal: an error status, an exception, an abort.
    private static let refusal = LinePattern(
        #"(?i)(Unauthori[sz]ed|Forbid|\b40[13]\b|\babort\b|\braise\b|\bthrow\b|\bhalt\b|deny|reject|Challenge\s*\()"#)

    /// Whether the header read on line `index` decides authority: on its line (after the name it assigns, if any), or
    /// where that name is used in the ``blockLines`` lines after.
    private func decidesAuthority(at index: Int, in lines: [ChangedFile.Line]) -> Bool {
        let text = lines[index].text
        guard let assignment = Self.assignedName.firstMatch(in: text), let whole = assignment[0],
            let name = assignment[1].map(String.init)
        else {
            return decides(text)
        }
        if decides(whole.base[whole.endIndex...]) { return true }
        return lines[(index + 1)..<min(index + Self.blockLines, lines.count)].contains { line in
            line.text.hasBytes(name) && CodeFlow.identifiers(in: line.text).contains(name) && decides(line.text)
        }
    }

    /// Whether `text` decides authority: assigns it, or tests the value against a role, a scope, an admin flag.
    private func decides(_ text: some StringProtocol) -> Bool {
        Self.authorityAssignment.matches(text) || Self.valueTest.matches(text) && Self.authorityWord.matches(text)
    }

    /// The condition on line `index` with the block it guards: the lines after it that are indented deeper, and a
    /// lone `{` that opens it (at most ``blockLines`` in all), so a grant at the end of a block that first builds a
    /// user counts, and a call after the block closes (`await _next(context)` for every request) does not.
    static func block(at index: Int, in lines: [ChangedFile.Line]) -> String {
        let indent = lines[index].text.indentation
        var end = min(index + 1, lines.count)
        while end < min(index + blockLines, lines.count) {
            let text = lines[end].text
            if text.indentation <= indent && !text.allSatisfy(\.isWhitespace)
                && text.drop(while: \.isWhitespace).trimmingSuffixWhitespace != "{"
            {
                break
            }
            end += 1
        }
        return lines[index..<end].map(\.text).joined(separator: "\n")
    }

    /// The most lines a guarded block is read to.
    static let blockLines = 12
}
