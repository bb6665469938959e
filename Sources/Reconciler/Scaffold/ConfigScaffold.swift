package import Foundation
import Manifest

/// What `berth init` writes (issue 17): a config repository skeleton — a commented `berth.yaml`, `deployments/` with
/// one example manifest, a `.gitignore` — and, for a state dir, the webhook secret, the API token and the secrets key
/// pair, each mode 0600 but the public key. Nothing that exists is ever overwritten: ``write()`` checks every path
/// first and changes nothing when one is taken.
///
/// ```swift
/// let scaffold = ConfigScaffold(directory: dir, stateDir: "/var/lib/berth", exampleImage: "nginx:1.27-alpine")
/// let written = try scaffold.write()
/// ```
package struct ConfigScaffold: Sendable {
    /// One file `berth init` writes.
    package struct File: Sendable, Hashable {
        /// Absolute path.
        package var path: String
        package var contents: String
        /// POSIX permissions.
        package var mode: Int
    }

    /// Some of the files are there already; nothing was written.
    package struct Exists: Error, CustomStringConvertible {
        /// The paths that exist, in the order `berth init` would write them.
        package let paths: [String]

        package var description: String {
            "berth init changes nothing: \(paths.joined(separator: ", ")) already exist\(paths.count == 1 ? "s" : "")"
        }
    }

    /// The config repository's working directory (absolute).
    package var directory: String
    /// Where `berth run` keeps its state and the secrets `init` makes; nil: no secrets are written and the config
    /// keeps the default state dir.
    package var stateDir: String?
    /// The image of the example deployment.
    package var exampleImage: String
    /// The URL `berth run` fetches the repository from (default: the directory as a `file://` URL).
    package var repositoryURL: String

    package init(directory: String, stateDir: String?, exampleImage: String, repositoryURL: String? = nil) {
        self.directory = directory
        self.stateDir = stateDir
        self.exampleImage = exampleImage
        self.repositoryURL = repositoryURL ?? URL(fileURLWithPath: directory).absoluteString
    }

    /// Every file, repository first, then the state dir's.
    package func files() -> [File] {
        var files = [
            File(path: directory + "/berth.yaml", contents: controllerConfig, mode: 0o644),
            File(path: directory + "/deployments/hello.yaml", contents: exampleManifest, mode: 0o644),
            File(path: directory + "/.gitignore", contents: "# berth's state and keys never belong in git\n*.key\n*.sqlite*\n", mode: 0o644),
        ]
        if let stateDir {
            let pair = SecretKeyPair.generate()
            files += [
                File(path: stateDir + "/webhook-secret", contents: Self.randomToken() + "\n", mode: 0o600),
                File(path: stateDir + "/api-token", contents: Self.randomToken() + "\n", mode: 0o600),
                File(path: stateDir + "/secret.key", contents: pair.privateKeyText, mode: 0o600),
                File(path: stateDir + "/secret.key.pub", contents: pair.publicKeyText, mode: 0o644),
            ]
        }
        return files
    }

    /// Writes every file, creating the directories; throws ``Exists`` before writing anything when a file is there.
    /// - Returns: the files written.
    @discardableResult
    package func write() throws -> [File] {
        let files = files()
        let taken = files.map(\.path).filter { FileManager.default.fileExists(atPath: $0) }
        guard taken.isEmpty else { throw Exists(paths: taken) }
        for file in files {
            let folder = URL(fileURLWithPath: file.path).deletingLastPathComponent().path
            let private_ = file.path.hasPrefix((stateDir ?? "\u{0}") + "/")
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: private_ ? 0o700 : 0o755])
            guard
                FileManager.default.createFile(
                    atPath: file.path, contents: Data(file.contents.utf8), attributes: [.posixPermissions: file.mode])
            else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: file.path]) }
        }
        return files
    }

    /// 32 random bytes as hex.
    private static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    private var stateLines: String {
        guard let stateDir else {
            return """
                stateDir: /var/lib/berth
                # webhook: {secretFile: /var/lib/berth/webhook-secret}   # berth init --state-dir writes these three
                # api: {tokenFile: /var/lib/berth/api-token}
                # secrets: {keyFile: /var/lib/berth/secret.key}
                """
        }
        return """
            stateDir: \(stateDir)
            webhook: {secretFile: \(stateDir)/webhook-secret}   # the forge signs its webhooks with this secret
            api: {tokenFile: \(stateDir)/api-token}             # Authorization: Bearer <token> for /api/v1 actions
            secrets: {keyFile: \(stateDir)/secret.key}          # berth secret seal --public-key \(stateDir)/secret.key.pub
            """
    }

    /// berth's default `shutdownGracePeriod`, written out: scripts/package-deb reads it for the unit's TimeoutStopSec.
    private var defaultGracePeriod: String { CanonicalManifest.duration(ControllerConfig().shutdownGracePeriod) }

    private var controllerConfig: String {
        """
        # berth's controller config (docs/controller.md has every field). Every field but configRepo.url has a
        # default; change what you need, then: berth validate --config berth.yaml
        apiVersion: berth/v1
        kind: Controller
        configRepo:
          url: \(repositoryURL)   # where berth run fetches desired state from
          branch: main
          path: deployments
        interval: 60s          # a pass without any trigger; webhooks and engine events start one sooner
        shutdownGracePeriod: \(defaultGracePeriod)   # on SIGTERM, rollouts reach a safe point within it
        \(stateLines)
        docker: {host: unix:///var/run/docker.sock}
        listen: 127.0.0.1:8088 # webhooks, /api/v1, /metrics, /healthz
        # forge: {provider: github, repo: acme/deploy, tokenFile: /etc/berth/forge-token}   # commit statuses
        review: {minimumPolicy: block-high, failClosed: true}
        # A manifest without spec.review.reviewers gets static plus every installed scanner (bandit, semgrep,
        # checkov, hadolint, detect-secrets, on the changed files); to choose the set yourself:
        # review: {minimumPolicy: block-high, failClosed: true, defaultReviewers: [static, bandit]}
        # reviewers:             # your own scanner writing SARIF, or a preset with overrides
        #   lint: {type: sarif, command: [/usr/local/bin/lint, --sarif, "{output}", "{files}"], files: ["*.sh"], timeout: 60s}
        #   bandit: {type: sarif, preset: bandit, severity: {B602: critical}, timeout: 120s}
        router: {type: none}   # or type: caddy with manage: true, for routes and swaps without downtime
        policy:
          allowPrivileged: false
          allowHostNetwork: false
          allowHostPaths: []
          allowRepos: ["*"]    # narrow to your forge, e.g. "https://git.example.com/acme/*"
        drift: {interval: 5m, pullRequest: false}

        """
    }

    private var exampleManifest: String {
        """
        # One deployment (docs/manifest.md has every field). berth plan shows what it would do; berth apply does it.
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: hello}
        spec:
          image: \(exampleImage)
          ports: [{container: 80}]   # berth picks a free host port on 127.0.0.1; berth ps shows it
          health:
            http: {path: /}
          resources: {memory: 128Mi}

        """
    }
}
