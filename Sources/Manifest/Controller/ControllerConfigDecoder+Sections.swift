import Yams

extension ControllerConfigDecoder {
    static let credentialFields = FieldSet("username", "tokenFile", "sshKeyFile", "knownHostsFile")
    static let registryFields = FieldSet("username", "passwordFile")
    static let forgeFields = FieldSet("provider", "baseURL", "repo", "tokenFile", "appTokenFile")
    static let reviewerFields = FieldSet(
        "type", "baseURL", "model", "apiKeyFile", "url", "secretFile", "timeout", "preset", "command", "files",
        "severity", "exitCodes")
    static let policyFields = FieldSet(
        "allowPrivileged", "allowHostNetwork", "allowHostPaths", "allowCapabilities", "allowDevices", "allowRepos")

    /// The entries of a map keyed by names the file chooses (`credentials`, `registries`, `reviewers`): each key
    /// checked by `keyProblem` (a message reported at the key, or nil), each value read by `decode` at its path;
    /// entries `decode` refuses are left out.
    func namedEntries<Value>(
        _ node: Node, _ section: String, keyProblem: (String) -> String?, decode: (Node, String) -> Value?
    ) -> [String: Value] {
        guard let entries = reader.entries(node, section) else { return [:] }
        var result: [String: Value] = [:]
        for entry in entries {
            let path = Shown.path(section, entry.key)
            if let problem = keyProblem(entry.key) { sink.report(entry.keyNode, path, problem) }
            if let value = decode(entry.value, path) { result[entry.key] = value }
        }
        return result
    }

    /// A message when `key` is not a DNS label naming a `what`.
    private static func nameProblem(_ key: String, what: String) -> String? {
        Names.isDNSLabel(key) ? nil : "\(Shown.quoted(key)) is not a \(what) name (1-63 of a-z, 0-9 and '-')"
    }

    func decodeCredentials(_ node: Node) -> [String: CredentialConfig] {
        namedEntries(
            node, "credentials", keyProblem: { Self.nameProblem($0, what: "credentials") }, decode: decodeCredential)
    }

    private func decodeCredential(_ node: Node, path: String) -> CredentialConfig? {
        guard let fields = reader.mapping(node, path, Self.credentialFields) else { return nil }
        var credential = CredentialConfig()
        if let node = fields["username"] {
            credential.username = reader.nonEmptyString(node, fields.path("username"))
        }
        if let node = fields["tokenFile"] { credential.tokenFile = absolutePath(node, fields.path("tokenFile")) }
        if let node = fields["sshKeyFile"] { credential.sshKeyFile = absolutePath(node, fields.path("sshKeyFile")) }
        if let node = fields["knownHostsFile"] {
            credential.knownHostsFile = absolutePath(node, fields.path("knownHostsFile"))
        }
        if !fields.has("tokenFile") && !fields.has("sshKeyFile") {
            sink.report(node, path, "needs tokenFile (HTTPS) or sshKeyFile (SSH)")
        } else if fields.has("tokenFile") && fields.has("sshKeyFile") {
            sink.report(
                fields.key("sshKeyFile") ?? node, fields.path("sshKeyFile"),
                "tokenFile and "
                    + "sshKeyFile exclude each other: one credential is either HTTPS or SSH")
        }
        if let key = fields.key("knownHostsFile"), !fields.has("sshKeyFile") {
            sink.report(key, fields.path("knownHostsFile"), "applies only with sshKeyFile")
        }
        return credential
    }

    /// `registries: {"127.0.0.1:5000": {username: U, passwordFile: F}}`: each key a registry host as image
    /// references name it, each entry a username and an absolute password file.
    func decodeRegistries(_ node: Node) -> [String: RegistryConfig] {
        namedEntries(
            node, "registries",
            keyProblem: { key in
                ImageReference.isRegistryHost(key)
                    ? nil
                    : "\(Shown.quoted(key)) is not a registry host as image references name it (host[:port] "
                        + "with a dot or a port, or localhost; e.g. registry.example.com, 127.0.0.1:5000, docker.io)"
            },
            decode: decodeRegistry)
    }

    private func decodeRegistry(_ node: Node, path: String) -> RegistryConfig? {
        guard let fields = reader.mapping(node, path, Self.registryFields) else { return nil }
        var username: String?
        var passwordFile: String?
        if let node = fields["username"] {
            username = reader.nonEmptyString(node, fields.path("username"))
        } else {
            reader.missing(fields, "username", "the user name to log in to the registry with")
        }
        if let node = fields["passwordFile"] {
            passwordFile = absolutePath(node, fields.path("passwordFile"))
        } else {
            reader.missing(fields, "passwordFile", "an absolute path to a file holding the password")
        }
        guard let username, let passwordFile else { return nil }
        return RegistryConfig(username: username, passwordFile: passwordFile)
    }

    func decodeForge(_ node: Node, configRepo: ConfigRepository?) -> ForgeConfig? {
        guard let fields = reader.mapping(node, "forge", Self.forgeFields) else { return nil }
        guard let providerNode = fields["provider"] else {
            reader.missing(fields, "provider", "github, gitea, gitlab or git-notes")
            return nil
        }
        guard let provider: ForgeConfig.Provider = reader.choice(providerNode, "forge.provider", what: "a provider")
        else { return nil }
        var forge = ForgeConfig(provider: provider)
        if let urlNode = fields["baseURL"] {
            forge.baseURL = httpURL(urlNode, "forge.baseURL")
        } else {
            switch provider {
            case .github: forge.baseURL = "https://api.github.com"
            case .gitlab: forge.baseURL = "https://gitlab.com/api/v4"
            case .gitea:
                reader.missing(fields, "baseURL", "the Gitea or Forgejo API base, e.g. https://git.example.com/api/v1")
            case .gitNotes: break
            }
        }
        if let repoNode = fields["repo"], let repo = reader.string(repoNode, "forge.repo") {
            if repo.split(separator: "/", omittingEmptySubsequences: false).count < 2 || repo.contains("//") {
                sink.report(repoNode, "forge.repo", "\(Shown.value(repo)) is not a repository path (owner/name)")
            }
            forge.repo = repo
        } else if !fields.has("repo") && provider != .gitNotes {
            forge.repo = configRepo.flatMap { RepositoryURL.forgeRepository($0.url) }
            if forge.repo == nil && configRepo != nil {
                sink.report(node, "forge.repo", "cannot be derived from configRepo.url; set it (owner/name)")
            }
        }
        if let tokenNode = fields["tokenFile"] {
            forge.tokenFile = absolutePath(tokenNode, "forge.tokenFile")
        } else if provider != .gitNotes {
            reader.missing(fields, "tokenFile", "an absolute path to a file holding the API token")
        }
        if let tokenNode = fields["appTokenFile"] {
            if provider == .gitNotes {
                sink.report(tokenNode, "forge.appTokenFile", "git-notes writes notes with git and needs no API token")
            } else {
                forge.appTokenFile = absolutePath(tokenNode, "forge.appTokenFile")
            }
        }
        return forge
    }

    /// Reviewers by name; the built-in ones (``ReviewerConfig/builtIn``) are present unless the file redefines them.
    func decodeReviewers(_ node: Node) -> [String: ReviewerConfig] {
        let declared = namedEntries(
            node, "reviewers", keyProblem: { Self.nameProblem($0, what: "reviewer") }, decode: decodeReviewer)
        return declared.merging(ReviewerConfig.builtIn) { declared, _ in declared }
    }

    private func decodeReviewer(_ node: Node, path: String) -> ReviewerConfig? {
        guard let fields = reader.mapping(node, path, Self.reviewerFields) else { return nil }
        guard let typeNode = fields["type"] else {
            reader.missing(fields, "type", "static, openai, webhook or sarif")
            return nil
        }
        guard let kind: ReviewerConfig.Kind = reader.choice(typeNode, fields.path("type"), what: "a reviewer type")
        else { return nil }
        let applicable: Set<String> =
            switch kind {
            case .static: ["type"]
            case .openai: ["type", "baseURL", "model", "apiKeyFile", "timeout"]
            case .webhook: ["type", "url", "secretFile", "timeout"]
            case .sarif: ["type", "preset", "command", "files", "timeout", "severity", "exitCodes"]
            }
        for name in Self.reviewerFields.names where fields.has(name) && !applicable.contains(name) {
            sink.report(
                fields.key(name) ?? node, fields.path(name),
                "does not apply to a reviewer of type "
                    + kind.rawValue)
        }
        var reviewer = ReviewerConfig(kind: kind, timeout: ReviewerConfig.defaultTimeout)
        if kind == .openai {
            if let urlNode = fields["baseURL"] {
                reviewer.baseURL = httpURL(urlNode, fields.path("baseURL"))
            } else {
                reader.missing(fields, "baseURL", "the OpenAI-compatible API base, e.g. http://127.0.0.1:8080/v1")
            }
            if let modelNode = fields["model"] {
                reviewer.model = reader.nonEmptyString(modelNode, fields.path("model"))
            } else {
                reader.missing(fields, "model", "the model name the endpoint serves")
            }
            if let keyNode = fields["apiKeyFile"] {
                reviewer.apiKeyFile = absolutePath(keyNode, fields.path("apiKeyFile"))
            }
        }
        if kind == .webhook {
            if let urlNode = fields["url"] {
                reviewer.url = httpURL(urlNode, fields.path("url"))
            } else {
                reader.missing(fields, "url", "where review requests are POSTed")
            }
            if let secretNode = fields["secretFile"] {
                reviewer.secretFile = absolutePath(secretNode, fields.path("secretFile"))
            }
        }
        if kind == .sarif { decodeScanner(fields, node, into: &reviewer) }
        if kind != .static, let timeoutNode = fields["timeout"],
            let timeout = reader.duration(
                timeoutNode,
                fields.path("timeout"))
        {
            reviewer.timeout = timeout
        }
        return reviewer
    }

    /// A `sarif` entry's scanner: `preset` or `command` (with `files`), and its severity and exit code overrides.
    private func decodeScanner(_ fields: MappingFields, _ node: Node, into reviewer: inout ReviewerConfig) {
        let presets = Shown.choices(SarifPreset.allCases.map(\.rawValue))
        if let presetNode = fields["preset"] {
            reviewer.preset = reader.choice(presetNode, fields.path("preset"), what: "a scanner preset")
        }
        if let commandNode = fields["command"] {
            if let presetKey = fields.key("preset") {
                sink.report(
                    presetKey, fields.path("preset"),
                    "preset and command exclude each other: run a scanner berth knows (\(presets)) or your own command")
            }
            reviewer.command = decodeScannerCommand(commandNode, fields.path("command"))
        } else if !fields.has("preset") {
            reader.missing(
                fields, "preset", "\(presets); or command: an argv list taking {files} or {dir}, with files: globs")
        }
        if let filesNode = fields["files"], let items = reader.stringList(filesNode, fields.path("files")) {
            if items.isEmpty {
                sink.report(filesNode, fields.path("files"), "must hold at least one glob, e.g. ['*.py']")
            }
            for (index, item) in items.enumerated() where item.value.isEmpty {
                sink.report(item.node, "\(fields.path("files"))[\(index)]", "must be a glob such as *.py, not empty")
            }
            reviewer.files = items.map(\.value)
        } else if fields.has("command") && !fields.has("files") {
            reader.missing(fields, "files", "globs of the files the command takes, e.g. ['*.py', 'Dockerfile']")
        }
        if let severityNode = fields["severity"], let entries = reader.entries(severityNode, fields.path("severity")) {
            for entry in entries {
                let path = Shown.path(fields.path("severity"), entry.key)
                guard !entry.key.isEmpty else {
                    sink.report(entry.keyNode, path, "must be one of the scanner's rule ids (e.g. B602), not empty")
                    continue
                }
                if let severity: FindingSeverity = reader.choice(entry.value, path, what: "a finding severity") {
                    reviewer.severity[entry.key] = severity
                }
            }
        }
        if let codesNode = fields["exitCodes"], let codes = reader.list(codesNode, fields.path("exitCodes")) {
            if codes.isEmpty {
                sink.report(codesNode, fields.path("exitCodes"), "must hold at least one exit status, e.g. [0, 1]")
            }
            let statuses = codes.enumerated().compactMap { index, code in
                reader.int(code, "\(fields.path("exitCodes"))[\(index)]", 0...255, what: "an exit status")
            }
            reviewer.exitCodes = Set(statuses.map(Int32.init))
        }
    }

    /// A scanner's argv: at least a program, placeholders only from ``ReviewerConfig/placeholders``, `{files}` as an
    /// argument of its own, and the changed files passed one way or another (`{files}` or `{dir}`).
    private func decodeScannerCommand(_ node: Node, _ path: String) -> [String]? {
        guard let items = reader.stringList(node, path) else { return nil }
        guard let program = items.first, !program.value.isEmpty else {
            sink.report(
                items.first?.node ?? node, items.isEmpty ? path : "\(path)[0]",
                "must start with the scanner's program (an absolute path or a name on PATH)")
            return nil
        }
        var valid = true
        let known = ReviewerConfig.placeholders.joined(separator: ", ")
        for (index, item) in items.enumerated() {
            let unknown = Self.placeholders(in: item.value).filter { !ReviewerConfig.placeholders.contains($0) }
            for placeholder in unknown {
                sink.report(
                    item.node, "\(path)[\(index)]", "\(Shown.quoted(placeholder)) is not a placeholder (\(known))")
                valid = false
            }
            if item.value.contains("{files}") && item.value != "{files}" {
                sink.report(
                    item.node, "\(path)[\(index)]",
                    "{files} must be an argument of its own (it becomes one argument per file)")
                valid = false
            }
        }
        if !items.contains(where: { $0.value == "{files}" || $0.value.contains("{dir}") }) {
            sink.report(
                node, path,
                "must pass the changed files: {files} (one argument per file) or {dir} (the checkout holding them)")
            valid = false
        }
        return valid ? items.map(\.value) : nil
    }

    /// The `{word}` runs (lower-case letters) in `argument`; a shell's `${word}` is not one.
    private static func placeholders(in argument: String) -> [String] {
        var found: [String] = []
        var rest = Substring(argument)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let word = rest[rest.index(after: open)..<close]
            let shell = open > rest.startIndex && rest[rest.index(before: open)] == "$"
            if !shell, !word.isEmpty, word.allSatisfy({ $0.isLowercase }) { found.append(String(rest[open...close])) }
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    func decodePolicy(_ node: Node) -> Policy? {
        guard let fields = reader.mapping(node, "policy", Self.policyFields) else { return nil }
        var policy = Policy()
        if let node = fields["allowPrivileged"], let value = reader.bool(node, "policy.allowPrivileged") {
            policy.allowPrivileged = value
        }
        if let node = fields["allowHostNetwork"], let value = reader.bool(node, "policy.allowHostNetwork") {
            policy.allowHostNetwork = value
        }
        if let node = fields["allowDevices"], let value = reader.bool(node, "policy.allowDevices") {
            policy.allowDevices = value
        }
        if let node = fields["allowHostPaths"], let items = reader.stringList(node, "policy.allowHostPaths") {
            policy.allowHostPaths = items.enumerated().compactMap { index, item in
                if let problem = PathSyntax.canonicalAbsoluteProblem(item.value) {
                    sink.report(item.node, "policy.allowHostPaths[\(index)]", "\(Shown.quoted(item.value)) \(problem)")
                    return nil
                }
                return item.value
            }
        }
        if let node = fields["allowCapabilities"], let items = reader.stringList(node, "policy.allowCapabilities") {
            policy.allowCapabilities = items.enumerated().compactMap { index, item in
                let capability = Capabilities.normalise(item.value)
                guard Capabilities.known.contains(capability) else {
                    sink.report(
                        item.node, "policy.allowCapabilities[\(index)]",
                        "\(Shown.value(item.value)) is not a "
                            + "Linux capability (e.g. NET_ADMIN, SYS_TIME, or ALL)")
                    return nil
                }
                return capability
            }
        }
        if let node = fields["allowRepos"], let items = reader.stringList(node, "policy.allowRepos") {
            for (index, item) in items.enumerated() {
                do {
                    _ = try Policy.repositoryPattern(item.value)
                } catch {
                    sink.report(
                        item.node, "policy.allowRepos[\(index)]",
                        "\(Shown.value(item.value)) \(error); write a repository URL pattern such as "
                            + "https://git.example.com/acme/* (* within one path segment, ** across), or * for any")
                }
            }
            policy.allowRepos = items.map(\.value)
        }
        return policy
    }
}
