import Manifest

/// Provider token shapes: a key in git is a key every clone, fork and image layer holds. They keep their severity in
/// test code (a live token there is as leaked as anywhere) unless the value says it is a placeholder; JWTs in test
/// code are lowered to `low`. Secrets known by their name rather than their shape are ``SecretAssignments``; private
/// key blocks are ``PrivateKeyBlocks``.
enum SecretRules {
    static let all: [StaticRule] = [
        awsAccessKey, gcpAPIKey, gcpServiceAccount, azureStorageKey, githubToken, gitlabToken, slackToken,
        slackWebhook, stripeKey, twilioKey, sendgridKey, npmToken, openAIKey, anthropicKey, mailgunKey, shopifyToken,
        pypiToken, vaultToken, digitalOceanToken, jwt,
    ]

    /// The ids of ``all``.
    static let ids = Set(all.map(\.id))

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

    /// A GitLab personal, project, group, deploy or runner token (`glpat-…`, `gldt-…`, `glrt-…`, `glptt-…`).
    static let gitlabToken = providerToken(
        "secret.gitlab-token", "a GitLab access token",
        pattern: .init(#"\bgl(pat|dt|rt|ptt|cbt|oas)-[A-Za-z0-9_\-]{20,}"#, "glpat-", "gldt-", "glrt-", "glptt-", "glcbt-",
            "gloas-"))

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
    /// mode keys (`sk_test_`) move no money and are reported as `low`, as are placeholders (`sk_live_xxxx…`).
    static let stripeKey = StaticRule(
        id: "secret.stripe-key", severity: .critical, kinds: nil,
        message: "a Stripe secret key is committed; roll it in the dashboard and read it from the environment",
        patterns: [.init(#"\b[sr]k_(live|test)_[0-9A-Za-z]{24,}\b"#, "sk_live_", "rk_live_", "sk_test_")],
        accept: { content, _ in
            let lowered = content.contains("_test_") || SecretValue.isPlaceholder(content.dropFirst(8))
            return StaticRule.Match(content: content, severity: lowered ? .low : nil)
        }
    )

    /// A Twilio API key (`SK` and 32 hex digits): calls, messages and account data.
    static let twilioKey = providerToken(
        "secret.twilio-key", "a Twilio API key", pattern: .init(#"\bSK[0-9a-fA-F]{32}\b"#, "sk"))

    /// A SendGrid API key (`SG.<22>.<43>`): mail sent as the account.
    static let sendgridKey = providerToken(
        "secret.sendgrid-key", "a SendGrid API key",
        pattern: .init(#"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}\b"#, "sg."))

    /// An npm access token (`npm_…`): publishes packages as its owner.
    static let npmToken = providerToken(
        "secret.npm-token", "an npm access token", pattern: .init(#"\bnpm_[A-Za-z0-9]{36}\b"#, "npm_"))

    /// An OpenAI API key (`sk-…`, `sk-proj-…`): billable model access.
    static let openAIKey = providerToken(
        "secret.openai-key", "an OpenAI API key",
        pattern: .init(#"\bsk-(proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{32,}\b"#, "sk-"))

    /// An Anthropic API key (`sk-ant-…`).
    static let anthropicKey = providerToken(
        "secret.anthropic-key", "an Anthropic API key", pattern: .init(#"\bsk-ant-[A-Za-z0-9_\-]{32,}"#, "sk-ant-"))

    /// A Mailgun API key (`key-` and 32 hex digits).
    static let mailgunKey = providerToken(
        "secret.mailgun-key", "a Mailgun API key", pattern: .init(#"\bkey-[0-9a-f]{32}\b"#, "key-"))

    /// A Shopify access token (`shpat_`, `shpss_`, `shpca_`, `shppa_`).
    static let shopifyToken = providerToken(
        "secret.shopify-token", "a Shopify access token",
        pattern: .init(#"\bshp(at|ss|ca|pa)_[0-9a-fA-F]{32}\b"#, "shpat_", "shpss_", "shpca_", "shppa_"))

    /// A PyPI upload token (`pypi-AgEIcHlwaS5vcmc…`).
    static let pypiToken = providerToken(
        "secret.pypi-token", "a PyPI token", pattern: .init(#"\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}"#, "pypi-"))

    /// A HashiCorp Vault service or batch token (`hvs.…`, `hvb.…`).
    static let vaultToken = providerToken(
        "secret.vault-token", "a Vault token", pattern: .init(#"\bhv[sb]\.[A-Za-z0-9_\-]{24,}"#, "hvs.", "hvb."))

    /// A DigitalOcean token (`dop_v1_`, `doo_v1_`, `dor_v1_` and 64 hex digits).
    static let digitalOceanToken = providerToken(
        "secret.digitalocean-token", "a DigitalOcean token",
        pattern: .init(#"\bdo[por]_v1_[a-f0-9]{64}\b"#, "dop_v1_", "doo_v1_", "dor_v1_"))

    /// A JSON Web Token (three base64url parts, the first two JSON objects): a bearer credential until it expires,
    /// and often it never does.
    static let jwt = StaticRule(
        id: "secret.jwt", severity: .high, kinds: nil,
        message: "a JSON Web Token is committed; it grants access until it expires — revoke it and load it at run time",
        patterns: [.init(#"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}"#, "eyj")],
        accept: { content, file in
            StaticRule.Match(content: content, severity: file.isTest || SecretValue.isPlaceholder(content) ? .low : nil)
        }
    )

    /// A provider's token shape: critical wherever it is (a live token in test code is as leaked as anywhere); `low`
    /// when the value is marked as a placeholder (`…EXAMPLE`, `xxxx`, `<…>`).
    private static func providerToken(
        _ id: String, _ what: String, pattern: StaticRule.Pattern, severity: FindingSeverity = .critical
    ) -> StaticRule {
        StaticRule(
            id: id, severity: severity, kinds: nil,
            message: "\(what) is committed; revoke it, and give it to the app through the environment or a secret file",
            patterns: [pattern],
            accept: { content, _ in
                StaticRule.Match(content: content, severity: SecretValue.isPlaceholder(content) ? .low : nil)
            }
        )
    }
}
