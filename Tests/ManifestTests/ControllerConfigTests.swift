import Foundation
import Manifest
import Testing

@Suite struct ControllerConfigTests {
    static let design = """
        apiVersion: berth/v1
        kind: Controller
        configRepo: {url: https://git.example.com/acme/deploy.git, branch: main, path: deployments, credentials: acme-git}
        interval: 60s
        stateDir: /var/lib/berth
        docker: {host: unix:///var/run/docker.sock}
        workers: 2
        shutdownGracePeriod: 30s
        imageRetention: 3
        listen: 127.0.0.1:8088
        webhook: {secretFile: /etc/berth/webhook-secret}
        api: {tokenFile: /etc/berth/api-token}
        forge: {provider: github, baseURL: https://api.github.com, tokenFile: /etc/berth/forge-token}
        reviewers:
          static: {type: static}
          llm: {type: openai, baseURL: http://127.0.0.1:8080/v1, model: some-model, apiKeyFile: /etc/berth/llm-key, timeout: 60s}
        review: {minimumPolicy: block-high, failClosed: true}
        router: {type: none}
        ports: {range: 20000-32767}
        secrets: {keyFile: /var/lib/berth/secret.key}
        policy: {allowPrivileged: false, allowHostNetwork: true, allowHostPaths: [], allowCapabilities: [], allowDevices: false, allowRepos: ["*"]}
        credentials:
          acme-git: {username: berth, tokenFile: /etc/berth/git-token}
        """

    @Test func designExampleParses() throws {
        let config = try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data(Self.design.utf8)))
        #expect(config.file == "berth.yaml")
        #expect(
            config.configRepo
                == ConfigRepository(
                    url: "https://git.example.com/acme/deploy.git", branch: "main",
                    path: "deployments", credentials: "acme-git"))
        #expect(config.forge?.repo == "acme/deploy")
        #expect(config.reviewers["llm"]?.model == "some-model" && config.reviewers["static"]?.kind == .static)
        #expect(config.portRange == 20000...32767 && config.interval == .seconds(60))
        #expect(config.credentials["acme-git"]?.tokenFile == "/etc/berth/git-token")
        #expect(config.policy == Policy())
    }

    @Test func minimalConfigTakesEveryDefault() throws {
        let text = "apiVersion: berth/v1\nkind: Controller\nconfigRepo: {url: https://git.example.com/a/b.git}\n"
        let config = try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data(text.utf8)))
        let defaults = ControllerConfig.default
        #expect(config.configRepo?.branch == "main" && config.configRepo?.path == ".")
        #expect(config.workers == defaults.workers && config.listen == "127.0.0.1:8088")
        #expect(config.secretKeyFile == "/var/lib/berth/secret.key" && config.router == .none)
        #expect(config.review == .default && config.imageRetention == 3)
        #expect(config.workers == 16, "a first deploy is not serial")
        #expect(config.builds == ProcessInfo.processInfo.activeProcessorCount)
    }

    @Test func buildsZeroMeansOnePerCore() throws {
        let repo = "apiVersion: berth/v1\nkind: Controller\nconfigRepo: {url: https://git.example.com/a/b.git}\n"
        let perCore = try ControllerConfig.parse(
            SourceFile(path: "b.yaml", contents: Data((repo + "builds: 0\n").utf8)))
        #expect(perCore.builds == ProcessInfo.processInfo.activeProcessorCount)
        let three = try ControllerConfig.parse(SourceFile(path: "b.yaml", contents: Data((repo + "builds: 3\n").utf8)))
        #expect(three.builds == 3)
    }

    @Test func webhookReviewersTakeASigningSecretFile() throws {
        let hook =
            "reviewers:\n  hook: {type: webhook, url: https://review.example.com/berth, secretFile: /etc/berth/hook}\n"
        let config = try ControllerConfig.parse(
            SourceFile(path: "berth.yaml", contents: Data(ControllerCorpus.config(ControllerCorpus.repo + hook).utf8)))
        #expect(config.reviewers["hook"]?.secretFile == "/etc/berth/hook")
        let misplaced =
            "reviewers:\n  llm: {type: openai, baseURL: http://127.0.0.1:8080/v1, model: m, secretFile: /x}\n"
        #expect(throws: DiagnosticList.self) {
            try ControllerConfig.parse(
                SourceFile(
                    path: "berth.yaml", contents: Data(ControllerCorpus.config(ControllerCorpus.repo + misplaced).utf8))
            )
        }
    }

    @Test func policyFromTheConfigGovernsManifests() throws {
        let text = ControllerCorpus.config(
            ControllerCorpus.repo + "policy: {allowPrivileged: true, allowHostPaths: [/srv]}\n")
        let config = try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data(text.utf8)))
        let manifest = web("  image: nginx\n  privileged: true\n  volumes: [{hostPath: /srv/data, mountPath: /data}]\n")
        let state = ManifestParser.parse(
            [SourceFile(path: "w.yaml", contents: Data(manifest.utf8))], controller: config)
        #expect(state.diagnostics.isEmpty)
    }

    @Test func reviewSeverityOverridesRulesAndPrefixes() throws {
        let text = ControllerCorpus.config(
            ControllerCorpus.repo
                + "review: {minimumPolicy: block-medium, severity: {secret.*: critical, docker.root-user: high}}\n")
        let config = try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data(text.utf8)))
        #expect(config.review.minimumPolicy == .blockMedium)
        #expect(config.review.severity.severities == ["secret": .critical, "docker.root-user": .high])
        #expect(config.review.severity.severity(of: "secret.jwt", default: .high) == .critical)
        #expect(config.review.severity.severity(of: "docker.add-remote-url", default: .medium) == .medium)
    }

    @Test func dashboardIsClosedByDefaultAndSettable() throws {
        let repo = "apiVersion: berth/v1\nkind: Controller\nconfigRepo: {url: https://git.example.com/a/b.git}\n"
        let plain = try ControllerConfig.parse(SourceFile(path: "b.yaml", contents: Data(repo.utf8)))
        #expect(plain.dashboard == DashboardSettings(isPublic: false, sessionLifetime: .seconds(43200)))
        let open = try ControllerConfig.parse(
            SourceFile(
                path: "b.yaml", contents: Data((repo + "dashboard: {public: true, sessionLifetime: 30m}\n").utf8)))
        #expect(open.dashboard == DashboardSettings(isPublic: true, sessionLifetime: .seconds(1800)))
        let wrong = #expect(throws: DiagnosticList.self) {
            try ControllerConfig.parse(
                SourceFile(path: "b.yaml", contents: Data((repo + "dashboard: {public: yes-please}\n").utf8)))
        }
        #expect(
            wrong.map { "\($0)" }?.contains(
                #"b.yaml:4:21: dashboard.public: "yes-please" is not a boolean (true or false)"#) == true,
            "\(wrong.map { "\($0)" } ?? "")")
    }

    @Test func appCommitStatusesTakeTheForgeTokenUnlessAppTokenFileIsSet() throws {
        let repo = "apiVersion: berth/v1\nkind: Controller\nconfigRepo: {url: https://git.example.com/a/b.git}\n"
        func parse(_ forge: String) throws -> ControllerConfig {
            try ControllerConfig.parse(SourceFile(path: "b.yaml", contents: Data((repo + forge + "\n").utf8)))
        }
        let shared = try parse("forge: {provider: github, tokenFile: /etc/berth/forge-token}")
        #expect(shared.forge?.appTokenFile == nil)
        let own = try parse(
            "forge: {provider: github, tokenFile: /etc/berth/forge-token, appTokenFile: /etc/berth/app-token}")
        #expect(own.forge?.appTokenFile == "/etc/berth/app-token")
        let notes = #expect(throws: DiagnosticList.self) {
            try parse("forge: {provider: git-notes, appTokenFile: /etc/berth/app-token}")
        }
        #expect(
            notes.map { "\($0)" }?.contains(
                "b.yaml:4:44: forge.appTokenFile: git-notes writes notes with git and needs no API token") == true,
            "\(notes.map { "\($0)" } ?? "")")
    }

    @Test(arguments: [
        (
            "review: {severity: {code.eval: urgent}}",
            "berth.yaml:4:32: review.severity[\"code.eval\"]: \"urgent\" is not a finding severity (info, low, medium, high or critical)"
        ),
        (
            "review: {severity: {\"bad rule!\": low}}",
            "berth.yaml:4:21: review.severity[\"bad rule!\"]: \"bad rule!\" is not a rule id or prefix (letters, digits, '.', '-', '_'; e.g. secret, code.eval or docker.root-user)"
        ),
        (
            "review: {minimumPolicy: block-mid}",
            "berth.yaml:4:25: review.minimumPolicy: \"block-mid\" is not a review policy (off, warn, block-critical, block-high or block-medium)"
        ),
    ])
    func reviewSeverityErrorsAreLocated(_ line: String, _ message: String) throws {
        let text = ControllerCorpus.config(ControllerCorpus.repo + line + "\n")
        let error = #expect(throws: DiagnosticList.self) {
            try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data(text.utf8)))
        }
        #expect(error.map { "\($0)" }?.contains(message) == true, "\(error.map { "\($0)" } ?? "")")
    }
}
