/// A name read as the name of an authentication or authorization guard, by its words: `requireAuth`,
/// `login_required`, `ensureLoggedIn`, `JwtAuthGuard`, `authenticate_user!`, `IsAdminUser`, `checkJwt`, `hasRole`,
/// `passport.authenticate`.
///
/// A name is a guard when it says it authenticates or authorizes (`authenticate`, `authorize`, `auth`, `guard`,
/// `secured`, `protect`), or when it asks (`require`, `ensure`, `only`, `check`, `verify`, `is`, `has`, …) for
/// something only a signed-in or privileged caller has (`login`, `session`, `admin`, `role`, `permission`, `token`, …). The nouns
/// `authentication` and `authorization` need a word that applies them (`UseAuthorization`, `RequireAuthorization`,
/// `AuthenticationMiddleware`): alone they name a header, a scheme or a setting (`req.headers.authorization`,
/// `JwtBearerDefaults.AuthenticationScheme`). A name that speaks of what serves auth rather than what enforces it
/// (`authController`, `authRouter`, `optionalAuth`, `authCallback`, `AddAuthentication`, `config.authAudience`,
/// `AllowAnonymous`), or of another protection (`verifyCsrfToken`), is not; nor is a request check (`validateUser`,
/// `checkUserExists`) or a bare noun (`login`, `admin`, `session`).
struct AuthGuardName {
    /// Where the name stands, which decides how much it must say.
    enum Position {
        /// A middleware argument, a wrapper call, a symbol, a statement of its own: the name must ask for something.
        case argument
        /// A decorator, annotation or attribute (`@Roles('admin')`, `[Authorize]`): a role, permission or scope
        /// named there is already a requirement.
        case annotation
        /// A dependency a route declares (FastAPI's `Depends(get_current_user)`, `Security(…)`, a parameter typed
        /// with an `Annotated` alias of one, `user: CurrentUser`): the current user, a token or an admin are what the
        /// route needs before it runs.
        case dependency
    }

    /// The last component's words, lowercased: `passport.authenticate` → `authenticate`; `JWTAuthGuard` → `jwt`,
    /// `auth`, `guard`.
    let words: [String]
    /// The words of the components before the last (`auth` in `auth.required`).
    private let qualifierWords: [String]

    /// Reads `identifier`, dotted (`a.b`, `a->b`, `A::b`) or not; a trailing `::class` or `.class` is no component.
    init(_ identifier: Substring) {
        var components = identifier.split { $0 == "." || $0 == ">" || $0 == ":" || $0 == "-" || $0 == "$" }
        if components.count > 1, components.last == "class" { components.removeLast() }
        words = components.last.map(Self.words(of:)) ?? []
        qualifierWords = components.dropLast().flatMap(Self.words(of:))
    }

    /// Every word a guard's name may be recognised by: what a line must hold before it is read for guards.
    static let vocabulary = enforcing.union(authNouns).union(privileges).union(dependencyStems).union(annotationStems)
        .union(signedInUser).union(["allowed", "accepted", "granted"])

    /// Whether the name is a guard's at `position`.
    func isGuard(at position: Position) -> Bool {
        guard !words.isEmpty, !words.contains(where: Self.servingWords.contains) else { return false }
        if Self.isGuard(words) { return true }
        switch position {
        case .argument:
            // `auth.required`, `jwt.verify`: a bare requirement qualified by what it requires.
            return words.count == 1 && Self.requirements.contains(words[0])
                && qualifierWords.contains { Self.enforcing.contains($0) || $0 == "jwt" || $0 == "passport" }
        case .annotation:
            return words.contains(where: Self.annotationStems.contains)
        case .dependency:
            return words.contains(where: Self.dependencyStems.contains)
                || words.contains("user") && words.contains(where: Self.signedInUser.contains)
        }
    }

    /// Whether `words` name a guard wherever they stand.
    private static func isGuard(_ words: [String]) -> Bool {
        if words.contains(where: enforcing.contains) { return true }
        if words.contains(where: authNouns.contains) { return words.contains(where: appliers.contains) }
        // A stem is a word or two run together (`logged`, `in` → `loggedin`; `api`, `key` → `apikey`).
        func names(_ stems: Set<String>) -> Bool {
            words.indices.contains { index in
                stems.contains(words[index])
                    || index + 1 < words.count && stems.contains(words[index] + words[index + 1])
            }
        }
        if words.contains(where: requirements.contains) { return names(privileges) }
        if words.contains(where: checks.contains) { return names(checkedCredentials) }
        if words.contains(where: predicates.contains) { return names(heldPrivileges) }
        // `RolesAllowed`, `roles_accepted`, express-jwt's `jwt(…)`/`expressjwt(…)`, koa-jwt.
        if words.contains(where: { $0 == "allowed" || $0 == "accepted" }) {
            return words.contains { $0.hasPrefix("role") || $0.hasPrefix("permission") }
        }
        return words == ["jwt"] || words.last == "jwt" && ["express", "koa"].contains(words.first ?? "")
            || words == ["expressjwt"] || words == ["koajwt"]
    }

    /// Words that say the name enforces authentication or authorization by itself.
    private static let enforcing: Set<String> = [
        "auth", "authn", "authz", "authenticate", "authenticated", "authenticates", "authenticating", "authenticator",
        "authorize", "authorized", "authorizes", "authorizer", "authorise", "authorised", "authoriser", "guard",
        "guards",
        "secured", "protect", "protected", "protects",
    ]
    /// Nouns of authentication that enforce only with a word that applies them.
    private static let authNouns: Set<String> = ["authentication", "authorization", "authorisation"]
    /// Words that apply a noun of authentication: `UseAuthorization`, `RequireAuthorization`,
    /// `AuthenticationMiddleware`.
    private static let appliers = requirements.union(["use", "middleware", "filter", "interceptor", "guard"])

    /// Words that demand what follows: `requireAdmin`, `login_required`, `adminOnly`.
    private static let requirements: Set<String> = [
        "require", "requires", "required", "ensure", "ensures", "must", "need", "needs", "needed", "enforce",
        "enforces", "only", "restrict", "restricts", "restricted",
    ]
    /// What a requirement may ask for.
    private static let privileges: Set<String> = [
        "login", "loggedin", "signedin", "signin", "session", "user", "account", "member", "admin", "admins",
        "administrator", "staff", "superuser", "role", "roles", "permission", "permissions", "perm", "perms", "scope",
        "scopes", "jwt", "token", "owner", "ownership", "privilege", "privileges", "access", "acl", "apikey", "bearer",
        "principal", "claim", "claims", "ability", "abilities", "entitlement", "mfa", "otp", "twofactor",
    ]
    /// Words that test what follows: `checkJwt`, `verifyToken`.
    private static let checks: Set<String> = [
        "check", "checks", "verify", "verifies", "validate", "validates", "assert",
    ]
    /// What a check may test and still be a guard (not a user or an account: `validateUser` checks a request body).
    private static let checkedCredentials = privileges.subtracting(["user", "account", "member"])
    /// Words that ask whether the caller holds something: `isAdmin`, `hasRole`, `canAccess`, `user_passes_test`.
    private static let predicates: Set<String> = ["is", "has", "can", "passes"]
    /// What a predicate may ask about and be a guard.
    private static let heldPrivileges: Set<String> = [
        "loggedin", "signedin", "admin", "staff", "superuser", "owner", "role", "roles", "permission", "permissions",
        "perm", "scope", "scopes", "access", "privilege", "ability", "granted", "test",
    ]
    /// Stems an annotation needs no requirement word for: `@Roles('admin')`, `@Scopes(…)`.
    private static let annotationStems: Set<String> = ["role", "roles", "permission", "permissions", "scope", "scopes"]
    /// Stems a route's dependency needs no requirement word for: `Depends(oauth2_scheme)`, `Depends(get_admin)`.
    private static let dependencyStems: Set<String> = [
        "oauth2", "token", "jwt", "admin", "superuser", "staff", "permission", "permissions", "role", "roles", "scope",
        "scopes", "apikey", "bearer", "principal", "credentials",
    ]
    /// What makes a dependency's `user` the signed-in one: `get_current_active_user`.
    private static let signedInUser: Set<String> = [
        "current", "active", "authenticated", "logged", "verified", "signed",
    ]
    /// Words of names that serve auth, or another protection, rather than enforce it.
    private static let servingWords: Set<String> = [
        "optional", "optionally", "maybe", "soft", "try", "lax", "router", "routes", "controller",
        "controllers", "service", "services", "config", "configuration", "settings", "options", "opts", "provider",
        "providers", "client", "callback", "url", "uri", "header", "headers", "state", "store", "context", "error",
        "errors", "exception", "page", "pages", "view", "views", "form", "module", "util", "utils", "helper", "helpers",
        "schema", "model", "strategy", "logout", "redirect", "info", "data", "result", "response", "status", "type",
        "mode", "code", "flow", "server", "link", "tests", "mock", "fake", "stub", "disabled", "disable", "skip",
        "without", "anonymous", "guest", "public", "csrf", "xsrf", "log", "logger", "audit", "event", "message", "dto",
        "entity", "request", "props", "component", "cache", "name", "email", "field", "path", "add", "configure",
        "setup", "register", "registration", "init", "audience", "issuer", "domain", "realm", "secret", "secrets",
        "scheme", "schemes", "defaults", "challenge", "disposition",
    ]

    /// `requireAuth` → `require`, `auth`; `JWTAuthGuard` → `jwt`, `auth`, `guard`; `authenticate_user!` →
    /// `authenticate`, `user`; `oauth2_scheme` → `oauth2`, `scheme`.
    static func words(of identifier: Substring) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        let bytes = Array(identifier.utf8)
        func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
        func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
        for (offset, byte) in bytes.enumerated() {
            guard isUpper(byte) || isLower(byte) || byte >= 48 && byte <= 57 else {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current = []
                continue
            }
            let previous = offset > 0 ? bytes[offset - 1] : 0
            let next = offset + 1 < bytes.count ? bytes[offset + 1] : 0
            if isUpper(byte), isLower(previous) || isUpper(previous) && isLower(next), !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current = []
            }
            current.append(isUpper(byte) ? byte + 32 : byte)
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }
}
