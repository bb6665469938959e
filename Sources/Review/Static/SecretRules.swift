import Manifest

/// Rules for credentials written into the source: a key in git is a key every clone, fork and image layer holds.
/// Provider token shapes keep their severity in test code (a live token there is as leaked as anywhere) unless
/// the value says it is an example; generic assignments, JWTs and private keys in test code are lowered to `low`.
enum SecretRules {
    static let all: [StaticRule] = [
        privateKey, awsAccessKey, gcpAPIKey, gcpServiceAccount, azureStorageKey, githubToken, gitlabToken, slackToken,
        slackWebhook, stripeKey, jwt, genericAssignment,
    ]

    /// A PEM private key block. Whoever reads the repository can impersonate the key's owner (TLS server, SSH
    /// host or user, signing key); test fixtures are lowered, since test TLS keys are common and harmless.
    static let privateKey = StaticRule(
        id: "secret.private-key", severity: .critical, kinds: nil,
        message: "a private key is committed; remove it, rotate it, and mount it as a secret at run time",
        patterns: [
            .init(#"-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----"#, "private key-----")
        ],
        accept: { content, file in StaticRule.Match(content: content, severity: file.isTest ? .low : nil) }
    )

    /// An AWS access key id (`AKIA…` long-term, `ASIA…` session). AWS's documented example key ends in `EXAMPLE`
    /// and is allowed.
    static let awsAccessKey = providerToken(
        "secret.aws-access-key", "an AWS access key id", pattern: .init(#"\b(AKIA|ASIA)[0-9A-Z]{16}\b"#, "akia", "asia")
    )

    /// A Google API key (`AIza…`): billable API access for whoever finds it.
    static let gcpAPIKey = providerToken(
        "secret.gcp-api-key", "a Google API key", pattern: .init(#"\bAIza[0-9A-Za-z_\-]{35}\b"#, "aiza"))

    /// A Google service account key file (`"private_key_id"` next to a service account): full access as that
    /// account until the key is deleted.
    static let gcpServiceAccount = providerToken(
        "secret.gcp-service-account", "a Google service account key",
        pattern: .init(#""private_key_id"\s*:\s*"([0-9a-f]{40})""#, "private_key_id"))

    /// An Azure storage account key in a connection string (`AccountKey=…`, base64): full control of
    /// the storage account.
    static let azureStorageKey = providerToken(
        "secret.azure-storage-key", "an Azure storage account key",
        pattern: .init(#"AccountKey=[A-Za-z0-9+/]{40,}={0,2}"#, "accountkey="))

    /// A GitHub token (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, or a fine-grained `github_pat_`): repository and
    /// organisation access as its owner.
    static let githubToken = providerToken(
        "secret.github-token", "a GitHub token",
        pattern: .init(
            #"\b(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,})\b"#, "ghp_", "gho_", "ghu_", "ghs_", "ghr_",
            "github_pat_"))

    /// A GitLab personal, project or group access token (`glpat-…`).
    static let gitlabToken = providerToken(
        "secret.gitlab-token", "a GitLab access token", pattern: .init(#"\bglpat-[A-Za-z0-9_\-]{20,}"#, "glpat-"))

    /// A Slack bot, user or app token (`xoxb-`, `xoxp-`, `xoxa-`, `xoxr-`, `xoxs-`): reads and posts as the app.
    static let slackToken = providerToken(
        "secret.slack-token", "a Slack token",
        pattern: .init(#"\bxox[baprs]-[0-9A-Za-z]{8,}-[0-9A-Za-z\-]{8,}"#, "xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-"))

    /// A Slack incoming webhook URL: anyone holding it can post into the channel.
    static let slackWebhook = providerToken(
        "secret.slack-webhook", "a Slack incoming webhook URL",
        pattern: .init(
            #"hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,}"#, "hooks.slack.com/services/"),
        severity: .high)

    /// A Stripe live secret or restricted key (`sk_live_`, `rk_live_`): charges and refunds on the account. Test
    /// mode keys (`sk_test_`) move no money and are reported as `low`.
    static let stripeKey = StaticRule(
        id: "secret.stripe-key", severity: .critical, kinds: nil,
        message: "a Stripe secret key is committed; roll it in the dashboard and read it from the environment",
        patterns: [.init(#"\b[sr]k_(live|test)_[0-9A-Za-z]{24,}\b"#, "sk_live_", "rk_live_", "sk_test_")],
        accept: { content, _ in
            StaticRule.Match(content: content, severity: content.contains("_test_") ? .low : nil)
        }
    )

    /// A JSON Web Token (three base64url parts, the first two JSON objects): a bearer credential until it expires,
    /// and often it never does.
    static let jwt = StaticRule(
        id: "secret.jwt", severity: .high, kinds: nil,
        message: "a JSON Web Token is committed; it grants access until it expires — revoke it and load it at run time",
        patterns: [.init(#"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}"#, "eyj")],
        accept: { content, file in StaticRule.Match(content: content, severity: file.isTest ? .low : nil) }
    )

    /// A literal assigned to a name that says password, secret, token or key (`DB_PASSWORD = "…"`,
    /// `apiKey: '…'`), when the literal looks generated or typed: at least 8 characters mixing classes with some
    /// entropy, and not a placeholder (`changeme`, `<your-token>`, `${VAR}`, `example`, `xxxx`).
    static let genericAssignment = StaticRule(
        id: "secret.generic-assignment", severity: .high, kinds: nil,
        message: "a literal credential is assigned in the source; read it from the environment or a secret file",
        patterns: [
            .init(
                #"(?i)(password|passwd|pwd|secret|secret[_\-]?key|token|api[_\-]?key|access[_\-]?key|private[_\-]?key|credentials?)["']?\s*(:=|=>|=|:)\s*[rbuf]?["']([^"'\s]{8,200})["']"#,
                "password", "passwd", "pwd", "secret", "token", "api_key", "apikey", "api-key", "access_key",
                "accesskey", "access-key", "private_key", "privatekey", "private-key", "credential")
        ],
        capture: 3,
        accept: { value, file in
            guard SecretValue.looksSecret(value) else { return nil }
            return StaticRule.Match(content: value, severity: file.isTest ? .low : nil)
        }
    )

    /// A provider's token shape: critical wherever it is, unless the value is marked as an example.
    private static func providerToken(
        _ id: String, _ what: String, pattern: StaticRule.Pattern, severity: FindingSeverity = .critical
    ) -> StaticRule {
        StaticRule(
            id: id, severity: severity, kinds: nil,
            message: "\(what) is committed; revoke it, and give it to the app through the environment or a secret file",
            patterns: [pattern],
            accept: { content, _ in SecretValue.isPlaceholder(content) ? nil : StaticRule.Match(content: content) }
        )
    }
}
