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
            "router adminURL renamed",
            config(repo + "router: {type: caddy, adminURL: \"http://127.0.0.1:2019\"}\n"),
            [
                "berth.yaml:4:23: router.adminURL: \"adminURL\" is now router.admin; rename the field",
            ]
        ),
        (
            "router settings with type none",
            config(repo + "router: {type: none, admin: \"http://127.0.0.1:2019\", tls: {mode: internal}}\n"),
            [
                "berth.yaml:4:22: router.admin: applies only to type caddy (add type: caddy, or remove it)",
                "berth.yaml:4:54: router.tls: applies only to type caddy (add type: caddy, or remove it)",
            ]
        ),
        (
            "router settings without a type",
            config(repo + "router:\n  manage: false\n"),
            [
                "berth.yaml:5:3: router.manage: applies only to type caddy (add type: caddy, or remove it)",
            ]
        ),
        (
            "router type unknown",
            config(repo + "router: {type: traefik}\n"),
            [
                "berth.yaml:4:16: router.type: \"traefik\" is not a router type (none or caddy)",
            ]
        ),
        (
            "router admin with a path",
            config(repo + "router: {type: caddy, admin: \"http://127.0.0.1:2019/config/\"}\n"),
            [
                "berth.yaml:4:30: router.admin: \"http://127.0.0.1:2019/config/\" has a path; give only the API\'s base URL, berth adds the paths (http://HOST:PORT, e.g. http://127.0.0.1:2019)",
            ]
        ),
        (
            "router admin over https",
            config(repo + "router: {type: caddy, admin: \"https://127.0.0.1:2019\"}\n"),
            [
                "berth.yaml:4:30: router.admin: \"https://127.0.0.1:2019\" uses https; berth speaks plain http to Caddy\'s admin API (http://HOST:PORT, e.g. http://127.0.0.1:2019)",
            ]
        ),
        (
            "router admin without a port",
            config(repo + "router: {type: caddy, admin: \"http://127.0.0.1\"}\n"),
            [
                "berth.yaml:4:30: router.admin: \"http://127.0.0.1\" is not a Caddy admin URL (http://HOST:PORT, e.g. http://127.0.0.1:2019, with a port 1-65535)",
            ]
        ),
        (
            "managed router admin off loopback",
            config(repo + "router: {type: caddy, admin: \"http://10.0.0.5:2019\"}\n"),
            [
                "berth.yaml:4:30: router.admin: \"http://10.0.0.5:2019\": a managed Caddy runs with host networking, so its admin API must stay on loopback (127.0.0.1, ::1 or localhost); set manage: false to drive a Caddy that runs elsewhere",
            ]
        ),
        (
            "router image not a reference",
            config(repo + "router: {type: caddy, manage: true, image: \"Caddy:2\"}\n"),
            [
                "berth.yaml:4:44: router.image: \"Caddy:2\" is not an image reference ([registry/]name[:tag][@sha256:digest], e.g. registry.example.com/redis:7.2)",
            ]
        ),
        (
            "router listen not host:port",
            config(repo + "router: {type: caddy, listen: {http: \"80\", https: \":70000\"}}\n"),
            [
                "berth.yaml:4:38: router.listen.http: 80 is not an address to listen on ([HOST]:PORT with a port 1-65535, e.g. :80 or 127.0.0.1:8080; null turns it off)",
                "berth.yaml:4:51: router.listen.https: \":70000\" is not an address to listen on ([HOST]:PORT with a port 1-65535, e.g. :80 or 127.0.0.1:8080; null turns it off)",
            ]
        ),
        (
            "router listen twice on one port",
            config(repo + "router: {type: caddy, listen: {http: \":8080\", https: \"127.0.0.1:8080\"}}\n"),
            [
                "berth.yaml:4:54: router.listen.https: uses port 8080, as listen.http does; give them two ports",
            ]
        ),
        (
            "router plain http without an http listener",
            config(repo + "router: {type: caddy, listen: {http: null}}\n"),
            [
                "berth.yaml:4:38: router.listen.http: is null, but tls.mode off serves plain HTTP on it: give an address such as :80, or set tls.mode to internal or acme",
            ]
        ),
        (
            "router acme without an https listener",
            config(repo + "router: {type: caddy, listen: {https: ~}, tls: {mode: acme}}\n"),
            [
                "berth.yaml:4:39: router.listen.https: is null, but TLS is on (tls.mode acme) and served here: give an address such as :443, or set tls.mode to off",
            ]
        ),
        (
            "router email without acme",
            config(repo + "router: {type: caddy, tls: {mode: internal, email: ops@example.com}}\n"),
            [
                "berth.yaml:4:45: router.tls.email: applies only to mode acme (the ACME account\'s contact); tls.mode is internal",
            ]
        ),
        (
            "router email not an address",
            config(repo + "router: {type: caddy, tls: {mode: acme, email: ops}}\n"),
            [
                "berth.yaml:4:48: router.tls.email: \"ops\" is not an email address (e.g. ops@example.com)",
            ]
        ),
        (
            "router tls mode unknown",
            config(repo + "router: {type: caddy, tls: {mode: on}}\n"),
            [
                "berth.yaml:4:35: router.tls.mode: \"on\" is not a TLS mode (acme, internal or off)",
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
