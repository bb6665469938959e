import Foundation

/// Judges a literal that sits where a secret would: a reference to a secret kept elsewhere is no finding, a
/// placeholder is a `low` one, and only a value that looks typed or generated is a secret.
enum SecretValue {
    /// What a literal in a secret's place is.
    enum Verdict: Equatable {
        /// Not a value at all: a variable, template or file reference, a URL, prose, a name, a number.
        case notASecret
        /// Shaped like a secret but marked as not being one (`changeme`, `<your-token>`, `xxxx…`).
        case placeholder
        /// Looks typed or generated.
        case secret
    }

    /// The verdict on `value` under a key that names a secret. `strict` (a weak key name such as `license_key`)
    /// asks for a longer, more random value.
    static func judge(_ value: Substring, strict: Bool = false) -> Verdict {
        let value = value.trimmingCharacters(in: .whitespaces)[...]
        guard !value.isEmpty, !isReference(value), !shapePattern.matches(value) else { return .notASecret }
        if isPlaceholder(value) { return .placeholder }
        guard !isPlainWords(value), !isKeyName(value), !value.contains(" "), !isNumberOrKeyword(value) else {
            return .notASecret
        }
        let (minimumLength, minimumEntropy) = strict ? (16, 3.3) : (8, 2.8)
        guard value.count >= minimumLength, characterClasses(value) >= 2 || value.count >= 20,
            entropy(value) >= minimumEntropy
        else { return .notASecret }
        return .secret
    }

    /// A regular expression describing a secret's shape (`^([0-9]{17,20})/([A-Za-z0-9_-]{60,80})$`,
    /// `ghp_[A-Za-z0-9]{36}`): a character class or escape with a quantifier, or text anchored at both ends.
    private static let shapePattern = LinePattern(#"\[[^\]]{2,}\][{*+?]|\\[dwsDWS][{*+?]|^\^.+\$$"#)

    /// Words that mark a value as a placeholder or a test value, not a credential.
    private static let placeholderWords = [
        "example", "changeme", "change_me", "change-me", "changeit", "placeholder", "dummy", "fake", "sample", "your",
        "xxxx", "redacted", "replace", "insert", "todo", "notreal", "not-real", "not_real", "mock", "secret_here",
        "password_here", "token_here", "key_here", "foobar", "lorem", "contents of", "put-", "fill", "0000",
        // An instruction in place of the value: `generate-with-openssl-rand-base64-32`, `set-me-locally`.
        "generate-", "generate_", "openssl", "set-me", "set_me", "setme",
    ]

    /// True when `value` is marked as not being a real secret: a placeholder word, angle brackets, masked text, or
    /// long runs of one character (`xxxxxxxx`, `00000000`).
    static func isPlaceholder(_ value: some StringProtocol) -> Bool {
        let lower = value.lowercased()
        if placeholderWords.contains(where: { lower.contains($0) }) { return true }
        if lower.contains("<") && lower.contains(">") || lower.contains("***") || lower.contains("•") { return true }
        if lower.contains("...") || lower.contains("…") { return true }
        if lower.hasSuffix("test") || lower.hasPrefix("test") { return true }
        return Set(lower).count <= 3 || longestRun(lower) >= 6
    }

    /// True for a reference to a value kept elsewhere: `${VAR}`, `$VAR`, `{{ … }}`, `%(name)s`, `#{…}`, `<%= … %>`,
    /// an environment or secrets lookup, a file path (also after a name: systemd's `name:/etc/credstore/name`), a URL
    /// without credentials or a build secret's source (``buildSecretSource``); or a value encrypted for a key kept
    /// elsewhere (SOPS's `ENC[AES256_GCM,…]`, Jasypt's `ENC(…)`, Ansible Vault's `$ANSIBLE_VAULT;…`).
    static func isReference(_ value: some StringProtocol) -> Bool {
        let lower = value.lowercased()
        if [
            "${", "{{", "%(", "$(", "#{", "<%", "process.env", "environ", "getenv", "env[", "secrets.", "vault:",
            "!ref", "secretsmanager", "keyvault", "ssm:", "file:", "env:", "{env", "@microsoft", "enc[aes256_gcm",
            "!vault", "$ansible_vault;",
        ].contains(where: { lower.contains($0) }) {
            return true
        }
        if lower.hasPrefix("$") || lower.hasPrefix("%") && lower.hasSuffix("%") || lower.hasPrefix("enc(")
            || interpolation.matches(value)
        {
            return true
        }
        if lower.hasPrefix("/") || lower.hasPrefix("./") || lower.hasPrefix("~/") || lower.hasPrefix("../")
            || namedFilePath.matches(lower) || lower.contains("=") && isBuildSecretSource(lower)
        {
            return true
        }
        return lower.contains("://") && !lower.contains("@")
    }

    /// A name interpolated into the value (`f"render:{name}:{digest}"`, `$"{prefix}-{id}"`, Swift's `"\(id)"`): the
    /// value is built where it is used, not a literal.
    private static let interpolation = LinePattern(#"\{[A-Za-z_][\w.]*(?:\(\))?\}|\\\([A-Za-z_]"#)

    /// A name, then a colon and an absolute path in the system's usual places (systemd's `LoadCredential=id:/path`).
    private static let namedFilePath = LinePattern(#"^[\w.-]+:/(etc|run|var|opt|srv|home|usr)/"#)

    /// Whether `value` is a build secret's source (``buildSecretSource``), also as prose quotes it: in backticks or
    /// before a comma or a full stop (`` `--secret id=github_token,env=GITHUB_TOKEN`, ``).
    private static func isBuildSecretSource(_ value: String) -> Bool {
        let quoted = value.reversed().drop { "`'\",.;:)".contains($0) }
        return buildSecretSource.matches(String(quoted.reversed()))
    }

    /// Where a build secret comes from, as BuildKit's and Podman's `--secret` and `--mount=type=secret` take it:
    /// `id=npmrc,src=$HOME/.npmrc`, `id=npm_token,env=NPM_TOKEN`, `id=npmrc` (options only, each `key=value` with a
    /// key of theirs). It names the file or variable that holds the secret, never the secret.
    private static let buildSecretSource = LinePattern(
        #"^(?:id|src|source|env|type|target|dst|destination|required|mode|uid|gid)=[^,\s]*"#
            + #"(?:,(?:id|src|source|env|type|target|dst|destination|required|mode|uid|gid)=[^,\s]*)*$"#)

    /// The name of a key rather than its value, as an ExternalSecret's `secretKey:` and `remoteRef.key:`, a
    /// `secretKeyRef.key:` or a Vault path give it: an upper-snake identifier of at least two words, each letters
    /// with digits only at the end (`DATABASE_PASSWORD_V2`, `STRIPE_SECRET_KEY`), or a `/` path of lowercase words
    /// (`prod/payments-api/database`, `secret/data/ci/deploy`, `projects/acme/secrets/db-password/versions/3`), perhaps
    /// naming a property of the secret after `#` (`prod/billing/db#password`, as External Secrets mappings do). A
    /// generated credential mixes case, or puts digits among its letters (`JBSWY3DPEHPK3PXP`,
    /// `wJalrXUtnFEMI/K7MDENG`); a typed password has no `/` (`summer_2024`, `ADMIN_2024` are still judged).
    private static let keyName: LinePattern = {
        let upperWord = "(?:[A-Z]{2,}[0-9]*|[A-Z][0-9]+)"
        let lowerWord = "(?:[a-z]+[0-9]*|[0-9]+)"
        let segment = "\(lowerWord)(?:[-_.]\(lowerWord))*"
        return LinePattern("^\(upperWord)(?:_\(upperWord))+$|^\(segment)(?:/\(segment))+(?:#\(segment))?$")
    }()

    /// Whether `value` names a key (``keyName``).
    private static func isKeyName(_ value: Substring) -> Bool {
        (value.contains("_") || value.contains("/")) && keyName.matches(value)
    }

    /// `X-CSRF-Token`, `prod-db-credentials`, `session_token`, `Authorization`: letters only, in words.
    private static func isPlainWords(_ value: Substring) -> Bool {
        value.allSatisfy { $0.isLetter || $0 == "-" || $0 == "_" || $0 == "." || $0 == " " || $0 == ":" }
    }

    private static func isNumberOrKeyword(_ value: Substring) -> Bool {
        ["true", "false", "null", "none", "nil", "yes", "no", "on", "off", "undefined"].contains(value.lowercased())
            || value.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }
    }

    private static func longestRun(_ text: String) -> Int {
        var longest = 0
        var run = 0
        var previous: Character?
        for character in text {
            run = character == previous ? run + 1 : 1
            longest = max(longest, run)
            previous = character
        }
        return longest
    }

    /// Shannon entropy in bits per character.
    static func entropy(_ value: some StringProtocol) -> Double {
        var counts: [Character: Int] = [:]
        for character in value { counts[character, default: 0] += 1 }
        let total = Double(value.count)
        return counts.values.reduce(0) { sum, count in
            let p = Double(count) / total
            return sum - p * log2(p)
        }
    }

    /// How many of lowercase, uppercase, digits and symbols `value` mixes.
    static func characterClasses(_ value: some StringProtocol) -> Int {
        var classes = Set<Int>()
        for character in value {
            if character.isLowercase {
                classes.insert(0)
            } else if character.isUppercase {
                classes.insert(1)
            } else if character.isNumber {
                classes.insert(2)
            } else {
                classes.insert(3)
            }
        }
        return classes.count
    }
}
