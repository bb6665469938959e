/// One entry of `reviewers` (DESIGN §8).
public struct ReviewerConfig: Sendable, Hashable {
    /// How a reviewer works: offline rules, an OpenAI-compatible model, or a webhook.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case `static`
        case openai
        case webhook
    }

    /// The reviewer's `type`.
    public var kind: Kind
    /// `openai`: the OpenAI-compatible API base (`…/v1`).
    public var baseURL: String?
    /// `openai`: the model name.
    public var model: String?
    /// `openai`: a file holding the API key, if the endpoint needs one.
    public var apiKeyFile: String?
    /// `webhook`: where review requests are POSTed.
    public var url: String?
    /// `webhook`: a file holding the key that signs each request (`X-Berth-Signature-256`).
    public var secretFile: String?
    /// `openai`, `webhook`: how long one review may take. Default: 60 s.
    public var timeout: Duration

    /// Creates a reviewer entry.
    public init(
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
    public static let defaultTimeout = Duration.seconds(60)
    /// The `static` reviewer every config has unless it redefines it.
    public static let builtInStatic = ReviewerConfig(kind: .static, timeout: defaultTimeout)
}
