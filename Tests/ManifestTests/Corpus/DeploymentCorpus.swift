import Foundation
import Manifest

/// Broken manifests, one rule each, with the exact diagnostics they must produce.
enum DeploymentCorpus {
    static let sealed = "berth:v1:" + String(repeating: "A", count: 68)

    static let cases: [BrokenCase] = syntax + schema + values + ports + environment + health + policy + routing
        + crossFile

    static let syntax: [BrokenCase] = [
        BrokenCase(
            "unclosed flow sequence", web("  image: nginx\n  command: [a, b\n"),
            "deployments/web.yaml:7:1: <yaml>: did not find expected \',\' or \']\' (while parsing a flow sequence at line 6, column 12)"
        ),
        BrokenCase(
            "mapping value where none is allowed", web("  image: nginx\n  ports: x: y\n"),
            "deployments/web.yaml:6:11: <yaml>: mapping values are not allowed in this context"),
        BrokenCase(
            "tab indentation", web("  image: nginx\n\tenv: {}\n"),
            "deployments/web.yaml:6:1: <yaml>: found a tab character that violates indentation (while scanning a plain scalar at line 5, column 10)"
        ),
        BrokenCase(
            "duplicate key", web("  image: nginx\n  image: redis\n"),
            "deployments/web.yaml:5:3: <yaml>: duplicate key \"image\": each field may appear once in a mapping"),
        BrokenCase(
            "syntax error in one document keeps the next",
            web("  image: [\n") + "---\n"
                + web("  image: nginx\n")
                .replacingOccurrences(of: "name: web", with: "name: api"),
            "deployments/web.yaml:6:1: <yaml>: did not find expected node content (while parsing a flow node at line 6, column 1)"
        ),
        BrokenCase(
            "file above the size limit", String(repeating: "#", count: 1 << 20 + 1),
            "deployments/web.yaml:1:1: <yaml>: the file is 1048577 bytes; at most 1048576 (1 MiB) are accepted"),
        BrokenCase(
            "flow nesting too deep", web("  image: nginx\n  env: " + String(repeating: "[", count: 100) + "\n"),
            "deployments/web.yaml:6:72: <yaml>: nesting is too deep: at most 64 levels of [ ] and { } are accepted"),
        BrokenCase(
            "block nesting too deep", web("  image: nginx\n  env:\n" + String(repeating: " ", count: 210) + "A: b\n"),
            "deployments/web.yaml:7:211: <yaml>: nesting is too deep: content starts at column 211; at most 200 columns of indentation are accepted"
        ),
        BrokenCase(
            "alias bomb", "a: &a [x, x]\n" + (1...40).map { "k\($0): [*a, *a]" }.joined(separator: "\n"),
            "deployments/web.yaml:18:7: <yaml>: too many aliases: at most 32 alias references (*name) are accepted in one document"
        ),
        BrokenCase(
            "invalid UTF-8", bytes: Data("apiVersion: berth/v1\nkind: \u{00}".utf8) + Data([0xFF, 0xFE]),
            "deployments/web.yaml:2:8: <yaml>: the file is not valid UTF-8 (byte 0xFF)"),
        BrokenCase(
            "control character", web("  image: \"ngi\u{01}nx\"\n"),
            "deployments/web.yaml:5:14: <yaml>: control character U+0001 is not allowed in YAML"),
    ]

    static let schema: [BrokenCase] = [
        BrokenCase(
            "unknown field with suggestion", web("  imagee: nginx\n"),
            "deployments/web.yaml:5:3: spec.imagee: unknown field \"imagee\"; did you mean \"image\"?"),
        BrokenCase(
            "merge key", web("  image: nginx\n  <<: {env: {A: b}}\n"),
            "deployments/web.yaml:6:3: spec[\"<<\"]: YAML merge keys (<<) are not supported; write the fields out"),
        BrokenCase(
            "unknown field without suggestion", web("  image: nginx\n  hostname: web-1\n"),
            "deployments/web.yaml:6:3: spec.hostname: unknown field \"hostname\" (valid: source, image, pull, build, review, env, secretEnv, network, ports, volumes, resources, command, restartPolicy, stopGracePeriod, privileged, capAdd, devices, health, strategy, route, rollout, drift, suspend, init, replicas, placement, user)"
        ),
        BrokenCase(
            "wrong apiVersion", web("  image: nginx\n").replacingOccurrences(of: "berth/v1", with: "apps/v1"),
            "deployments/web.yaml:1:13: apiVersion: \"apps/v1\" is not supported (berth/v1)"),
        BrokenCase(
            "misspelt kind", web("  image: nginx\n").replacingOccurrences(of: "Deployment", with: "Deploymnet"),
            "deployments/web.yaml:2:7: kind: \"Deploymnet\" is not a kind berth reads here (Deployment); did you mean \"Deployment\"?"
        ),
        BrokenCase(
            "controller config among manifests",
            "apiVersion: berth/v1\nkind: Controller\nconfigRepo: {url: https://x/y.git}\n",
            "deployments/web.yaml:2:7: kind: a Controller config is not a manifest; pass it with --config, outside the manifest directory"
        ),
        BrokenCase(
            "missing name",
            "apiVersion: berth/v1\nkind: Deployment\nmetadata: {labels: {a: b}}\nspec: {image: nginx}\n",
            "deployments/web.yaml:3:11: metadata.name: is required (a DNS label such as \"web\")"),
        BrokenCase(
            "name not a DNS label", web("  image: nginx\n").replacingOccurrences(of: "name: web", with: "name: Web_1"),
            "deployments/web.yaml:3:18: metadata.name: \"Web_1\" is not a DNS label (1-63 of a-z, 0-9 and \'-\', not starting or ending with \'-\')"
        ),
        BrokenCase(
            "name too long",
            web("  image: nginx\n").replacingOccurrences(
                of: "name: web", with: "name: " + String(repeating: "a", count: 64)),
            "deployments/web.yaml:3:18: metadata.name: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…\" is not a DNS label (1-63 of a-z, 0-9 and \'-\', not starting or ending with \'-\')"
        ),
        BrokenCase(
            "name holding a double dash, kept for previews",
            web("  image: nginx\n").replacingOccurrences(of: "name: web", with: "name: web--pr7"),
            "deployments/web.yaml:3:18: metadata.name: \"web--pr7\" holds \"--\", which berth keeps for previews (<name>--pr<N>); use a single \'-\'"
        ),
        BrokenCase(
            "name taken by the plan status", web("  image: nginx\n").replacingOccurrences(of: "name: web", with: "name: plan"),
            "deployments/web.yaml:3:18: metadata.name: \"plan\" is taken by the pull request plan\'s commit status (berth/plan); choose another name"
        ),
        BrokenCase(
            "missing spec", "apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: web}\n",
            "deployments/web.yaml:1:1: spec: is required (the deployment\'s specification)"),
        BrokenCase(
            "document not a mapping", "- a\n- b\n",
            "deployments/web.yaml:1:1: <document>: expected a mapping, found a list"),
        BrokenCase(
            "neither source nor image", web("  env: {A: b}\n"),
            "deployments/web.yaml:5:3: spec: exactly one of source (build from a repository) or image (a prebuilt image) is required; found neither"
        ),
        BrokenCase(
            "both source and image", web("  source: {repo: https://git.example.com/a.git}\n  image: nginx\n"),
            "deployments/web.yaml:6:3: spec.image: source and image exclude each other: build from source or run a prebuilt image, not both"
        ),
        BrokenCase(
            "source without repo", web("  source:\n    ref: main\n"),
            "deployments/web.yaml:6:5: spec.source.repo: is required (the git URL to build from)"),
        BrokenCase(
            "null value", web("  image:\n"),
            "deployments/web.yaml:5:9: spec.image: expected a string, found null"),
        BrokenCase(
            "build with a prebuilt image", web("  image: nginx\n  build: {target: x}\n"),
            "deployments/web.yaml:6:3: spec.build: applies only to builds from source (spec.source); remove it"),
        BrokenCase(
            "pull with a source build", web("  source: {repo: https://git.example.com/a.git}\n  pull: always\n"),
            "deployments/web.yaml:6:3: spec.pull: applies only to prebuilt images (spec.image); remove it"),
        BrokenCase(
            "reserved label key",
            web("  image: nginx\n").replacingOccurrences(
                of: "{name: web}", with: "{name: web, labels: {berth.managed: x}}"),
            "deployments/web.yaml:3:32: metadata.labels[\"berth.managed\"]: label keys starting with \"berth.\" are reserved for berth"
        ),
    ]

    static let values: [BrokenCase] = [
        BrokenCase(
            "invalid ref", web("  source:\n    repo: https://git.example.com/a.git\n    ref: feature..x\n"),
            "deployments/web.yaml:7:10: spec.source.ref: \"feature..x\" contains \'..\' or \'//\'; expected a branch, a tag or a full 40-character commit id"
        ),
        BrokenCase(
            "path escaping the repository",
            web("  source:\n    repo: https://git.example.com/a.git\n    path: app/../../etc\n"),
            "deployments/web.yaml:7:11: spec.source.path: \"app/../../etc\" contains \"..\"; paths must stay inside their root"
        ),
        BrokenCase(
            "absolute dockerfile",
            web("  source:\n    repo: https://git.example.com/a.git\n    dockerfile: /Dockerfile\n"),
            "deployments/web.yaml:7:17: spec.source.dockerfile: \"/Dockerfile\" is absolute; give a path relative to the repository"
        ),
        BrokenCase(
            "repo URL with credentials", web("  source:\n    repo: https://user:token@git.example.com/a.git\n"),
            "deployments/web.yaml:6:11: spec.source.repo: \"https://user:token@git.example.com/a.git\" carries credentials; tokens never belong in URLs (name a credential in spec.source.credentials)"
        ),
        BrokenCase(
            "unsupported repo scheme", web("  source:\n    repo: ftp://git.example.com/a.git\n"),
            "deployments/web.yaml:6:11: spec.source.repo: \"ftp://git.example.com/a.git\" uses an unsupported scheme (https://, http://, ssh://, git:// or file:// URL, or user@host:path)"
        ),
        BrokenCase(
            "image reference with upper case", web("  image: Registry.example.com/Web:1\n"),
            "deployments/web.yaml:5:10: spec.image: \"Registry.example.com/Web:1\" is not an image reference ([registry/]name[:tag][@sha256:digest], e.g. registry.example.com/redis:7.2)"
        ),
        BrokenCase(
            "duration without unit", web("  image: nginx\n  stopGracePeriod: 10\n"),
            "deployments/web.yaml:6:20: spec.stopGracePeriod: 10 is not a duration (numbers with units ms, s, m or h: 500ms, 2s, 1m30s)"
        ),
        BrokenCase(
            "duration in words",
            web("  source: {repo: https://git.example.com/a.git}\n  build: {timeout: 5 minutes}\n"),
            "deployments/web.yaml:6:20: spec.build.timeout: \"5 minutes\" is not a duration (numbers with units ms, s, m or h: 500ms, 2s, 1m30s)"
        ),
        BrokenCase(
            "memory with a unit Docker does not know", web("  image: nginx\n  resources: {memory: 256MB}\n"),
            "deployments/web.yaml:6:23: spec.resources.memory: \"256MB\" is not a memory size (plain bytes or a number with K, M, G, T, Ki, Mi, Gi or Ti: 268435456, 256Mi, 1G)"
        ),
        BrokenCase(
            "memory below Docker's minimum", web("  image: nginx\n  resources: {memory: 1Mi}\n"),
            "deployments/web.yaml:6:23: spec.resources.memory: \"1Mi\" is below Docker\'s minimum of 6Mi"),
        BrokenCase(
            "zero cpus", web("  image: nginx\n  resources: {cpus: 0}\n"),
            "deployments/web.yaml:6:21: spec.resources.cpus: 0 is not a number of CPUs greater than 0 (e.g. 0.5 or 2)"),
        BrokenCase(
            "cpus not a number", web("  image: nginx\n  resources: {cpus: half}\n"),
            "deployments/web.yaml:6:21: spec.resources.cpus: \"half\" is not a number of CPUs greater than 0 (e.g. 0.5 or 2)"
        ),
        BrokenCase(
            "restart policy out of set", web("  image: nginx\n  restartPolicy: unless-stoped\n"),
            "deployments/web.yaml:6:18: spec.restartPolicy: \"unless-stoped\" is not a restart policy (no, always, unless-stopped or on-failure); did you mean \"unless-stopped\"?"
        ),
        BrokenCase(
            "boolean not a boolean", web("  image: nginx\n  suspend: yes\n"),
            "deployments/web.yaml:6:12: spec.suspend: \"yes\" is not a boolean (true or false)"),
        BrokenCase(
            "empty command", web("  image: nginx\n  command: []\n"),
            "deployments/web.yaml:6:12: spec.command: must not be empty (leave it out to use the image\'s own command)"),
        BrokenCase(
            "command element not a string", web("  image: nginx\n  command: [/app, {a: 1}]\n"),
            "deployments/web.yaml:6:19: spec.command[1]: expected a string, found a mapping"),
        BrokenCase(
            "volume with both name and hostPath",
            web("  image: nginx\n  volumes:\n    - {name: data, hostPath: /srv, mountPath: /data}\n"),
            "deployments/web.yaml:7:20: spec.volumes[0].hostPath: name and hostPath exclude each other: mount a named volume or a host path, not both"
        ),
        BrokenCase(
            "volume mount path relative", web("  image: nginx\n  volumes:\n    - {name: data, mountPath: data}\n"),
            "deployments/web.yaml:7:31: spec.volumes[0].mountPath: \"data\" is not an absolute path"),
        BrokenCase(
            "route host not a host name",
            web("  image: nginx\n  ports: [{container: 80}]\n  route: {host: Web_Example}\n"),
            "deployments/web.yaml:7:17: spec.route.host: \"Web_Example\" is not a host name (lower-case DNS labels separated by \'.\', e.g. web.example.com)"
        ),
    ]

    static let ports: [BrokenCase] = [
        BrokenCase(
            "container port out of range", web("  image: nginx\n  ports:\n    - container: 70000\n"),
            "deployments/web.yaml:7:18: spec.ports[0].container: 70000 is not a port (1-65535)"),
        BrokenCase(
            "invalid port without follow-on probe and route errors",
            web(
                "  image: nginx\n  ports: [{container: 70000}]\n  health: {http: {}}\n  route: {host: web.example.com}\n"
            ),
            "deployments/web.yaml:6:23: spec.ports[0].container: 70000 is not a port (1-65535)"),
        BrokenCase(
            "ports not a list", web("  image: nginx\n  ports: 8080\n"),
            "deployments/web.yaml:6:10: spec.ports: expected a list, found a scalar"),
        BrokenCase(
            "container port listed twice", web("  image: nginx\n  ports: [{container: 80}, {container: 80}]\n"),
            "deployments/web.yaml:6:40: spec.ports[1].container: 80 is already listed at spec.ports[0]"),
        BrokenCase(
            "start-first with a fixed host port",
            web("  image: nginx\n  ports: [{container: 80, host: 8080}]\n  strategy: start-first\n"),
            "deployments/web.yaml:7:13: spec.strategy: start-first cannot be used because spec.ports[0].host fixes host port 8080: two generations cannot hold one port; drop the host port and add a route, or use stop-first"
        ),
        BrokenCase(
            "host network with a different host port",
            web("  image: nginx\n  network: host\n  ports: [{container: 80, host: 81}]\n"),
            "deployments/web.yaml:7:33: spec.ports[0].host: with network: host nothing is mapped: host must equal container (80) or be left out"
        ),
        BrokenCase(
            "host network with hostIP",
            web("  image: nginx\n  network: host\n  ports: [{container: 80, hostIP: 127.0.0.1}]\n"),
            "deployments/web.yaml:7:35: spec.ports[0].hostIP: has no effect with network: host (the app binds its own address); remove it"
        ),
        BrokenCase(
            "hostIP not an address", web("  image: nginx\n  ports: [{container: 80, hostIP: localhost}]\n"),
            "deployments/web.yaml:6:35: spec.ports[0].hostIP: \"localhost\" is not an IP address (e.g. 127.0.0.1, 0.0.0.0 or ::1)"
        ),
        BrokenCase(
            "network name invalid", web("  image: nginx\n  network: \"my net\"\n"),
            "deployments/web.yaml:6:12: spec.network: \"my net\" is not a network (bridge, host, or the name of an existing Docker network: letters, digits, \'_\', \'.\' and \'-\')"
        ),
    ]

    static let environment: [BrokenCase] = [
        BrokenCase(
            "env key not UPPER_SNAKE_CASE", web("  image: nginx\n  env: {logLevel: info}\n"),
            "deployments/web.yaml:6:9: spec.env.logLevel: \"logLevel\" is not UPPER_SNAKE_CASE (A-Z, 0-9 and \'_\', starting with a letter)"
        ),
        BrokenCase(
            "env not a mapping", web("  image: nginx\n  env: [A, B]\n"),
            "deployments/web.yaml:6:8: spec.env: expected a mapping, found a list"),
        BrokenCase(
            "variable in env and secretEnv",
            web("  image: nginx\n  env: {DB_PASSWORD: x}\n  secretEnv: {DB_PASSWORD: \"\(sealed)\"}\n"),
            "deployments/web.yaml:7:15: spec.secretEnv.DB_PASSWORD: DB_PASSWORD is also set in spec.env; a variable comes from env or secretEnv, not both"
        ),
        BrokenCase(
            "secret not sealed", web("  image: nginx\n  secretEnv: {DB_PASSWORD: hunter2}\n"),
            "deployments/web.yaml:6:28: spec.secretEnv.DB_PASSWORD: the value is not a sealed value: expected \"berth:v1:...\" (make one with `berth secret seal`)"
        ),
        BrokenCase(
            "PORT set by hand", web("  image: nginx\n  env: {PORT: \"80\"}\n"),
            "deployments/web.yaml:6:9: spec.env.PORT: PORT is set by berth (the port the app must bind); remove it"),
    ]

    static let health: [BrokenCase] = [
        BrokenCase(
            "health probe port out of range",
            web("  image: nginx\n  ports: [{container: 8080}]\n  health:\n    http: {path: /healthz, port: 70000}\n"),
            "deployments/web.yaml:8:34: spec.health.http.port: 70000 is not a port (1-65535)"),
        BrokenCase(
            "two health probes",
            web("  image: nginx\n  ports: [{container: 80}]\n  health:\n    http: {}\n    tcp: {}\n"),
            "deployments/web.yaml:9:5: spec.health.tcp: only one probe is allowed; found http and tcp"),
        BrokenCase(
            "no health probe", web("  image: nginx\n  health: {interval: 2s}\n"),
            "deployments/web.yaml:6:11: spec.health: needs exactly one probe: http, tcp or exec (or only settle: how "
                + "long a container without a check must keep running, e.g. settle: 2s)"),
        BrokenCase(
            "settle beside a probe",
            web("  image: nginx\n  ports: [{container: 80}]\n  health: {tcp: {}, settle: 2s}\n"),
            "deployments/web.yaml:7:21: spec.health.settle: applies only without a probe: with tcp the candidate is "
                + "ready once its checks pass"),
        BrokenCase(
            "probe settings beside settle alone", web("  image: nginx\n  health: {settle: 2s, interval: 1s}\n"),
            "deployments/web.yaml:6:24: spec.health.interval: is a probe setting, and spec.health has no probe: add "
                + "http, tcp or exec, or leave only settle"),
        BrokenCase(
            "init not a boolean", web("  image: nginx\n  init: yes please\n"),
            "deployments/web.yaml:6:9: spec.init: \"yes please\" is not a boolean (true or false)"),
        BrokenCase(
            "probe port not published",
            web("  image: nginx\n  ports: [{container: 80}]\n  health:\n    tcp: {port: 81}\n"),
            "deployments/web.yaml:8:17: spec.health.tcp.port: 81 is not one of the container ports in spec.ports (80)"),
        BrokenCase(
            "probe without any port", web("  image: nginx\n  health:\n    http: {path: /}\n"),
            "deployments/web.yaml:7:11: spec.health.http: has no port to reach: add spec.ports (probes reach the app at 127.0.0.1:<host port>)"
        ),
        BrokenCase(
            "expectStatus not a status",
            web("  image: nginx\n  ports: [{container: 80}]\n  health:\n    http: {expectStatus: 42}\n"),
            "deployments/web.yaml:8:26: spec.health.http.expectStatus: 42 is not an HTTP status (100-599)"),
    ]

    static let policy: [BrokenCase] = [
        BrokenCase(
            "privileged refused", web("  image: nginx\n  privileged: true\n"),
            "deployments/web.yaml:6:15: spec.privileged: privileged containers are not allowed by the controller policy (policy.allowPrivileged: false)"
        ),
        BrokenCase(
            "host network refused", web("  image: nginx\n  network: host\n"), policy: Policy(allowHostNetwork: false),
            "deployments/web.yaml:6:12: spec.network: host networking is not allowed by the controller policy (policy.allowHostNetwork: false); use bridge or a named network"
        ),
        BrokenCase(
            "host path outside allowHostPaths",
            web("  image: nginx\n  volumes:\n    - hostPath: /etc\n      mountPath: /host-etc\n"),
            policy: Policy(allowHostPaths: ["/srv"]),
            "deployments/web.yaml:7:17: spec.volumes[0].hostPath: /etc is not allowed by the controller policy (policy.allowHostPaths: /srv); use a named volume"
        ),
        BrokenCase(
            "capability not allowed", web("  image: nginx\n  capAdd: [NET_ADMIN, CAP_SYS_TIME]\n"),
            policy: Policy(allowCapabilities: ["SYS_TIME"]),
            "deployments/web.yaml:6:12: spec.capAdd[0]: NET_ADMIN is not allowed by the controller policy (policy.allowCapabilities: SYS_TIME)"
        ),
        BrokenCase(
            "unknown capability", web("  image: nginx\n  capAdd: [NET_ADMN]\n"),
            policy: Policy(allowCapabilities: ["ALL"]),
            "deployments/web.yaml:6:12: spec.capAdd[0]: \"NET_ADMN\" is not a Linux capability (e.g. NET_ADMIN, SYS_TIME); did you mean \"NET_ADMIN\"?"
        ),
        BrokenCase(
            "devices refused", web("  image: nginx\n  devices: [/dev/fuse]\n"),
            "deployments/web.yaml:6:12: spec.devices: devices are not allowed by the controller policy (policy.allowDevices: false)"
        ),
        BrokenCase(
            "repo outside allowRepos", web("  source: {repo: \"https://github.com/evil/x.git\"}\n"),
            policy: Policy(allowRepos: ["https://git.example.com/acme/*"]),
            "deployments/web.yaml:5:18: spec.source.repo: \"https://github.com/evil/x.git\" is not allowed by the controller policy (policy.allowRepos: https://git.example.com/acme/*)"
        ),
        BrokenCase(
            "review policy weaker than the minimum",
            web("  source: {repo: https://git.example.com/a.git}\n  review: {policy: warn}\n"),
            "deployments/web.yaml:6:20: spec.review.policy: warn is weaker than the controller\'s review.minimumPolicy (block-high); use block-high or block-medium"
        ),
    ]

    /// `spec.route` and `spec.rollout` (the router and the watch after cutover).
    static let routing: [BrokenCase] = [
        BrokenCase(
            "route path with a trailing slash",
            web("  image: nginx\n  ports: [{container: 80}]\n  route: {host: web.example.com, path: /api/}\n"),
            "deployments/web.yaml:7:40: spec.route.path: \"/api/\" ends with '/' (a path prefix: '/' or '/' and segments, without a trailing '/', '.' or '..' segments, '*', '?', '#' or spaces, e.g. /api); did you mean \"/api\"?"),
        BrokenCase(
            "route path with a wildcard",
            web("  image: nginx\n  ports: [{container: 80}]\n  route: {host: web.example.com, path: \"/api/*\"}\n"),
            "deployments/web.yaml:7:40: spec.route.path: \"/api/*\" contains '*': the router matches a plain prefix (a path prefix: '/' or '/' and segments, without a trailing '/', '.' or '..' segments, '*', '?', '#' or spaces, e.g. /api)"),
        BrokenCase(
            "route path not starting with a slash",
            web("  image: nginx\n  ports: [{container: 80}]\n  route:\n    host: web.example.com\n    path: api\n"),
            "deployments/web.yaml:9:11: spec.route.path: \"api\" does not start with '/' (a path prefix: '/' or '/' and segments, without a trailing '/', '.' or '..' segments, '*', '?', '#' or spaces, e.g. /api)"),
        BrokenCase(
            "route path with a dot-dot segment",
            web("  image: nginx\n  ports: [{container: 80}]\n  route: {host: web.example.com, path: /a/../b}\n"),
            "deployments/web.yaml:7:40: spec.route.path: \"/a/../b\" has a '.' or '..' segment (a path prefix: '/' or '/' and segments, without a trailing '/', '.' or '..' segments, '*', '?', '#' or spaces, e.g. /api)"),
        BrokenCase(
            "route path with a query",
            web("  image: nginx\n  ports: [{container: 80}]\n  route: {host: web.example.com, path: \"/a?b=1\"}\n"),
            "deployments/web.yaml:7:40: spec.route.path: \"/a?b=1\" contains '?': the router matches a plain prefix (a path prefix: '/' or '/' and segments, without a trailing '/', '.' or '..' segments, '*', '?', '#' or spaces, e.g. /api)"),
        BrokenCase(
            "route drain too long",
            web("  image: nginx\n  ports: [{container: 80}]\n  route: {host: web.example.com, drain: 11m}\n"),
            "deployments/web.yaml:7:41: spec.route.drain: \"11m\" is too long (at most 10m)"),
        BrokenCase(
            "route drain not a duration",
            web("  image: nginx\n  ports: [{container: 80}]\n  route: {host: web.example.com, drain: soon}\n"),
            "deployments/web.yaml:7:41: spec.route.drain: \"soon\" is not a duration (numbers with units ms, s, m or h: 500ms, 2s, 1m30s)"),
        BrokenCase(
            "route without host",
            web("  image: nginx\n  ports: [{container: 80}]\n  route: {path: /api}\n"),
            "deployments/web.yaml:7:10: spec.route.host: is required (the host name to route, e.g. web.example.com)"),
        BrokenCase(
            "route without a port",
            web("  image: nginx\n  route: {host: web.example.com, path: /api}\n"),
            "deployments/web.yaml:6:10: spec.route: has no port to route to: add spec.ports"),
        BrokenCase(
            "rollout watch zero", web("  image: nginx\n  rollout: {watch: 0s}\n"),
            "deployments/web.yaml:6:20: spec.rollout.watch: must be longer than zero (numbers with units ms, s, m or h: 500ms, 2s, 1m30s)"),
        BrokenCase(
            "rollout watch longer than an hour", web("  image: nginx\n  rollout: {watch: 1h1s}\n"),
            "deployments/web.yaml:6:20: spec.rollout.watch: \"1h1s\" is too long (at most 1h)"),
        BrokenCase(
            "rollout failure threshold zero", web("  image: nginx\n  rollout:\n    watch: 30s\n    failureThreshold: 0\n"),
            "deployments/web.yaml:8:23: spec.rollout.failureThreshold: 0 is not a number of failed probes in a row (1-100)"),
        BrokenCase(
            "rollout unknown field", web("  image: nginx\n  rollout: {watch: 30s, canary: 2}\n"),
            "deployments/web.yaml:6:25: spec.rollout.canary: unknown field \"canary\" (valid: watch, failureThreshold, parallelism, delay, failureAction, monitor)"),
        BrokenCase(
            "rollout misspelt field", web("  image: nginx\n  rollout: {wach: 30s}\n"),
            "deployments/web.yaml:6:13: spec.rollout.wach: unknown field \"wach\"; did you mean \"watch\"?"),
    ]

    static let crossFile: [BrokenCase] = [
        BrokenCase(
            "duplicate names across two files",
            files: [
                ("deployments/a.yaml", web("  image: nginx\n")),
                ("deployments/b.yaml", "# second\n" + web("  image: redis\n")),
            ],
            "deployments/a.yaml:3:18: metadata.name: \"web\" is also declared at deployments/b.yaml:4:18; names must be unique across the repository",
            "deployments/b.yaml:4:18: metadata.name: \"web\" is also declared at deployments/a.yaml:3:18; names must be unique across the repository"
        ),
        BrokenCase(
            "duplicate host ports across deployments",
            files: [
                ("deployments/a.yaml", web("  image: nginx\n  ports: [{container: 80, host: 8080}]\n")),
                (
                    "deployments/b.yaml",
                    web("  image: nginx\n  network: host\n  ports:\n    - container: 8080\n").replacingOccurrences(
                        of: "name: web", with: "name: api")
                ),
            ],
            "deployments/a.yaml:6:33: spec.ports[0].host: host port 8080 is also held by deployment \"api\" at deployments/b.yaml:8:18; a host port can serve one deployment",
            "deployments/b.yaml:8:18: spec.ports[0].container: host port 8080 is also held by deployment \"web\" at deployments/a.yaml:6:33; a host port can serve one deployment"
        ),
        BrokenCase(
            "duplicate route host and path across deployments",
            files: [
                ("deployments/a.yaml", web("  image: nginx\n  ports: [{container: 80}]\n  route: {host: shop.example.com}\n")),
                (
                    "deployments/b.yaml",
                    web("  image: nginx\n  ports: [{container: 80}]\n  route:\n    host: shop.example.com\n    path: /\n")
                        .replacingOccurrences(of: "name: web", with: "name: api")
                ),
            ],
            "deployments/b.yaml:8:5: spec.route: host shop.example.com with path / is already routed to deployment \"web\" at deployments/a.yaml:7:10; a host and path prefix route to one deployment (use another spec.route.path or host)"
        ),
    ]
}
