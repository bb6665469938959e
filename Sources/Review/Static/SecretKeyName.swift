/// Judges the name a value is given (`DB_PASSWORD`, `spring.datasource.password`, `clientSecret`, `_authToken`,
/// `jwt.signing-key`): whether it says the value is a secret. Names are split into lowercase words at `_`, `-`, `.`,
/// and case changes, and read from the last word back.
enum SecretKeyName {
    /// How strongly a name says "secret".
    enum Strength: Equatable {
        /// Not a secret's name, or the name of something about a secret (`password_min_length`, `token_url`).
        case none
        /// A key of some kind (`license_key`, `key`): only a long, random value counts.
        case weak
        /// A password, token, secret or credential.
        case strong
    }

    /// The strength of `name`.
    static func strength(of name: some StringProtocol) -> Strength {
        let words = self.words(name)
        guard let last = words.last, !aboutASecret.contains(last) else { return .none }
        if words.contains(where: { notSecretQualifiers.contains($0) }) { return .none }
        let joined = words.joined()
        if words.contains(where: { strongWords.contains($0) || isRunTogetherSecret($0) })
            || strongCompounds.contains(where: joined.contains)
        {
            return .strong
        }
        if last == "key" || last == "keys" || joined.hasSuffix("key") && words.count == 1 {
            return .weak
        }
        return .none
    }

    /// A word run together with the secret word it ends in (`pgpassword`, `redispasswd`, `webhooksecret`,
    /// `deploytoken`), as environment variables are often written; not when the prefix makes it public or structural
    /// (`csrftoken`, `pagetoken`).
    private static func isRunTogetherSecret(_ word: String) -> Bool {
        guard let suffix = runTogetherSuffixes.first(where: { word.count > $0.count && word.hasSuffix($0) }) else {
            return false
        }
        return !notSecretQualifiers.contains(String(word.dropLast(suffix.count)))
    }

    /// Secret words that keep their meaning at the end of a run-together name.
    private static let runTogetherSuffixes = ["password", "passwd", "passphrase", "secret", "token"]

    /// `clientSecret_v2` → `client`, `secret`, `v2`.
    static func words(_ name: some StringProtocol) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in name {
            if character.isLetter || character.isNumber {
                if character.isUppercase, previousWasLower, !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.append(contentsOf: character.lowercased())
                previousWasLower = character.isLowercase || character.isNumber
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousWasLower = false
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Words that alone say the value is a secret.
    private static let strongWords: Set<String> = [
        "secret", "secrets", "password", "passwd", "passwort", "pwd", "pass", "passphrase", "token", "tokens",
        "credential", "credentials", "creds", "auth", "apikey", "privatekey", "secretkey", "accesskey", "authtoken",
        "signingkey", "encryptionkey", "masterkey", "hmac", "bearer", "otp", "totp", "dsn",
    ]
    /// Run-together words (`apikey`, `signingkey` after joining `signing` and `key`).
    private static let strongCompounds = [
        "apikey", "privatekey", "secretkey", "accesskey", "signingkey", "encryptionkey", "masterkey", "clientsecret",
        "authkey", "hmackey", "sessionkey", "cookiekey", "jwtkey", "appkey", "cryptkey", "cipherkey", "aeskey",
        "webhookkey", "licensekey", "storagekey", "accountkey", "servicekey", "decryptionkey", "sshkey", "deploykey",
    ]
    /// Last words of names that are about a secret, not the secret: its length, file, URL, header, type, …
    private static let aboutASecret: Set<String> = [
        "id", "ids", "file", "files", "path", "paths", "dir", "url", "uri", "endpoint", "name", "names", "type",
        "length", "len", "min", "max", "expiry", "expires", "expiration", "ttl", "timeout", "header", "headers",
        "field", "fields", "param", "params", "env", "var", "prefix", "suffix", "hash", "hashed", "digest", "regex",
        "pattern", "policy", "label", "placeholder", "hint", "prompt", "mode", "format", "count", "size", "version",
        "enabled", "required", "ref", "location", "provider", "store", "manager", "service", "class", "reset",
        "rotation", "algorithm", "alg", "strength", "validator", "validation", "input", "form", "column", "table",
        "lifetime", "age", "at", "cache", "source", "kind", "usage", "scope", "scopes", "audience", "issuer", "query",
        "method", "flow", "grant", "response", "request", "error", "message", "text", "title", "description", "help",
        "link", "route", "handler", "filter", "generator", "length", "chars", "characters", "rules", "type", "ref",
        // Identifiers and properties of a key kept elsewhere (a KMS key's ARN or spec), and lifetimes.
        "spec", "arn", "alias", "kid", "fingerprint", "thumbprint", "bits", "seconds", "minutes", "hours", "days", "ms",
        "duration", "interval",
    ]
    /// Words that make a key name something public or structural (`public_key`, `cache_key`, `primary_key`).
    private static let notSecretQualifiers: Set<String> = [
        "public", "publishable", "pub", "cache", "primary", "foreign", "sort", "partition", "routing", "lookup",
        "idempotency", "object", "map", "dict", "i18n", "translation", "column", "unique", "index", "csrf", "xsrf",
        "next", "page", "pagination", "continuation", "cursor", "sitekey", "recaptcha", "event", "step", "max", "min",
    ]
}
