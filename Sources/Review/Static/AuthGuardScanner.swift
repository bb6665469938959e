/// Where a line of code names an authentication or authorization guard, and whether it opens an endpoint to callers
/// who are not signed in.
///
/// A guard is a name ``AuthGuardName`` accepts, standing where guards stand: a decorator, annotation or attribute
/// (`@login_required`, `@PreAuthorize("hasRole('ADMIN')")`, `[Authorize(Roles = "Admin")]`,
/// `@UseGuards(JwtAuthGuard)`), a route's middleware argument or wrapper (`router.get('/x', requireAuth, h)`,
/// `app.use(passport.authenticate('jwt'))`, `{ preHandler: [fastify.authenticate] }`, `login_required(view)`), a symbol (`before_action :authenticate_user!`,
/// `pipe_through [:require_authenticated_user]`), a route's dependency (`Depends(get_current_user)`), a call that is a
/// statement of its own (`authorize @post`, `$this->authorize('update', $post)`), a security DSL's requirement on a
/// matcher (`.authenticated()`, `.hasRole("ADMIN")`, `.RequireAuthorization()`, Laravel's `->can('update', 'post')`),
/// or a Laravel middleware name (`'auth:sanctum'`, `'can:administer'`; `'auth'` where the line speaks of middleware).
///
/// Names that are declared, imported, exported, assigned, used as keys or types, or only read (`user.is_admin` in a
/// condition), and text in comments and strings, are no references.
struct AuthGuardScanner {
    /// One guard a line names.
    struct Reference {
        /// The guard as changes are compared on, without its arguments: `requireAuth`, `passport.authenticate`,
        /// `can:administer`.
        let name: String
        /// Its UTF-8 byte offsets in the line, arguments included.
        let range: Range<Int>
    }

    let kind: ReviewedFile.Kind
    private let verdicts = Verdicts()

    init(kind: ReviewedFile.Kind) {
        self.kind = kind
    }

    /// The names a scanner has judged, for the one file it reads.
    private final class Verdicts {
        struct Key: Hashable {
            let name: String
            let position: AuthGuardName.Position
        }

        var byName: [Key: Bool] = [:]
    }

    /// Whether `line` may name a guard or open an endpoint: the byte check that comes before any scan.
    static func mayName(_ line: Substring) -> Bool {
        triggers.occur(in: line)
    }

    /// The guards `line` names; none on a line that opens an endpoint (``opens(_:)``), which names the guard it skips.
    func references(in line: Substring) -> [Reference] {
        opens(line) ? [] : scan(line)
    }

    /// Whether `line` opens what a guard protected: an attribute or decorator that lets anyone in
    /// (`[AllowAnonymous]`, `.AllowAnonymous()`, `@PermitAll`, Nest's `@Public()`, Micronaut's
    /// `SecurityRule.IS_ANONYMOUS`), Rails' `skip_before_action :authenticate_user!`, Laravel's
    /// `->withoutMiddleware('auth')`, or Django REST framework's `permission_classes = [AllowAny]`.
    func opens(_ line: Substring) -> Bool {
        switch kind {
        case .ruby:
            return line.hasBytes("skip_")
                && (Self.skippedAuthorization.matches(line)
                    || Self.skippedCallback.matches(line) && !scan(line).isEmpty)
        case .php:
            return line.hasBytesIgnoringCase("withoutmiddleware") && !scan(line).isEmpty
        case .python:
            return line.hasBytes("AllowAny") && Self.allowAny.matches(line)
        default:
            return Self.openingWords.occur(in: line) && Self.anonymousAccess.matches(line)
        }
    }

    /// `line` without the text of `references`: what the line says beside its guards.
    static func remainder(of line: Substring, without references: [Reference]) -> String {
        guard !references.isEmpty else { return String(line) }
        var bytes = Array(line.utf8)
        for reference in references.reversed() { bytes.removeSubrange(reference.range) }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Scanning

    private func scan(_ line: Substring) -> [Reference] {
        let bytes = Array(line.utf8)
        guard var index = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }),
            !Self.isCommentOrImport(line.drop { $0 == " " || $0 == "\t" })
        else { return [] }
        // A doc comment's annotation (` * @IsGranted("ROLE_ADMIN")`) is read as code.
        if bytes[index] == UInt8(ascii: "*") { index += 1 }
        let speaksOfMiddleware = kind == .php && line.hasBytesIgnoringCase("middleware")
        var references: [Reference] = []
        var covered = 0
        var previousToken: Range<Int>?
        while index < bytes.count {
            let byte = bytes[index]
            if Self.quotes.contains(byte) {
                let end = Self.closingQuote(in: bytes, from: index)
                if kind == .php, index >= covered,
                    let name = laravelMiddleware(bytes[(index + 1)..<end], in: bytes, speaksOfMiddleware)
                {
                    references.append(Reference(name: name, range: index..<min(end + 1, bytes.count)))
                }
                index = end + 1
                continue
            }
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") { break }
            if byte == UInt8(ascii: "#"), Self.hashComments.contains(kind),
                index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "[")
            {
                break
            }
            guard Self.startsIdentifier(byte), index == 0 || !Self.continuesIdentifier(bytes[index - 1]) else {
                index += 1
                continue
            }
            let token = index..<identifierEnd(in: bytes, from: index)
            if token.lowerBound >= covered,
                let reference = reference(at: token, in: bytes, after: previousToken)
            {
                references.append(reference)
                covered = reference.range.upperBound
            }
            previousToken = token
            index = token.upperBound
        }
        return references
    }

    /// The reference the identifier at `token` makes, if it is a guard standing where guards stand.
    private func reference(at token: Range<Int>, in bytes: [UInt8], after previousToken: Range<Int>?) -> Reference? {
        let after = Self.firstNonBlank(in: bytes, from: token.upperBound)
        let next = after.map { bytes[$0] }
        let following = after.flatMap { $0 + 1 < bytes.count ? bytes[$0 + 1] : nil }
        // An assignment, a key or label: no use of a guard.
        if next == UInt8(ascii: "="), following != UInt8(ascii: "="), following != UInt8(ascii: ">") { return nil }
        if next == UInt8(ascii: ":"), following == nil || following == UInt8(ascii: " ") { return nil }
        let before = Self.lastNonBlank(in: bytes, before: token.lowerBound)
        let isSymbol =
            before == token.lowerBound - 1 && bytes[token.lowerBound - 1] == UInt8(ascii: ":")
            && (token.lowerBound < 2 || bytes[token.lowerBound - 2] != UInt8(ascii: ":"))
        guard
            let position = position(
                of: token, after: before, in: bytes, previousToken: previousToken, isSymbol: isSymbol)
        else { return nil }
        let text = Substring(decoding: bytes[token], as: UTF8.self)
        let called = next == UInt8(ascii: "(")
        var range: Range<Int> {
            token.lowerBound..<(called ? Self.closingBracket(in: bytes, from: after!) : token.upperBound)
        }
        guard let position else { return chainRequirement(text, range: range) }
        guard Self.triggers.occur(in: text) else { return nil }
        let name = String(text.drop { $0 == "$" })
        // Spring's `authorize("/admin/**", hasRole("ADMIN"))` states a rule: the requirement inside is the guard.
        if kind == .java, Self.securityRuleBlocks.contains(name) { return nil }
        // ASP.NET's `app.UseAuthorization()` runs what endpoints require (and is added when left out): no requirement.
        if kind == .csharp, name.split(separator: ".").last?.hasPrefix("Use") == true { return nil }
        // A predicate only read (`user.is_admin`, `is_admin` passed as a flag) decides nothing here; a bare one is a
        // middleware only where functions are passed as values, or as a symbol.
        if !called, position != .annotation, !isSymbol, text.contains(".") || !Self.functionValues.contains(kind),
            ["is", "has", "can"].contains(AuthGuardName(text).words.first ?? "")
        {
            return nil
        }
        return judged(name, at: position, next: next, range: range)
    }

    /// Where the token at `token` stands, from the byte before it (`before`, nil at the line's start): a position
    /// guards are named at; `.some(nil)` for a method chained with `.` or `->`, which only a security DSL's
    /// requirements make a guard (``chainRequirement(_:range:)``); nil for anywhere else.
    private func position(
        of token: Range<Int>, after before: Int?, in bytes: [UInt8], previousToken: Range<Int>?, isSymbol: Bool
    ) -> AuthGuardName.Position?? {
        guard let before else { return .argument }
        let previous = bytes[before]
        // The word just before the token, or before its opening bracket: `plug` in `plug Auth`, `Depends` in
        // `Depends(get_current_user)`.
        var adjacentWord: Substring? {
            guard let word = previousToken else { return nil }
            let wordEnd = word.upperBound - 1
            let adjacent =
                before == wordEnd
                || previous == UInt8(ascii: "(") && Self.lastNonBlank(in: bytes, before: before) == wordEnd
            return adjacent ? Substring(decoding: bytes[word], as: UTF8.self) : nil
        }
        switch previous {
        case UInt8(ascii: "@"):
            return .annotation
        case UInt8(ascii: "["):
            let opensLine = Self.lastNonBlank(in: bytes, before: before) == nil
            return opensLine || bytes[before - 1] == UInt8(ascii: "#") ? .annotation : .argument
        case UInt8(ascii: "("):
            let callee = adjacentWord
            return callee == "Depends" || callee == "Security" ? .dependency : .argument
        case UInt8(ascii: ","), UInt8(ascii: "{"):
            return .argument
        case UInt8(ascii: ":"):
            // A Ruby or Elixir symbol, or a value under a key (`preHandler: fastify.authenticate`); a type only as a
            // Python parameter's `Annotated` dependency (`user: CurrentUser`).
            if isSymbol || !(65...90).contains(bytes[token.lowerBound]) { return .argument }
            return kind == .python ? .dependency : nil
        case UInt8(ascii: "."):
            return Self.chainRequirements[kind] == nil ? nil : .some(nil)
        case UInt8(ascii: ">") where before > 0 && bytes[before - 1] == UInt8(ascii: "-"):
            return Self.chainRequirements[kind] == nil ? nil : .some(nil)
        case UInt8(ascii: ">") where before > 0 && bytes[before - 1] == UInt8(ascii: "="):
            return .argument
        default:
            return kind == .elixir && adjacentWord == "plug" ? .argument : nil
        }
    }

    /// The reference `name` makes at `position`, if it is a guard's; a name followed by another word is a type or a
    /// keyword's operand (`AuthenticatedUser user`, `auth as a`), or prose, except an annotation's or a Ruby or Elixir
    /// call without brackets (`authorize @post`, which no capital starts).
    private func judged(_ name: String, at position: AuthGuardName.Position, next: UInt8?, range: Range<Int>)
        -> Reference?
    {
        if let next, Self.startsIdentifier(next) || next == UInt8(ascii: "@"), position != .annotation,
            !Self.callsWithoutBrackets.contains(kind) || name.first?.isUppercase == true
        {
            return nil
        }
        guard isGuard(name, at: position) else { return nil }
        var bare = name[...]
        while bare.last == "!" || bare.last == "?" { bare = bare.dropLast() }
        return Reference(name: String(bare), range: range)
    }

    /// ``AuthGuardName/isGuard(at:)``, asked once per name and position: a file names the same few guards on many
    /// lines.
    private func isGuard(_ name: String, at position: AuthGuardName.Position) -> Bool {
        let key = Verdicts.Key(name: name, position: position)
        if let known = verdicts.byName[key] { return known }
        let verdict = AuthGuardName(name[...]).isGuard(at: position)
        verdicts.byName[key] = verdict
        return verdict
    }

    /// A requirement a security DSL puts on a matcher or an endpoint: Spring's `.authenticated()` and `.hasRole(…)`,
    /// ASP.NET's `.RequireAuthorization()`, Laravel's `->can(…)`.
    private func chainRequirement(_ text: Substring, range: @autoclosure () -> Range<Int>) -> Reference? {
        guard Self.chainRequirements[kind]?.contains(String(text)) == true else { return nil }
        return Reference(name: String(text), range: range())
    }

    /// A Laravel middleware that authenticates or authorizes: `auth:sanctum`, `can:administer`, `role:admin`
    /// anywhere; `auth`, `auth.basic`, `admin` where the line speaks of middleware or holds nothing but the name.
    private func laravelMiddleware(_ content: ArraySlice<UInt8>, in bytes: [UInt8], _ speaksOfMiddleware: Bool)
        -> String?
    {
        let name = String(decoding: content, as: UTF8.self)
        if Self.laravelRequirements.contains(where: { name.hasPrefix($0) && name.count > $0.count }) { return name }
        guard Self.laravelGuards.contains(name) else { return nil }
        let line = String(decoding: bytes, as: UTF8.self).trimmingTrailingComma
        return speaksOfMiddleware || line == "'\(name)'" || line == "\"\(name)\"" ? name : nil
    }

    /// Where the identifier starting at `start` ends: dotted (`a.b`, `a->b`, `A::b`), with Ruby's and Elixir's `!`
    /// or `?`.
    private func identifierEnd(in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while true {
            while index < bytes.count, Self.continuesIdentifier(bytes[index]) { index += 1 }
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), Self.startsIdentifier(bytes[index + 1]) {
                index += 1
            } else if index + 2 < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: ":"),
                bytes[index + 1] == (bytes[index] == UInt8(ascii: "-") ? UInt8(ascii: ">") : UInt8(ascii: ":")),
                Self.startsIdentifier(bytes[index + 2])
            {
                index += 2
            } else {
                break
            }
        }
        if Self.callsWithoutBrackets.contains(kind), index < bytes.count,
            bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?"),
            index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "=")
        {
            index += 1
        }
        return index
    }

    // MARK: Bytes

    private static func startsIdentifier(_ byte: UInt8) -> Bool {
        byte >= 65 && byte <= 90 || byte >= 97 && byte <= 122 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
    }

    private static func continuesIdentifier(_ byte: UInt8) -> Bool {
        startsIdentifier(byte) || byte >= 48 && byte <= 57
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private static func lastNonBlank(in bytes: [UInt8], before end: Int) -> Int? {
        bytes[..<end].lastIndex { !isBlank($0) }
    }

    private static func firstNonBlank(in bytes: [UInt8], from start: Int) -> Int? {
        bytes[start...].firstIndex { !isBlank($0) }
    }

    /// The index of the quote that closes the string opening at `start` (a backslash escapes), or the line's end.
    private static func closingQuote(in bytes: [UInt8], from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count, bytes[index] != bytes[start] {
            index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        return min(index, bytes.count)
    }

    /// Just past the bracket that closes the one at `open`, strings skipped; the line's end when it runs on.
    private static func closingBracket(in bytes: [UInt8], from open: Int) -> Int {
        var depth = 0
        var index = open
        while index < bytes.count {
            let byte = bytes[index]
            if quotes.contains(byte) {
                index = closingQuote(in: bytes, from: index) + 1
                continue
            }
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return bytes.count
    }

    /// A comment; a line that imports, exports or requires names rather than using them; or a browser app's route
    /// guard (Angular's `canActivate: [AuthGuard]`), which hides pages but protects no endpoint.
    private static func isCommentOrImport(_ trimmed: Substring) -> Bool {
        let bytes = trimmed.utf8
        if bytes.first == UInt8(ascii: "*") {
            return bytes.dropFirst().first { $0 != UInt8(ascii: " ") } != UInt8(ascii: "@")
        }
        return nonCodePrefixes.contains { bytes.starts(with: $0) } && !bytes.starts(with: "#[".utf8)
            || importsOrClientGuards.occur(in: trimmed)
    }

    private static let nonCodePrefixes = [
        "//", "#", "/*", "--", "<!--", "import ", "from ", "export {", "export *", "require ", "require_once",
        "include ", "use ", "using ", "package ", "alias ", "exports.",
    ].map { Array($0.utf8) }
    /// A node `require(…)` or `module.exports` anywhere on the line; Angular's route guards.
    private static let importsOrClientGuards = ByteWords([
        "require(", "module.exports", "canActivate", "canLoad", "canMatch",
    ])

    private static let quotes: Set<UInt8> = [UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`")]
    /// Languages whose comments start with `#`.
    private static let hashComments: Set<ReviewedFile.Kind> = [.python, .ruby, .elixir, .shell]
    /// Languages that call without brackets and end names with `!` or `?`.
    private static let callsWithoutBrackets: Set<ReviewedFile.Kind> = [.ruby, .elixir]
    /// Languages whose middleware are passed as function values (`router.get('/x', isAdmin, h)`).
    private static let functionValues: Set<ReviewedFile.Kind> = [.javascript, .go]

    private static let chainRequirements: [ReviewedFile.Kind: Set<String>] = [
        .java: [
            "authenticated", "fullyAuthenticated", "hasRole", "hasAnyRole", "hasAuthority", "hasAnyAuthority", "access",
            "hasIpAddress",
        ],
        .csharp: [
            "RequireAuthorization", "RequireAuthenticatedUser", "RequireRole", "RequireClaim", "RequireAssertion",
        ],
        .php: ["can", "canAny"],
    ]
    /// Spring Security's blocks of rules, whose names speak of authorization but which require nothing themselves.
    private static let securityRuleBlocks: Set<String> = [
        "authorize", "authorizeRequests", "authorizeHttpRequests", "authorizeExchange", "http.authorizeRequests",
        "http.authorizeHttpRequests", "http.authorizeExchange",
    ]
    private static let laravelRequirements = [
        "auth:", "can:", "role:", "roles:", "permission:", "permissions:", "role_or_permission:", "ability:",
        "abilities:", "scope:", "scopes:",
    ]
    private static let laravelGuards: Set<String> = ["auth", "auth.basic", "auth.basic.once", "auth.session", "admin"]

    /// The byte check before a scan: words every guard name, requirement or opening holds.
    private static let triggers = ByteWords(
        AuthGuardName.vocabulary.flatMap { word in
            let stem = String(word.prefix(5))
            return [stem, stem.prefix(1).uppercased() + stem.dropFirst(), stem.uppercased()]
        } + [
            "api_key", "apiKey", "ApiKey", "APIKey", "logged", "Logged", "signed", "Signed", "SignIn", "two_factor",
            "twoFactor", "TwoFactor", "can(", "can:", "Depends", "Security", "nonymous", "ermitAll", "Public",
            "kipAuth",
            "oAuth", "nprotected", "skip_", "AllowAny", "ithoutMiddleware", "IS_PUBLIC",
        ])

    // MARK: Openings

    private static let openingWords = ByteWords([
        "Anonymous", "PermitAll", "Public", "SkipAuth", "NoAuth", "Unauthenticated", "Unprotected", "IS_ANONYMOUS",
        "IS_PUBLIC", "SetMetadata",
    ])
    private static let anonymousAccess = LinePattern(
        #"(\[\s*|@)(AllowAnonymous|PermitAll|Anonymous|Public|IsPublic|PublicRoute|PublicEndpoint|SkipAuth\w*|"#
            + #"NoAuth\w*|Unauthenticated|Unprotected)\b|\.AllowAnonymous\s*\(|SecurityRule\.IS_ANONYMOUS|"#
            + #"SetMetadata\s*\(\s*(IS_PUBLIC_KEY|["'](isPublic|public|skipAuth|noAuth)["'])"#)
    private static let skippedCallback = LinePattern(#"^\s*skip_before_(action|filter)\b"#)
    private static let skippedAuthorization = LinePattern(
        #"^\s*skip_(authorization_check|authorize_resource|load_and_authorize_resource)\b"#)
    private static let allowAny = LinePattern(
        #"^\s*@?permission_classes\s*(=|\()\s*[\[(]?\s*(permissions\.)?AllowAny\b"#)
}

extension String {
    /// The text without surrounding blanks and a final comma: `  'auth',` → `'auth'`.
    fileprivate var trimmingTrailingComma: Substring {
        var text = self[...].drop { $0 == " " || $0 == "\t" }
        while let last = text.last, last == " " || last == "\t" || last == "," { text = text.dropLast() }
        return text
    }
}
