/// One entry of `reviewers` (DESIGN §8).
package struct ReviewerConfig: Sendable, Hashable {
    /// How a reviewer works: offline rules, an OpenAI-compatible model, a webhook, or a scanner that writes SARIF.
    package enum Kind: String, Sendable, Hashable, CaseIterable {
        case `static`
        case openai
        case webhook
        case sarif
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
    /// `openai`, `webhook`, `sarif`: how long one review may take. Default: 60 s.
    package var timeout: Duration
    /// `sarif`: the scanner berth knows how to run; excludes ``command``.
    package var preset: SarifPreset?
    /// `sarif`: a scanner's argv with the placeholders ``placeholders`` lists; excludes ``preset``.
    package var command: [String]?
    /// `sarif`: globs of the files the scanner takes (a glob without `/` matches the file name); required with
    /// ``command``, replaces the preset's own with ``preset``.
    package var files: [String]?
    /// `sarif`: the scanner's rule ids to the severity their findings take, over the preset's mapping.
    package var severity: [String: FindingSeverity]
    /// `sarif`: the exit codes that mean the scan ran; nil keeps the preset's (`[0]` for a command).
    package var exitCodes: Set<Int32>?

    /// Creates a reviewer entry.
    package init(
        kind: Kind, baseURL: String? = nil, model: String? = nil, apiKeyFile: String? = nil, url: String? = nil,
        secretFile: String? = nil, timeout: Duration = defaultTimeout, preset: SarifPreset? = nil,
        command: [String]? = nil, files: [String]? = nil, severity: [String: FindingSeverity] = [:],
        exitCodes: Set<Int32>? = nil
    ) {
        self.kind = kind
        self.baseURL = baseURL
        self.model = model
        self.apiKeyFile = apiKeyFile
        self.url = url
        self.secretFile = secretFile
        self.timeout = timeout
        self.preset = preset
        self.command = command
        self.files = files
        self.severity = severity
        self.exitCodes = exitCodes
    }

    /// The timeout when none is given.
    package static let defaultTimeout = Duration.seconds(60)
    /// The `static` reviewer every config has unless it redefines it.
    package static let builtInStatic = ReviewerConfig(kind: .static, timeout: defaultTimeout)
    /// The reviewers every config has unless it redefines their names: `static`, and each preset by its name
    /// (`bandit: {type: sarif, preset: bandit}`), whether or not the scanner is installed.
    package static let builtIn: [String: ReviewerConfig] = Dictionary(
        uniqueKeysWithValues: [("static", builtInStatic)]
            + SarifPreset.allCases.map { ($0.rawValue, ReviewerConfig(kind: .sarif, preset: $0)) })
    /// The placeholders a `sarif` command may hold: `{files}` (one argument per changed file the globs pick),
    /// `{output}` (where the scanner writes SARIF), `{outdir}` (a directory for it), `{dir}` (the checkout).
    package static let placeholders = ["{files}", "{output}", "{outdir}", "{dir}"]

    /// Whether this is the built-in entry of a preset, under the preset's own name, as the default set takes it.
    package func isPreset(named name: String) -> Bool {
        kind == .sarif && preset?.rawValue == name
    }
}
