/// Endpoints anyone may reach, by the words that name them in a route, a handler or a file: what ``RemovedAuthGuard``
/// lets lose a guard.
///
/// Health, liveness and readiness probes (`/healthz`, `HealthController`, `EndpointRequest.to(HealthEndpoint…)`),
/// metrics, static assets (`/static/`, `favicon.ico`, `robots.txt`), login, logout, sign-up and password reset
/// (`def login(request)`, `SessionsController`, `/forgot-password`), public marketing pages (`/pricing`, `/blog`), and
/// `.well-known` files. A word counts where it stands as a word of a path or a name: `/login` and `handleLogin` are
/// login endpoints; `shipping` holds no `ping`, and `login_required` is stripped before this is asked.
enum PublicEndpoint {
    /// Whether `text` names a public endpoint.
    static func isNamed(in text: some StringProtocol) -> Bool {
        words.occur(in: text) && name.matches(text)
    }

    /// Whether `text` names a webhook, which is public when its sender's signature is checked.
    static func isWebhook(in text: some StringProtocol) -> Bool {
        webhookWords.occur(in: text)
    }

    /// Whether a line checks a signature: an HMAC, a constant-time comparison, Stripe's `constructEvent` (Ruby's
    /// `construct_event`), a
    /// `verify…Signature` call.
    static func checksSignature(_ text: some StringProtocol) -> Bool {
        signatureWords.occur(in: text) && signature.matches(text)
    }

    private static let names = [
        "health", "healthz", "healthcheck", "livez", "readyz", "liveness", "readiness", "ping", "metrics", "prometheus",
        "login", "logout", "signin", "signup", "sign_in", "sign_up", "sign-in", "sign-up", "registration",
        "registrations", "sessions", "forgot", "password_reset", "reset_password", "password-reset", "reset-password",
        "passwords", "favicon", "robots", "sitemap", "assets", "pricing", "blog", "landing", "marketing", "well-known",
    ]
    /// Each name in lower case after no letter (`/login`, `_health`), or capitalised after anything (`handleLogin`,
    /// `HealthController`), and followed by no lower-case letter; `/static` and `/public` only as paths.
    private static let name = LinePattern(
        "(?<![A-Za-z])(?:" + names.joined(separator: "|") + ")(?![a-z])|(?:"
            + names.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "|")
            + #")(?![a-z])|["'/](static|public)(?![a-z])"#)
    private static let words = ByteWords(
        names.flatMap { [String($0.prefix(4)), $0.prefix(1).uppercased() + $0.dropFirst().prefix(3)] }
            + ["static", "public"])

    private static let webhookWords = ByteWords(["webhook", "Webhook", "WebHook", "WEBHOOK", "web_hook"])
    private static let signatureWords = ByteWords([
        "hmac", "HMAC", "Hmac", "compare_digest", "imingSafeEqual", "hash_equals", "constructEvent", "ConstructEvent",
        "construct_event", "ignature",
    ])
    private static let signature = LinePattern(
        #"(?i)\bhmac|compare_digest|timingsafeequal|hash_equals|construct_?event|verify\w*signature|signature\w*verif"#)
}
