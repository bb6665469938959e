import Foundation
import Manifest

/// Broken controller configs (`berth.yaml`), with the exact diagnostics they must produce.
enum ControllerCorpus {
    /// A config whose lines after the header start on line 3.
    static func config(_ body: String) -> String { "apiVersion: berth/v1\nkind: Controller\n" + body }

    static let repo = "configRepo: {url: https://git.example.com/acme/deploy.git}\n"

    static let cases: [(name: String, text: String, expected: [String])] = [
        (
            "missing configRepo", config("interval: 30s\n"),
            [
                "berth.yaml:1:1: configRepo: is required (at least configRepo.url, the repository holding the manifests)"
            ]
        ),
        (
            "unknown controller field with suggestion", config(repo + "intervall: 30s\n"),
            [
                "berth.yaml:4:1: intervall: unknown field \"intervall\"; did you mean \"interval\"?"
            ]
        ),
        (
            "builds out of range", config(repo + "builds: -1\n"),
            [
                "berth.yaml:4:9: builds: -1 is not a number of builds at once, 0 for one per core (0-64)"
            ]
        ),
        (
            "workers out of range", config(repo + "workers: 0\n"),
            [
                "berth.yaml:4:10: workers: 0 is not a number of workers (1-64)"
            ]
        ),
        (
            "port range reversed", config(repo + "ports: {range: 30000-20000}\n"),
            [
                "berth.yaml:4:16: ports.range: 30000-20000 is not a port range (LOW-HIGH with 1 <= LOW <= HIGH <= 65535, e.g. 20000-32767)"
            ]
        ),
        (
            "caddy router without adminURL", config(repo + "router: {type: caddy}\n"),
            [
                "berth.yaml:4:9: router.adminURL: is required (Caddy\'s admin API, e.g. http://127.0.0.1:2019)"
            ]
        ),
        (
            "openai reviewer without model, bad timeout",
            config(repo + "reviewers:\n  llm: {type: openai, baseURL: http://127.0.0.1:8080/v1, timeout: soon}\n"),
            [
                "berth.yaml:5:8: reviewers.llm.model: is required (the model name the endpoint serves)",
                "berth.yaml:5:67: reviewers.llm.timeout: \"soon\" is not a duration (numbers with units ms, s, m or h: 500ms, 2s, 1m30s)",
            ]
        ),
        (
            "forge provider out of set", config(repo + "forge: {provider: bitbucket, tokenFile: /etc/t}\n"),
            [
                "berth.yaml:4:19: forge.provider: \"bitbucket\" is not a provider (github, gitea, gitlab or git-notes)"
            ]
        ),
        (
            "policy capability unknown", config(repo + "policy: {allowCapabilities: [NET_ADMIN, FLY]}\n"),
            [
                "berth.yaml:4:41: policy.allowCapabilities[1]: \"FLY\" is not a Linux capability (e.g. NET_ADMIN, SYS_TIME, or ALL)"
            ]
        ),
        (
            "configRepo credentials undefined",
            config("configRepo: {url: https://git.example.com/a.git, credentials: acme}\n"),
            [
                "berth.yaml:3:63: configRepo.credentials: \"acme\" is not defined under credentials (none are defined)"
            ]
        ),
        (
            "listen not host:port", config(repo + "listen: 8088\n"),
            [
                "berth.yaml:4:9: listen: 8088 is not an address to listen on (host:port, e.g. 127.0.0.1:8088)"
            ]
        ),
        (
            "docker host scheme", config(repo + "docker: {host: /var/run/docker.sock}\n"),
            [
                "berth.yaml:4:16: docker.host: \"/var/run/docker.sock\" is not a Docker endpoint (unix:///path/to/docker.sock or tcp://host:port)"
            ]
        ),
        (
            "relative state dir", config(repo + "stateDir: var/lib/berth\n"),
            [
                "berth.yaml:4:11: stateDir: \"var/lib/berth\" is not an absolute path"
            ]
        ),
        (
            "wrong kind", "apiVersion: berth/v1\nkind: Deployment\n" + repo,
            [
                "berth.yaml:2:7: kind: a Deployment is a manifest, not a controller config (kind: Controller)"
            ]
        ),
        (
            "credential with token and key", config(repo + "credentials:\n  acme: {tokenFile: /t, sshKeyFile: /k}\n"),
            [
                "berth.yaml:5:25: credentials.acme.sshKeyFile: tokenFile and sshKeyFile exclude each other: one credential is either HTTPS or SSH"
            ]
        ),
    ]
}
