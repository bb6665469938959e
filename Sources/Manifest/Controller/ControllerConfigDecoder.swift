import Yams

/// Decodes a `kind: Controller` document (DESIGN §11) into a ``ControllerConfig``, every problem at its node.
struct ControllerConfigDecoder {
    static let rootFields = FieldSet(
        "apiVersion", "kind", "configRepo", "interval", "stateDir", "docker", "workers", "builds", "quotas",
        "shutdownGracePeriod", "imageRetention", "listen", "webhook", "api", "forge", "reviewers", "review", "router",
        "ports", "secrets", "policy", "credentials", "registries", "prune", "drift", "runtime", "registry", "dashboard",
        "limits", "stacks", "previews", "notify")
    static let configRepoFields = FieldSet("url", "branch", "path", "credentials")
    static let dockerFields = FieldSet("host", "tls")
    static let tlsFields = FieldSet("ca", "cert", "key")
    static let webhookFields = FieldSet("secretFile")
    static let apiFields = FieldSet("tokenFile")
    static let reviewFields = FieldSet("minimumPolicy", "failClosed", "severity", "defaultReviewers")
    static let portsFields = FieldSet("range")
    static let secretsFields = FieldSet("keyFile")
    static let pruneFields = FieldSet("allowEmpty")
    static let driftFields = FieldSet("interval", "pullRequest")
    static let pushRegistryFields = FieldSet("url")
    static let dashboardFields = FieldSet("public", "sessionLifetime")
    static let limitsFields = FieldSet("buildTimeout", "contextBytes", "repoBytes", "logBytes")

    let reader: NodeReader
    let file: String
    var sink: DiagnosticSink { reader.sink }

    func decode(_ root: Node) -> ControllerConfig? {
        if let kind = NodeReader.peekString(root, "kind"), kind != "Controller" {
            reader.checkHeader(MappingFields(node: root, path: "", root: root), kind: "Controller")
            return nil
        }
        guard let fields = reader.mapping(root, "", Self.rootFields) else { return nil }
        reader.checkHeader(fields, kind: "Controller")
        var config = ControllerConfig()
        config.file = file
        if let node = fields["credentials"] { config.credentials = decodeCredentials(node) }
        if let node = fields["configRepo"] {
            config.configRepo = decodeConfigRepo(node, credentials: config.credentials)
        } else {
            reader.missing(fields, "configRepo", "at least configRepo.url, the repository holding the manifests")
        }
        if let node = fields["interval"], let value = reader.duration(node, "interval") { config.interval = value }
        if let node = fields["stateDir"], let value = absolutePath(node, "stateDir") {
            config.stateDir = value
            config.secretKeyFile = value + "/secret.key"
        }
        if let node = fields["docker"], let value = decodeDocker(node) { config.docker = value }
        if let node = fields["workers"], let value = reader.int(node, "workers", 1...64, what: "a number of workers") {
            config.workers = value
        }
        if let node = fields["builds"],
            let value = reader.int(node, "builds", 0...64, what: "a number of builds at once, 0 for one per core")
        {
            config.builds = value == 0 ? ControllerConfig().builds : value
        }
        if let node = fields["quotas"] { config.quotas = decodeQuotas(node) }
        if let node = fields["shutdownGracePeriod"], let value = reader.duration(node, "shutdownGracePeriod") {
            config.shutdownGracePeriod = value
        }
        if let node = fields["imageRetention"],
            let value = reader.int(node, "imageRetention", 1...100, what: "a number of images")
        {
            config.imageRetention = value
        }
        if let node = fields["listen"], let value = decodeListen(node) { config.listen = value }
        if let node = fields["webhook"] { config.webhookSecretFile = singleFile(node, "webhook", Self.webhookFields) }
        if let node = fields["api"] { config.apiTokenFile = singleFile(node, "api", Self.apiFields) }
        if let node = fields["forge"] { config.forge = decodeForge(node, configRepo: config.configRepo) }
        if let node = fields["reviewers"] { config.reviewers = decodeReviewers(node) }
        if let node = fields["review"], let value = decodeReview(node, reviewers: config.reviewers) {
            config.review = value
        }
        if let node = fields["router"], let value = decodeRouter(node) { config.router = value }
        if let node = fields["ports"], let value = decodePortRange(node) { config.portRange = value }
        if let node = fields["secrets"], let value = singleFile(node, "secrets", Self.secretsFields) {
            config.secretKeyFile = value
        }
        if let node = fields["policy"], let value = decodePolicy(node) { config.policy = value }
        if let node = fields["registries"] { config.registries = decodeRegistries(node) }
        if let node = fields["prune"], let value = decodePrune(node) { config.pruneAllowsEmpty = value }
        if let node = fields["drift"], let value = decodeDrift(node) { config.drift = value }
        if let node = fields["dashboard"], let value = decodeDashboard(node) { config.dashboard = value }
        if let node = fields["limits"], let value = decodeLimits(node) { config.limits = value }
        if let node = fields["runtime"], let value: ContainerRuntime = reader.choice(node, "runtime", what: "a runtime")
        {
            config.runtime = value
        }
        if let node = fields["registry"] { config.registry = decodeRegistry(node, runtime: config.runtime) }
        if let node = fields["stacks"] { config.stacks = decodeStacks(node) }
        if let node = fields["previews"] { config.previews = decodePreviews(node, router: config.router) }
        if let node = fields["notify"] { config.notify = decodeNotify(node) }
        return sink.isEmpty ? config : nil
    }

    // MARK: Small sections

    private func decodeConfigRepo(_ node: Node, credentials: [String: CredentialConfig]) -> ConfigRepository? {
        guard let fields = reader.mapping(node, "configRepo", Self.configRepoFields) else { return nil }
        guard let urlNode = fields["url"] else {
            reader.missing(fields, "url", "the git URL of the repository holding the manifests")
            return nil
        }
        var repository = ConfigRepository(url: "")
        if let url = reader.nonEmptyString(urlNode, "configRepo.url") {
            if let problem = RepositoryURL.problem(url) {
                sink.report(urlNode, "configRepo.url", "\(Shown.value(url)) \(problem) (\(RepositoryURL.help))")
            }
            repository.url = url
        }
        if let branchNode = fields["branch"], let branch = reader.string(branchNode, "configRepo.branch") {
            if let problem = GitRefSyntax.problem(branch) {
                sink.report(branchNode, "configRepo.branch", "\(Shown.value(branch)) \(problem); expected a branch")
            }
            repository.branch = branch
        }
        if let pathNode = fields["path"], let path = reader.string(pathNode, "configRepo.path") {
            if let problem = PathSyntax.relativeProblem(path) {
                sink.report(pathNode, "configRepo.path", "\(Shown.quoted(path)) \(problem)")
            }
            repository.path = PathSyntax.normalised(path)
        }
        if let credentialsNode = fields["credentials"],
            let name = reader.string(credentialsNode, "configRepo.credentials")
        {
            if credentials[name] == nil {
                let known = credentials.keys.sorted()
                sink.report(
                    credentialsNode, "configRepo.credentials",
                    "\(Shown.quoted(name)) is not defined under "
                        + "credentials ("
                        + (known.isEmpty ? "none are defined" : "known: " + known.joined(separator: ", "))
                        + ")")
            }
            repository.credentials = name
        }
        return repository
    }

    private func decodeDocker(_ node: Node) -> DockerEndpoint? {
        guard let fields = reader.mapping(node, "docker", Self.dockerFields) else { return nil }
        var endpoint = DockerEndpoint.default
        if let hostNode = fields["host"], let host = reader.string(hostNode, "docker.host") {
            let valid =
                host.hasPrefix("unix:///")
                || (host.hasPrefix("tcp://")
                    && Self.hostAndPort(
                        String(host.dropFirst(6))) != nil)
            if !valid {
                sink.report(
                    hostNode, "docker.host",
                    "\(Shown.value(host)) is not a Docker endpoint "
                        + "(unix:///path/to/docker.sock or tcp://host:port)")
            }
            endpoint.host = host
        }
        if let tlsNode = fields["tls"] {
            if !endpoint.host.hasPrefix("tcp://") {
                sink.report(fields.key("tls") ?? tlsNode, "docker.tls", "applies only to a tcp:// docker.host")
            }
            if let tls = reader.mapping(tlsNode, "docker.tls", Self.tlsFields) {
                var files: [String] = []
                for name in ["ca", "cert", "key"] {
                    if let fileNode = tls[name] {
                        files.append(absolutePath(fileNode, tls.path(name)) ?? "")
                    } else {
                        reader.missing(tls, name, "an absolute path to a PEM file")
                    }
                }
                if files.count == 3 { endpoint.tls = .init(ca: files[0], cert: files[1], key: files[2]) }
            }
        }
        return endpoint
    }

    /// `registry: {url: host[:port]/path}`: where images built for a multi-node swarm are pushed.
    private func decodeRegistry(_ node: Node, runtime: ContainerRuntime) -> ImageRegistry? {
        guard let fields = reader.mapping(node, "registry", Self.pushRegistryFields) else { return nil }
        if runtime != .swarm {
            sink.report(node, "registry", "applies only to runtime: swarm (images built on one host stay on it)")
        }
        guard let urlNode = fields["url"] else {
            reader.missing(fields, "url", "host[:port]/path of the registry to push to, e.g. 127.0.0.1:5000/berth")
            return nil
        }
        guard let url = reader.nonEmptyString(urlNode, "registry.url") else { return nil }
        let registry = ImageRegistry(url: url.hasSuffix("/") ? String(url.dropLast()) : url)
        guard !url.contains("://"), ImageReference.isRegistryHost(registry.host),
            ImageReference.isValid(registry.repository(for: "x"))
        else {
            sink.report(
                urlNode, "registry.url",
                "\(Shown.value(url)) is not a registry to push to (host[:port]/path without a scheme, e.g. "
                    + "127.0.0.1:5000/berth or registry.example.com/acme)")
            return nil
        }
        return registry
    }

    private func decodeListen(_ node: Node) -> String? {
        guard let text = reader.string(node, "listen") else { return nil }
        guard Self.hostAndPort(text) != nil else {
            sink.report(
                node, "listen",
                "\(Shown.value(text)) is not an address to listen on (host:port, e.g. "
                    + "127.0.0.1:8088)")
            return nil
        }
        return text
    }

    /// `host:port` or `[v6]:port`, with a port 1-65535.
    static func hostAndPort(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (1...65535).contains(port)
        else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") {
            host = String(host.dropFirst().dropLast())
            return IPAddress.isValid(host) ? (host, port) : nil
        }
        return IPAddress.isValid(host) || Names.isHostName(host) ? (host, port) : nil
    }

    private func singleFile(_ node: Node, _ path: String, _ fields: FieldSet) -> String? {
        guard let mapping = reader.mapping(node, path, fields), let name = fields.names.first else { return nil }
        guard let fileNode = mapping[name] else {
            reader.missing(mapping, name, "an absolute path")
            return nil
        }
        return absolutePath(fileNode, mapping.path(name))
    }

    /// An absolute path without `..`.
    func absolutePath(_ node: Node, _ path: String) -> String? {
        guard let text = reader.string(node, path) else { return nil }
        if let problem = PathSyntax.absoluteProblem(text) {
            sink.report(node, path, "\(Shown.quoted(text)) \(problem)")
            return nil
        }
        return PathSyntax.normalised(text)
    }

    /// An `http://` or `https://` URL with a host.
    func httpURL(_ node: Node, _ path: String) -> String? {
        guard let text = reader.string(node, path) else { return nil }
        let rest = text.hasPrefix("https://") ? text.dropFirst(8) : text.hasPrefix("http://") ? text.dropFirst(7) : nil
        guard let rest, let authority = rest.split(separator: "/").first, !authority.isEmpty,
            !text.unicodeScalars.contains(where: { $0.value <= 0x20 })
        else {
            sink.report(node, path, "\(Shown.value(text)) is not an http:// or https:// URL")
            return nil
        }
        return text
    }

    /// `prune: {allowEmpty: true}`: whether a pass may prune every deployment this controller runs.
    private func decodePrune(_ node: Node) -> Bool? {
        guard let fields = reader.mapping(node, "prune", Self.pruneFields), let value = fields["allowEmpty"] else {
            return nil
        }
        return reader.bool(value, "prune.allowEmpty")
    }

    /// `drift: {interval: 5m, pullRequest: false}`: how often `berth run` scans for drift, and whether it opens a
    /// pull request with the report.
    private func decodeDrift(_ node: Node) -> DriftSettings? {
        guard let fields = reader.mapping(node, "drift", Self.driftFields) else { return nil }
        var settings = DriftSettings.default
        if let value = fields["interval"] {
            guard let interval = reader.duration(value, "drift.interval") else { return nil }
            settings.interval = interval
        }
        if let value = fields["pullRequest"] {
            guard let pullRequest = reader.bool(value, "drift.pullRequest") else { return nil }
            settings.pullRequest = pullRequest
        }
        return settings
    }

    /// `dashboard: {public: false, sessionLifetime: 12h}`: whether read pages need a login, and how long one lasts.
    private func decodeDashboard(_ node: Node) -> DashboardSettings? {
        guard let fields = reader.mapping(node, "dashboard", Self.dashboardFields) else { return nil }
        var settings = DashboardSettings.default
        if let value = fields["public"] {
            guard let isPublic = reader.bool(value, "dashboard.public") else { return nil }
            settings.isPublic = isPublic
        }
        if let value = fields["sessionLifetime"] {
            guard let lifetime = reader.duration(value, "dashboard.sessionLifetime") else { return nil }
            settings.sessionLifetime = lifetime
        }
        return settings
    }

    private func decodeReview(_ node: Node, reviewers: [String: ReviewerConfig]) -> ReviewSettings? {
        guard let fields = reader.mapping(node, "review", Self.reviewFields) else { return nil }
        var settings = ReviewSettings.default
        if let policyNode = fields["minimumPolicy"] {
            guard let policy: ReviewPolicy = reader.choice(policyNode, "review.minimumPolicy", what: "a review policy")
            else { return nil }
            settings.minimumPolicy = policy
        }
        if let failNode = fields["failClosed"] {
            guard let failClosed = reader.bool(failNode, "review.failClosed") else { return nil }
            settings.failClosed = failClosed
        }
        if let severityNode = fields["severity"] {
            guard let severity = decodeSeverityOverrides(severityNode) else { return nil }
            settings.severity = severity
        }
        if let namesNode = fields["defaultReviewers"] {
            guard let names = decodeDefaultReviewers(namesNode, reviewers: reviewers) else { return nil }
            settings.defaultReviewers = names
        }
        return settings
    }

    /// `review.defaultReviewers`: at least one name, each a reviewer of the config (built-in ones included).
    private func decodeDefaultReviewers(_ node: Node, reviewers: [String: ReviewerConfig]) -> [String]? {
        let path = "review.defaultReviewers"
        guard let items = reader.stringList(node, path) else { return nil }
        var valid = true
        if items.isEmpty {
            sink.report(node, path, "must name at least one reviewer, e.g. [static]")
            valid = false
        }
        for (index, item) in items.enumerated() where reviewers[item.value] == nil {
            sink.report(
                item.node, "\(path)[\(index)]",
                "\(Shown.quoted(item.value)) is not a reviewer (known: "
                    + "\(reviewers.keys.sorted().joined(separator: ", ")))")
            valid = false
        }
        guard valid else { return nil }
        return items.map(\.value).reduce(into: []) { names, name in
            if !names.contains(name) { names.append(name) }
        }
    }

    /// `review.severity`: rule ids or prefixes to severities; each bad key or severity is reported where it is.
    private func decodeSeverityOverrides(_ node: Node) -> SeverityOverrides? {
        guard let entries = reader.entries(node, "review.severity") else { return nil }
        var severities: [String: FindingSeverity] = [:]
        var valid = true
        for entry in entries {
            let path = Shown.path("review.severity", entry.key)
            guard SeverityOverrides.isValidKey(entry.key) else {
                sink.report(
                    entry.keyNode, path,
                    "\(Shown.value(entry.key)) is not a rule id or prefix (letters, digits, '.', '-', '_'; "
                        + "e.g. secret, code.eval or docker.root-user)")
                valid = false
                continue
            }
            guard let severity: FindingSeverity = reader.choice(entry.value, path, what: "a finding severity") else {
                valid = false
                continue
            }
            severities[entry.key] = severity
        }
        return valid ? SeverityOverrides(severities) : nil
    }

    private func decodePortRange(_ node: Node) -> ClosedRange<Int>? {
        guard let fields = reader.mapping(node, "ports", Self.portsFields) else { return nil }
        guard let rangeNode = fields["range"], let text = reader.string(rangeNode, "ports.range") else {
            if !fields.has("range") { reader.missing(fields, "range", "LOW-HIGH, e.g. 20000-32767") }
            return nil
        }
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard bounds.count == 2, let low = bounds[0], let high = bounds[1], 1 <= low, low <= high, high <= 65535 else {
            sink.report(
                rangeNode, "ports.range",
                "\(Shown.value(text)) is not a port range (LOW-HIGH with "
                    + "1 <= LOW <= HIGH <= 65535, e.g. 20000-32767)")
            return nil
        }
        return low...high
    }
}
