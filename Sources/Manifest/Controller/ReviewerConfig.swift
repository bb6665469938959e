/// One entry of `reviewers` (DESIGN §8).
package struct ReviewerConfig: Sendable, Hashable {
    /// How a reviewer works: offline rules, an OpenAI-compatible model, or a webhook.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        case `static`
        case openai
        case webhook
    }

    /// The reviewer's `type`.
    package var kind: Kind
    /// `openai`: the OpenAI-compatible API base (`…/v1`).
    package var baseURL: String?
    /// `openai`: the model name.
    package var model: String?
    /// `openai`: a file holding the API key, if the endpoint needs one.
    package var apiKeyFile: String?
    /// `webhook`: where review requests are POSTed.
    package var url: String?
    /// `webhook`: a file holding the key that signs each request (`X-Berth-Signature-256`).
    package var secretFile: String?
    /// `openai`, `webhook`: how long one review may take. Default: 60 s.
    package var timeout: Duration

    /// Creates a reviewer entry.
    package init(
        kind: Kind, baseURL: String? = nil, model: String? = nil, apiKeyFile: String? = nil, url: String? = nil,
        secretFile: String? = nil, timeout: Duration = defaultTimeout
    ) {
        self.kind = kind
        self.baseURL = baseURL
        self.model = model
        self.apiKeyFile = apiKeyFile
        self.url = url
        self.secretFile = secretFile
        self.timeout = timeout
    }

    /// The timeout when none is given.
    package static let defaultTimeout = Duration.seconds(60)
    /// The `static` reviewer every config has unless it redefines it.
    package static let builtInStatic = ReviewerConfig(kind: .static, timeout: defaultTimeout)
}
