import Foundation

/// The controller config (`berth.yaml`, `kind: Controller`, DESIGN §11), every default applied.
///
/// ```swift
/// let config = try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: data))
/// let state = ManifestParser.parse(files, controller: config)
/// ```
package struct ControllerConfig: Sendable {
    /// The built-in configuration: every default, no config repository. Manifests checked against it skip the
    /// checks that need a real config (credential and reviewer names).
    package static let `default` = ControllerConfig()

    /// The file this config was read from; `nil` for ``default``.
    package var file: String?
    /// Required in a config file.
    package var configRepo: ConfigRepository?
    /// Poll interval. Default: 60 s.
    package var interval: Duration
    /// Mirrors, `berth.sqlite`, keys. Default: `/var/lib/berth`.
    package var stateDir: String
    /// The engine endpoint. Default: `unix:///var/run/docker.sock`.
    package var docker: DockerEndpoint
    /// Rollouts in flight; a rollout waiting on a timer (settle, probe interval, grace period) holds no engine or
    /// build slot meanwhile (DESIGN §14). Default: 16.
    package var workers: Int
    /// Builds at once (`builds: 0` in the file means this default). Default: the number of cores.
    package var builds: Int
    /// Per team (a deployment's `metadata.labels.team`): rollouts at once, and CPU and memory its deployments may
    /// declare together (DESIGN §14). Default: none, no team is limited.
    package var quotas: [String: TeamQuota]
    /// Default: 30 s.
    package var shutdownGracePeriod: Duration
    /// Images kept per deployment for rollback. Default: 3.
    package var imageRetention: Int
    /// `host:port` for webhooks, the API and metrics. Default: `127.0.0.1:8088`.
    package var listen: String
    /// File holding the webhook signing secret.
    package var webhookSecretFile: String?
    /// File holding the API bearer token.
    package var apiTokenFile: String?
    /// Where commit statuses go; `nil` for none.
    package var forge: ForgeConfig?
    /// Reviewers by name. Default: ``ReviewerConfig/builtIn`` (`static` and each scanner preset by its name).
    package var reviewers: [String: ReviewerConfig]
    /// The minimum review policy and what a reviewer error does.
    package var review: ReviewSettings
    /// Default: none.
    package var router: RouterConfig
    /// Host ports berth allocates from. Default: 20000-32767.
    package var portRange: ClosedRange<Int>
    /// The controller's private key for sealed secrets. Default: `<stateDir>/secret.key`.
    package var secretKeyFile: String
    /// What manifests may ask of the host.
    package var policy: Policy
    /// Git credentials by name, for `configRepo` and `source.credentials`.
    package var credentials: [String: CredentialConfig]
    /// Registry logins by registry host (`127.0.0.1:5000`, `registry.example.com`, `docker.io`), matched by the
    /// host of an image reference. Default: none (pulls are anonymous).
    package var registries: [String: RegistryConfig]
    /// `prune.allowEmpty`: a pass may prune every deployment this controller runs (Argo CD's `allowEmpty`).
    /// Default: `false`, so an emptied or misread repository never takes everything down.
    package var pruneAllowsEmpty: Bool
    /// `drift`: the drift-scan cadence of `berth run` and the drift pull request. Default: ``DriftSettings/default``.
    package var drift: DriftSettings
    /// `dashboard`: who may read the dashboard and how long a login lasts. Default: ``DashboardSettings/default``.
    package var dashboard: DashboardSettings
    /// What deployments run as: containers on one engine, or Swarm services. Default: ``ContainerRuntime/docker``.
    package var runtime: ContainerRuntime
    /// Where images built for a swarm of more than one node are pushed; `nil` for none (a one-node swarm needs none).
    package var registry: ImageRegistry?
    /// `limits`: build timeout, context, repository and log sizes. Default: ``BuildLimits/default``.
    package var limits: BuildLimits
    /// `stacks`: base images for generated Dockerfiles by stack; stacks left out keep berth's public defaults.
    package var stacks: [Stack: StackImageSettings]
    /// `previews`: a deployment of its own for each pull request on an app repository; nil when off (the default).
    package var previews: PreviewSettings?
    /// `notify`: where berth tells about failed, rolled back, drifted or successful deployments. Default: nowhere.
    package var notify: [NotifyTarget]

    /// A configuration with every default.
    package init() {
        file = nil
        configRepo = nil
        interval = .seconds(60)
        stateDir = "/var/lib/berth"
        docker = .default
        workers = 16
        builds = ProcessInfo.processInfo.activeProcessorCount
        quotas = [:]
        shutdownGracePeriod = .seconds(30)
        imageRetention = 3
        listen = "127.0.0.1:8088"
        webhookSecretFile = nil
        apiTokenFile = nil
        forge = nil
        reviewers = ReviewerConfig.builtIn
        review = .default
        router = .none
        portRange = 20000...32767
        secretKeyFile = "/var/lib/berth/secret.key"
        policy = Policy()
        credentials = [:]
        registries = [:]
        pruneAllowsEmpty = false
        drift = .default
        dashboard = .default
        runtime = .docker
        registry = nil
        limits = .default
        stacks = [:]
        previews = nil
        notify = []
    }

    /// Whether `file` is a controller config: its first document says `kind: Controller`. Lets a directory holding
    /// `berth.yaml` beside its manifests be validated whole.
    package static func isControllerConfig(_ file: SourceFile) -> Bool {
        guard file.contents.range(of: Data("Controller".utf8)) != nil,
            case .node(let root, _) = YAMLDocuments.load(file).first
        else { return false }
        return NodeReader.peekString(root, "kind") == "Controller"
    }

    /// Reads a controller config file, applying defaults.
    /// - Throws: every problem found, each located at its node.
    package static func parse(_ file: SourceFile) throws(DiagnosticList) -> ControllerConfig {
        var diagnostics: [Diagnostic] = []
        var config: ControllerConfig?
        for document in YAMLDocuments.load(file) {
            switch document {
            case .failed(let diagnostic, _, _):
                diagnostics.append(diagnostic)
            case .node(let node, let lineOffset):
                let sink = DiagnosticSink(file: file.path, lineOffset: lineOffset)
                if config != nil {
                    sink.report(node, Diagnostic.yamlPath, "a controller config holds one document; found another")
                } else {
                    config = ControllerConfigDecoder(reader: NodeReader(sink: sink), file: file.path).decode(node)
                }
                diagnostics += sink.diagnostics
            }
        }
        if config == nil && diagnostics.isEmpty {
            diagnostics.append(
                Diagnostic(
                    file: file.path, line: 1, column: 1, path: Diagnostic.yamlPath,
                    message: "the file holds no document; expected apiVersion: berth/v1, kind: Controller"))
        }
        guard diagnostics.isEmpty, let config else { throw DiagnosticList(diagnostics) }
        return config
    }
}
