import Manifest

/// Rules for code and configuration that switch a protection off, one line at a time: TLS verification, a
/// framework's debug mode, CORS for every origin, a proxy whose upstream the request names. Matches in test code are
/// lowered to `low`. Input reaching a dangerous call is ``CodeSinks``.
enum CodeRules {
    static let all: [StaticRule] = [
        tlsVerifyDisabled, insecureDownload, processTLSOff, debugEnabled, corsWildcard, tokenUnverified,
        containerEscape, requestNamedUpstream, fastPasswordEncoder, fewHashIterations, publicDatabase,
        passwordlessDatabase, anonymousAdmin, clusterAdminBinding, publicBucket, exposedActuator, railsUnsafeYAML,
        massAssignment, profilerMounted, remoteDebuggerOpen, decodedSecretPrinted, redirectPatternAnyHost,
        unfilteredTarExtraction, ciDebugTrace, securityIgnoredPath,
        partialSignatureMatch,
    ]

    /// Configuration and deployment files: compose, Kubernetes and Helm, CI, images and scripts.
    private static let deployment: Set<ReviewedFile.Kind> = [.config, .other, .ci, .dockerfile, .shell]

    private static let code = ReviewedFile.code

    /// Certificate checks switched off, by argument, option or field assignment: `verify=False`,
    /// `rejectUnauthorized: false`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, `InsecureSkipVerify: true` or
    /// `cfg.InsecureSkipVerify = true`, `CERT_NONE`, `check_hostname = False`, `VERIFY_NONE` (Erlang's and Elixir's
    /// `verify: :verify_none`), Guzzle's
    /// `'verify' => false`, `CURLOPT_SSL_VERIFYPEER` false, trust-all managers and hostname verifiers, .NET
    /// validation callbacks that return true, reqwest's `danger_accept_invalid_certs(true)`, empty
    /// `checkServerTrusted` bodies, Alamofire's `DisabledTrustEvaluator`, SwiftNIO's `certificateVerification = .none`,
    /// Node's `checkServerIdentity: () => undefined`, a WebView's `handler.proceed()` on an SSL error, infrastructure
    /// settings such as Ansible's `validate_certs: no`, `verify_certs=False`, `insecure_skip_verify: true`,
    /// `tlsSkipVerify: true`, `insecure-skip-tls-verify: true`, Caddy's `tls_insecure_skip_verify`, HAProxy's
    /// `verify none`, a certificate accepted on its issuer's or subject's name (Swift's
    /// unevaluated `URLCredential(trust:)` is ``UnevaluatedServerTrust``): anyone on the network
    /// path can read and change the traffic. A flag read from configuration is not a finding, unless the check is
    /// on only when a variable says so (`rejectUnauthorized: process.env.STRICT === 'true'`). Nor is a setting in a
    /// test or developer environment's configuration file (`config/test.toml`, `appsettings.Development.json`).
    static let tlsVerifyDisabled = codeRule(
        id: "code.tls-verify-disabled", severity: .high, kinds: code.union([.config, .other]),
        message: "TLS certificate verification is disabled; keep it on and trust the right CA instead",
        patterns: [
            .init(#"\bverify\s*=\s*False\b"#, "verify"),
            .init(#"\brejectUnauthorized["']?\s*[:=]\s*false\b"#, "rejectunauthorized"),
            .init(#"NODE_TLS_REJECT_UNAUTHORIZED["']?\s*[=:,]\s*["']?0"#, "node_tls_reject_unauthorized"),
            .init(#"\bInsecureSkipVerify\s*[:=]\s*true\b"#, "insecureskipverify"),
            .init(#"\b(VERIFY_NONE|CERT_NONE|verify_none)\b"#, "verify_none", "cert_none"),
            .init(#"\bcheck_hostname\s*=\s*False\b"#, "check_hostname"),
            // A .NET validation callback that lets a certificate through with chain or name errors besides none.
            .init(
                #"\|\|\s*[\w.]+\s*==\s*SslPolicyErrors\.RemoteCertificate(Chain|NameMismatch)Errors\b"#,
                "remotecertificate"),
            .init(#"CURLOPT_SSL_VERIFY(PEER|HOST)["']?\s*(,|=>)\s*(false|0)\b"#, "curlopt_ssl_verify"),
            .init(#"["']verify["']\s*=>\s*false\b"#, "verify"),
            .init(
                #"(?i)\b(TrustAll\w*|NoopHostnameVerifier|ALLOW_ALL_HOSTNAME_VERIFIER|TrustSelfSignedStrategy|"#
                    + #"InsecureTrustManagerFactory|DangerousAcceptAnyServerCertificateValidator|"#
                    + #"Disabled(Trust)?Evaluator)\b"#,
                "trustall", "noophostnameverifier", "allow_all_hostname", "trustselfsigned", "insecuretrustmanager",
                "dangerousacceptany", "disabled"),
            // A trust manager whose server check is empty, a Node `checkServerIdentity` that accepts everything,
            // SwiftNIO's `certificateVerification = .none`, an Android WebView proceeding past certificate errors.
            .init(#"\bcheckServerTrusted\s*\([^)]*\)\s*(\{\s*\}|=\s*Unit\b)"#, "checkservertrusted"),
            .init(
                #"\bcheckServerIdentity\s*[:=]\s*(\([^)]*\)|\w+)\s*=>\s*(undefined|null|\{\s*\})"#,
                "checkserveridentity"),
            .init(#"\bcertificateVerification\s*[:=]\s*\.none\b"#, "certificateverification"),
            // A certificate accepted because its issuer's or subject's name reads right (`errors == None ||` then
            // `cert?.Issuer.Contains("FreightLink")`): anyone can put that name in a certificate they sign.
            .init(
                #"(?:\|\||^\s*\(?|\breturn\s+)\s*\(?\s*\w*(?i:cert)\w*\??\.(?:Issuer|Subject|IssuerName\.Name|"#
                    + #"SubjectName\.Name|getIssuerDN\(\)\.getName\(\)|getSubjectDN\(\)\.getName\(\)|"#
                    + #"issuerX500Principal\.name|subjectX500Principal\.name)\??\.(?:Contains|StartsWith|EndsWith|"#
                    + #"contains|startsWith|endsWith)\s*\("#,
                "issuer", "subject"),
            .init(#"\bhandler\??\.proceed\s*\(\s*\)"#, "proceed"),
            .init(#"\bssl\._create_unverified_context\b"#, "_create_unverified_context"),
            .init(
                #"(ServerCertificateCustomValidationCallback|ServerCertificateValidationCallback|"#
                    + #"RemoteCertificateValidationCallback)\s*[+]?=.*=>\s*true\b"#, "validationcallback"),
            .init(#"(setHostnameVerifier|hostnameVerifier)\s*[(=].*->\s*true\b"#, "hostnameverifier"),
            .init(#"\{\s*_?\s*,\s*_?\s*->\s*true\s*\}"#, "-> true"),
            // Dart's `badCertificateCallback = (cert, host, port) => true`, PowerShell's
            // `ServerCertificateValidationCallback = {$true}` and `-SkipCertificateCheck`.
            .init(
                #"\bbadCertificateCallback\s*=\s*\([^)]*\)\s*(=>\s*true\b|\{\s*return\s+true\b)"#,
                "badcertificatecallback"),
            .init(
                #"(?i)ServerCertificateValidationCallback\s*=\s*\{\s*(param\s*\([^)]*\)\s*)?\$true\s*\}|"#
                    + #"-SkipCertificateCheck\b"#,
                "validationcallback", "skipcertificatecheck"),
            .init(#"danger_accept_invalid_(certs|hostnames)\s*\(\s*true"#, "danger_accept_invalid"),
            // Infrastructure settings by name, in any case and with `_` or `-`: a check named on (`validate_certs`,
            // `verify_ssl`, `tls-verify`, Symfony's and PHP streams' `verify_peer`) set off, or a skip named on
            // (`insecure_skip_verify`, `insecure-skip-tls-verify`, `tls_insecure`) set on.
            .init(
                #"(?i)\b(tls[_-]?verify|ssl[_-]?verify|verify[_-]?(ssl|tls|certs?|certificates?|peer|host)|sslverify|"#
                    + #"validate[_-]?(certs?|certificates?))["']?\s*(?:=>|[:=])\s*["']?(false|0|no|off)\b"#,
                "verify", "validate"),
            // Also a trust of every certificate named on: Micronaut's `insecure-trust-all-certificates: true`,
            // `accept_invalid_certs = true`, `acceptAnyCertificate: true`.
            .init(
                #"(?i)\b(insecure[_-]?skip[_-]?(tls[_-]?)?verify|"#
                    + #"((tls|ssl)[_-]?)?skip[_-]?((tls|ssl)[_-]?)?verif(y|ication)|"#
                    + #"(insecure[_-]?)?trust[_-]?all[_-]?(certs?|certificates?)|"#
                    + #"accept[_-]?(any|all|invalid|untrusted)[_-]?(certs?|certificates?)|"#
                    + #"(tls|ssl)[_-]?insecure)["']?\s*[:=]\s*["']?(true|1|yes|on)\b"#,
                "insecure", "verify", "verification", "trust", "accept"),
            // A proxy's directive alone on its line: Caddy's `tls_insecure_skip_verify`, HAProxy's
            // `server … ssl verify none`.
            .init(
                #"^\s*tls_insecure_skip_verify\s*$|^\s*server\s[^\n#]*\bssl\b[^\n#]*\bverify\s+none\b"#,
                "tls_insecure_skip_verify", "verify none"),
            // Off unless a variable is set: `session.verify = os.environ.get("VENDOR_CA_BUNDLE", False)`.
            .init(
                #"\bverify\s*=\s*os\.(environ\.get|getenv)\(\s*["'][^"']+["']\s*,\s*False\s*\)"#, "verify"),
            // On only when a variable says so (`rejectUnauthorized: process.env.X === 'true'`): off by default.
            .init(
                #"(?i)\b(rejectUnauthorized|verify|tls_?verify|ssl_?verify|verify_?ssl|verify_?tls|sslverify)["']?\s*"#
                    + #"[:=]\s*[^,;}=]*(getenv|environ|process\.env|ENV\[|ENV\.fetch|settings|config)[^,;}=]*"#
                    + #"===?\s*["'](true|1|yes|on)["']"#,
                "rejectunauthorized", "verify"),
        ],
        // A setting in a test or developer environment's configuration (`config/test.toml`) reaches the certificates
        // a test run or a laptop makes for itself.
        onlyIf: { _, file in ![.config, .other].contains(file.kind) || !file.configuresLocalEnvironment }
    )

    /// nginx proxying to where the request says: `proxy_pass $arg_src;`, `proxy_pass http://$http_x_target/…;`. The
    /// host comes from a query argument, a header or a cookie, so a client makes the server fetch internal addresses
    /// (`$request_uri` after a fixed host picks only the path).
    static let requestNamedUpstream = StaticRule(
        id: "code.ssrf", severity: .high, kinds: [.config, .other],
        message: "the proxy's upstream host comes from the request; proxy to fixed upstreams only",
        patterns: [.init(#"\bproxy_pass\s+([a-z]+://)?\$(arg|http|cookie)_\w+"#, "proxy_pass")]
    )

    /// Downloads and package or git operations with certificate checks off in scripts, Dockerfiles and CI:
    /// `curl -k`/`--insecure` (or in the options a script keeps for curl), `wget --no-check-certificate`,
    /// `git -c http.sslVerify=false`, `GIT_SSL_NO_VERIFY`, `npm config set strict-ssl false`, `pip --trusted-host`.
    /// What is fetched can be swapped in transit.
    static let insecureDownload = StaticRule(
        id: "code.tls-verify-disabled", severity: .high, kinds: [.dockerfile, .shell, .ci],
        message: "a download, package install or cluster client skips TLS verification; keep it on and trust the "
            + "right CA instead",
        patterns: [
            .init(#"\b(curl|wget)\b[^|;&\n]*\s(-k|--insecure|--no-check-certificate)\b"#, "curl", "wget"),
            // kubectl's and helm's flag: the cluster's token goes to whatever answers.
            .init(#"--(insecure-skip-tls-verify|kube-insecure-skip-tls-verify)(=true)?(?![=\w-])"#, "insecure-skip"),
            // The options kept in a variable the script passes on: `CURL_OPTS=(--fail … --insecure)`, or added to it
            // (`CURL_OPTS+=(--insecure)`).
            .init(
                #"(?i)\b\w*(curl|wget)\w*\s*\+?=\s*\(?["']?[^\n]*[\s(](-k|--insecure|--no-check-certificate)\b"#,
                "curl", "wget"),
            .init(
                #"(?i)http\.sslverify["'=\s]+false|GIT_SSL_NO_VERIFY\s*=\s*(1|true)"#, "sslverify",
                "git_ssl_no_verify"),
            .init(
                #"strict-ssl\s+false|--trusted-host\b|PYTHONHTTPSVERIFY\s*=\s*0"#, "strict-ssl", "trusted-host",
                "pythonhttpsverify"),
        ],
        unless: [#"(localhost|127\.0\.0\.1)"#]
    )

    /// Certificate checks switched off for every connection a process makes, by the environment an image, a script or
    /// a CI job gives it: `ENV NODE_TLS_REJECT_UNAUTHORIZED=0`, `export NODE_TLS_REJECT_UNAUTHORIZED=0`. Not where the
    /// line points the process at this machine (`withEnv(['NODE_TLS_REJECT_UNAUTHORIZED=0', 'URL=https://localhost'])`
    /// in a Jenkinsfile).
    static let processTLSOff = StaticRule(
        id: "code.tls-verify-disabled", severity: .high, kinds: [.dockerfile, .shell, .ci],
        message: "TLS certificate verification is off for every connection the process makes; keep it on and trust "
            + "the right CA instead",
        patterns: [
            .init(
                #"\bNODE_TLS_REJECT_UNAUTHORIZED["']?(?:\s*[=:]\s*|\s+)["']?0\b"#, "node_tls_reject_unauthorized")
        ],
        unless: [#"(localhost|127\.0\.0\.1)"#]
    )

    /// A debug mode that serves tracebacks, settings and (Werkzeug) an interactive console:
    /// `app.run(debug=True)`, `app.debug = True`, `DEBUG = True` in a Django settings file that is not a
    /// development one. Read it from the environment, off by default.
    /// A managed database given a public address (Terraform's `publicly_accessible = true` on an RDS instance or a
    /// Redshift cluster, CloudFormation's `PubliclyAccessible: true`): its port answers the whole internet, with
    /// only a password in the way.
    static let publicDatabase = codeRule(
        id: "infra.public-database", severity: .high, kinds: [.config, .other],
        message: "the database is given a public address; keep it in private subnets and reach it through a VPN, a "
            + "bastion or a private link",
        patterns: [
            // Also a variable set for one (`db_publicly_accessible = true` in a `.tfvars` file).
            .init(#"(?i)^\s*"?(\w+_)?publicly_?accessible"?\s*[:=]\s*"?true\b"#, "publicly"),
            // A managed database's firewall rule that ends at the last IPv4 address (Azure's `start_ip_address =
            // "0.0.0.0"` … `end_ip_address = "255.255.255.255"`): every address on the internet.
            .init(#"(?i)\bend_?ip_?address["']?\s*[:=]\s*["']255\.255\.255\.255["']"#, "end"),
        ]
    )

    /// A database that lets anyone in without a password: the Postgres image's `POSTGRES_HOST_AUTH_METHOD: trust`, a
    /// `pg_hba.conf` line trusting every address, MySQL's and Bitnami's `*_ALLOW_EMPTY_PASSWORD: yes`. Not in a CI
    /// pipeline's service containers.
    static let passwordlessDatabase = codeRule(
        id: "infra.database-without-password", severity: .high, kinds: deployment,
        message: "the database accepts connections without a password; keep password (scram-sha-256) authentication",
        patterns: [
            .init(#"POSTGRES_HOST_AUTH_METHOD["']?\s*[:=]\s*["']?trust\b"#, "postgres_host_auth_method"),
            .init(#"(?i)^\s*host(ssl)?\s+all\s+all\s+(0\.0\.0\.0/0|::/0|all)\s+trust\b"#, "trust"),
            .init(#"ALLOW_EMPTY_PASSWORD["']?\s*[:=]\s*["']?(yes|true|1)\b"#, "allow_empty_password"),
        ],
        // A CI pipeline's service containers live for one job, reachable from it alone, holding its test data.
        onlyIf: { _, file in file.kind != .ci }
    )

    /// Anonymous visitors given an administrator's or editor's role: Grafana's `[auth.anonymous] org_role = Admin`,
    /// `GF_AUTH_ANONYMOUS_ORG_ROLE=Admin`.
    static let anonymousAdmin = codeRule(
        id: "infra.anonymous-admin", severity: .high, kinds: deployment,
        message:
            "anonymous visitors get an administrator's or editor's role; give them Viewer at most, or sign them in",
        patterns: [
            .init(
                #"(?i)(?<![\w])(org_role|GF_AUTH_ANONYMOUS_ORG_ROLE)["']?\s*[:=]\s*["']?(Admin|Editor)\b"#, "org_role")
        ]
    )

    /// A Kubernetes binding to `cluster-admin` (`roleRef: name: cluster-admin`, `kubectl create clusterrolebinding
    /// … --clusterrole=cluster-admin`): whatever runs as its subject owns the cluster and every secret in it.
    static let clusterAdminBinding = codeRule(
        id: "infra.cluster-admin-binding", severity: .high, kinds: deployment,
        message: "a service account or user is bound to cluster-admin; bind a role with only the verbs and "
            + "namespaces it needs",
        patterns: [
            .init(#"^\s*name:\s*["']?cluster-admin["']?\s*$|--clusterrole[= ]cluster-admin\b"#, "cluster-admin")
        ]
    )

    /// An S3 bucket's public-access block switched off for policies (`block_public_policy = false`,
    /// `restrict_public_buckets = false`, Pulumi's and the CDK's `blockPublicPolicy: false`) or a bucket anyone may
    /// write (`acl = "public-read-write"`).
    static let publicBucket = codeRule(
        id: "infra.public-bucket", severity: .high, kinds: deployment.union(code),
        message: "the bucket's public-access block is switched off: a policy may now hand its objects to anyone; "
            + "share them with presigned URLs or named principals",
        patterns: [
            .init(
                #"(?i)^\s*"?(block_public_policy|restrict_public_buckets|BlockPublicPolicy|RestrictPublicBuckets)"?"#
                    + #"\s*[:=]\s*"?false\b|\bacl\s*=\s*"public-read-write""#, "public")
        ]
    )

    /// Spring Boot's actuator showing configuration values (`show-values: ALWAYS` on `env` or `configprops`,
    /// `management.endpoints.web.exposure.include=*`), or a security chain letting anyone reach every endpoint
    /// (`.requestMatchers(EndpointRequest.toAnyEndpoint().excluding("shutdown")).permitAll()`,
    /// `.requestMatchers("/actuator/**").permitAll()`): datasource passwords and API keys are one request away.
    static let exposedActuator = codeRule(
        id: "infra.actuator-exposed", severity: .high, kinds: [.config, .other, .java],
        message: "the actuator exposes every endpoint or shows configuration values (secrets among them); expose "
            + "health and info only, and keep values masked",
        patterns: [
            .init(
                #"(?i)\bshow-values["']?\s*[:=]\s*["']?always\b|\bexposure\.include\s*[:=]\s*["']?\*"#,
                "show-values", "exposure.include"),
            .init(
                #"(?:\bEndpointRequest\.toAnyEndpoint\(\s*\)(?:\.excluding\([^()]*\))?|["']/actuator/\*\*["'])"#
                    + #"\s*\)\s*\.permitAll\(\s*\)"#,
                "toanyendpoint", "/actuator/**"),
        ]
    )

    /// A model filled with everything the request posted, past the framework's list of assignable fields: Laravel's
    /// `forceFill($request->except([…]))` or `forceCreate($request->all())`, or every field but a deny-list
    /// (`fill($request->except([…]))`), Rails's `params.permit!` or
    /// `params.to_unsafe_h`, Django's and Flask's `Model.objects.create(**request.data)` or `User(**request.json)`,
    /// Express's `Object.assign(user, req.body)` or `User.findByIdAndUpdate(id, req.body)`. A caller sets `is_admin`,
    /// `role` or `owner_id` on their own record. Fields picked by name (`$request->only([…])`, `->validated()`,
    /// `permit(:name, :email)`) are not a finding.
    static let massAssignment = codeRule(
        id: "code.mass-assignment", severity: .high, kinds: code,
        message: "every field the request posts is assigned to the model, past its list of assignable fields; "
            + "assign the fields the form may change by name",
        patterns: [
            .init(
                #"->force(Fill|Create)\s*\(\s*(\$request->|request\(\)->)(all|except|input|post|json|toArray)\s*\("#,
                "force"),
            // Every field but a deny-list, even through `$fillable`: a column added later is assignable at once.
            .init(#"(->|::)(fill|update|create)\s*\(\s*(\$request->|request\(\)->)except\s*\("#, "except"),
            .init(#"\bparams\b[^#\n]*\.(permit!|to_unsafe_h(ash)?\b)"#, "permit!", "to_unsafe_h"),
            .init(
                #"(\.(create|update|update_or_create|get_or_create)|\b[A-Z]\w*)\(\s*\*\*\s*request\."#
                    + #"(data|POST|json|form|get_json\(\))"#, "**"),
            .init(
                #"\bObject\.assign\(\s*\w*(?i:user|account|profile|member|customer)\w*\s*,\s*req\.body\s*\)|"#
                    + #"\.(findByIdAndUpdate|findOneAndUpdate|updateOne)\(\s*[^,()]+,\s*req\.body\s*[,)]"#,
                "req.body"),
        ]
    )

    /// A signature accepted when the computed one merely starts with, ends with or contains what the caller sent
    /// (`strings.HasPrefix(expected, provided)`, `expectedSig.startsWith(header)`, `str_starts_with($digest, $sig)`):
    /// an empty or one-character signature passes, and anyone can forge the request. A prefix of a scheme written as
    /// a constant (`strings.HasPrefix(sig, "sha256=")`, `signature.startsWith(PREFIX)`) is parsing, not a finding.
    static let partialSignatureMatch = codeRule(
        id: "code.signature-partial-match", severity: .high, kinds: code,
        message: "a signature is accepted when the expected one only starts with or contains what was sent, so an "
            + "empty signature passes; compare the whole value in constant time",
        patterns: [
            .init(
                #"\b(?:strings\.(?:HasPrefix|HasSuffix|Contains)|bytes\.(?:HasPrefix|HasSuffix|Contains)|"#
                    + #"str_starts_with|str_ends_with|str_contains|strpos)\s*\(\s*\$?"# + signatureName
                    + #"\s*,\s*\$?"# + variableName + #"\s*\)"#,
                "prefix", "suffix", "contains", "str_", "strpos"),
            .init(
                #"\b"# + signatureName + #"\s*\.\s*(?:startsWith|StartsWith|startswith|start_with\?|endsWith|"#
                    + #"EndsWith|endswith|end_with\?|includes|contains|Contains|include\?)\s*\(\s*"# + variableName
                    + #"\s*[,)]"#,
                "with", "includes", "contains", "include?"),
        ]
    )

    /// A name for a computed signature: `expected`, `computedMac`, `expected_sig`, `sig`, `hmacHex`, `digest`.
    private static let signatureName =
        #"(?:(?i:expected|computed|calculated)\w*|(?i:sig|signature|hmac|mac|digest)(?:[A-Z_]\w*)?|"#
        + #"\w+(?:Signature|Sig|Hmac|Mac|Digest|_sig|_signature|_hmac|_mac|_digest))"#
    /// A name that is not an all-caps constant (`provided`, `header`, `req.headers["x-sig"]`).
    private static let variableName = #"(?![A-Z][A-Z0-9_]*\b)[A-Za-z_]\w*(?:\.\w+|\[[^\]\n]*\])*"#

    /// Rails told to load every serialized column with Psych's unsafe loader again
    /// (`config.active_record.use_yaml_unsafe_load = true`, CVE-2022-32224).
    static let railsUnsafeYAML = codeRule(
        id: "code.yaml-unsafe-load", severity: .high, kinds: [.ruby],
        message: "serialized columns are loaded with YAML's unsafe loader, which builds any object a row names; "
            + "list the permitted classes instead",
        patterns: [.init(#"\buse_yaml_unsafe_load\s*=\s*true\b"#, "use_yaml_unsafe_load")]
    )

    static let debugEnabled = codeRule(
        id: "code.debug-enabled", severity: .high, kinds: [.python],
        message:
            "the framework's debug mode is on (tracebacks, settings, a remote console); read it from the environment",
        patterns: [
            .init(#"\.run\s*\(.*\bdebug\s*=\s*True\b"#, "debug"), .init(#"\bapp\.debug\s*=\s*True\b"#, "debug"),
            .init(#"^\s*DEBUG\s*=\s*True\b"#, "debug"),
        ],
        onlyIf: { match, file in
            guard match.contains("DEBUG"), !match.contains("app.") else { return true }
            let path = file.path.lowercased()
            return path.contains("settings") && !["dev", "local", "test"].contains { path.contains($0) }
        }
    )

    /// Go's profiler mounted on a router (`r.Mount("/debug", middleware.Profiler())`, `mux.HandleFunc("/debug/pprof/",
    /// pprof.Index)`): heap and goroutine dumps, CPU profiles and the command line for whoever reaches the route.
    /// Serve it on a listener bound to localhost instead.
    static let profilerMounted = codeRule(
        id: "code.debug-enabled", severity: .high, kinds: [.go],
        message: "the profiler (pprof) is mounted on the application's router: memory dumps and profiles for anyone; "
            + "serve it on a separate listener bound to localhost",
        patterns: [
            .init(
                #"\.(?:Mount|Handle|HandleFunc)\(\s*"[^"]*"\s*,\s*"#
                    + #"(?:middleware\.Profiler\(\)|pprof\.(?:Index|Handler|Profile)\b)"#,
                "profiler", "pprof")
        ]
    )

    /// A remote debugger listening on every interface: Node's inspector (`--inspect=0.0.0.0:9229`), the JVM's JDWP
    /// (`address=*:5005`), debugpy (`--listen 0.0.0.0:5678`), Delve (`--listen=:2345`). Whoever reaches the port runs
    /// code in the process, with no password. A debug or local setup (`docker-compose.debug.yml`,
    /// `docker-compose.override.yml`, `scripts/dev-start.sh`), where the container's port is published to the
    /// developer's machine only, is where one belongs, and is no finding.
    static let remoteDebuggerOpen = codeRule(
        id: "code.debug-enabled", severity: .high, kinds: deployment.union(ReviewedFile.code),
        message: "a remote debugger listens on every interface: anyone who reaches the port runs code in the "
            + "process; bind it to 127.0.0.1 and reach it through a tunnel",
        patterns: [
            .init(
                #"--inspect(?:-brk|-wait)?=["']?(?:0\.0\.0\.0|\[::\]|\*):|\bjdwp=[^\s"']*\baddress=(?:\*|0\.0\.0\.0):"#
                    + #"|\bdebugpy\b[^\n]*(?:--listen\s+|listen\(\s*\(\s*["'])0\.0\.0\.0\b"#
                    + #"|\bdlv\b[^\n]*--listen[= ]["']?(?:0\.0\.0\.0)?:\d"#,
                "--inspect", "jdwp=", "debugpy", "dlv")
        ],
        onlyIf: { _, file in
            let path = file.path.lowercased()
            return !["dev", "debug", "local", "test", "override"].contains { path.contains($0) }
        }
    )

    /// A CI job that decodes a variable to its log: `echo "$KUBE_CONFIG_B64" | base64 -d`, or `… | base64 -d | tee
    /// ~/.kube/config`. The runner masks a secret's stored form, not its decoded text, so the kubeconfig or key is
    /// printed in clear for whoever reads the job's log. Decoded into a file (`> ~/.kube/config`, `| tee f >
    /// /dev/null`), into a command (`| kubectl apply -f -`) or a variable (`$(…)`) it is not.
    static let decodedSecretPrinted = codeRule(
        id: "ci.secrets-exfiltration", severity: .high, kinds: [.ci],
        message: "a variable is decoded into the job's log, where the runner's masking does not hide it; decode it "
            + "into a file or a command instead",
        patterns: [
            .init(
                #"(?<!\$\()(?<!`)\b(?:echo|printf)\b[^|\n]*\$[^|\n]*\|\s*(?:base64\s+(?:-d|--decode|-D)|"#
                    + #"openssl\s+base64\s+-d)\s*(?:\|\s*tee\s+(?:-a\s+)?[^\s|>;&]+\s*)?["']?\s*$"#,
                "base64")
        ]
    )

    /// An allow-list pattern for redirect or callback URLs whose host is a wildcard (`const FORWARDED_CALLBACK =
    /// /^https:\/\/[^/]+\/callback$/`, `REDIRECT_RE = re.compile(r"^https://.*/oauth/cb")`): any host passes, so a
    /// crafted link sends the user, with the code or token the redirect carries, to an attacker's site. A pattern that
    /// names the domain after its wildcard (`[^/]+\.example\.com`) is no finding.
    static let redirectPatternAnyHost = codeRule(
        id: "code.open-redirect", severity: .high, kinds: code,
        message: "the redirect allow-list pattern takes any host: a crafted link sends the user and what the "
            + "redirect carries to another site; name the allowed hosts in the pattern",
        patterns: [
            .init(
                #"(?i)\b\w*(?:redirect|callback|return_?(?:to|url)|next_?url)\w*\s*(?::\s*[\w.]+\s*)?[:=]\s*"#
                    + #"(?:new\s+RegExp\(\s*|re\.compile\(\s*r?|Regex\(\s*|Pattern\.compile\(\s*)?[/"'`]\^?"#
                    + #"https\??:(?:\\/\\/|//)(?:\[\^\\?/\][+*]|\.[*+]|\\S\+)(?:\\/|/|\$|:)"#,
                "redirect", "callback", "return", "next")
        ]
    )

    /// A tar archive extracted whole by Python's `tarfile` with no filter (`tar.extractall(dest)`, not
    /// `filter="data"` or vetted `members=`): a member named `../../app/settings.py`, an absolute path or a link
    /// writes outside the destination (tar slip). The operators' own tooling (`scripts/`, `tools/`, `bin/`) unpacks
    /// archives it made, and is no finding.
    static let unfilteredTarExtraction = codeRule(
        id: "code.path-traversal", severity: .high, kinds: [.python],
        message: "a tar archive is extracted with no filter: a member named ../… or a link writes outside the "
            + "destination; pass filter=\"data\" or check each member's path",
        patterns: [
            .init(
                #"(?:\b\w*(?i:tar)\w*|\btf|\btarfile\.open\([^()]*\))\.extractall\((?![^)]*\b(?:filter|members)\s*=)"#,
                "extractall")
        ],
        onlyIf: { _, file in
            !file.path.split(separator: "/").dropLast().contains { ["scripts", "tools", "bin"].contains($0) }
        }
    )

    /// GitLab's `CI_DEBUG_TRACE: "true"` (or `CI_DEBUG_SERVICES`) set in a pipeline: the runner prints every
    /// command with every variable it holds, protected secrets among them, into a log the project's developers can
    /// read.
    static let ciDebugTrace = codeRule(
        id: "ci.secrets-exfiltration", severity: .high, kinds: [.ci],
        message: "debug tracing prints every job variable, secrets among them, into the job's log; trace a "
            + "throwaway job without secrets instead",
        patterns: [.init(#"^\s*CI_DEBUG_(?:TRACE|SERVICES)\s*:\s*["']?(?:true|1)["']?\s*$"#, "ci_debug_")]
    )

    /// Spring Security told to ignore an application path
    /// (`web.ignoring().requestMatchers("/api/accounts/*/statements/**")`): the whole filter chain is skipped, so no
    /// authentication, no authorization, no CSRF for it. Static assets (`/assets/**`, `/favicon.ico`) are what
    /// `ignoring()` is for.
    static let securityIgnoredPath = codeRule(
        id: "code.auth-removed", severity: .high, kinds: [.java],
        message: "Spring Security ignores an application path: no filter chain, no authentication for it; use "
            + "permitAll() for public pages and keep the API behind the chain",
        patterns: [
            .init(
                #"\bignoring\(\)\s*\.\s*(?:requestMatchers|antMatchers|mvcMatchers)\([^)]*"/(?:api|v\d|admin|internal|"#
                    + #"accounts?|users?|orders?|payments?|graphql)\b"#,
                "ignoring()")
        ]
    )

    /// CORS open to every origin (`Access-Control-Allow-Origin: *`, `cors()` / `CORS(app)` with defaults,
    /// `origin: '*'`, `CORS_ALLOW_ALL_ORIGINS = True`, `AllowAllOrigins: true`, `@CrossOrigin("*")`): any site a
    /// user visits may call the API from their browser. List the origins that need it.
    static let corsWildcard = codeRule(
        id: "code.cors-wildcard", severity: .medium, kinds: code,
        message: "CORS allows every origin; list the origins that need access",
        patterns: [
            .init(#"(?i)Access-Control-Allow-Origin["']?\s*[:,]\s*["']?\s*\*"#, "access-control-allow-origin"),
            .init(#"\bcors\(\s*\)"#, "cors("),
            .init(#"\bCORS\(\s*app\s*\)"#, "cors("),
            .init(#"(?i)\borigins?["']?\s*[:=]\s*["']\*["']"#, "origin"),
            .init(#"\bCORS_(ORIGIN_ALLOW_ALL|ALLOW_ALL_ORIGINS)\s*=\s*True\b"#, "cors_"),
            .init(#"\bAllowAllOrigins\s*:\s*true\b"#, "allowallorigins"),
            .init(#"AllowedOrigins\s*:\s*\[\]string\{\s*"\*"\s*\}"#, "allowedorigins"),
            .init(#"@CrossOrigin\(\s*(origins\s*=\s*)?"\*""#, "@crossorigin"),
            .init(#"allowedOrigins\(\s*"\*"\s*\)"#, "allowedorigins("),
        ]
    )

    /// A token accepted without its signature checked: Go's `ParseUnverified`, PyJWT's
    /// `options={"verify_signature": False}` (or any value but `True`: a flag that can switch it off) or
    /// `verify=False`, `algorithms=["none"]`, ruby-jwt's `JWT.decode(t, nil, false)`, jjwt's unsecured parsers, .NET's
    /// `RequireSignedTokens = false`, `ValidateIssuerSigningKey = false` or a `SignatureValidator` that only parses the
    /// token (`(token, _) => new JsonWebToken(token)`), jsonwebtoken (Rust)'s
    /// `insecure_disable_signature_validation()`. Anyone can then mint a token with any claims.
    static let tokenUnverified = codeRule(
        id: "code.jwt-unverified", severity: .high, kinds: code,
        message: "a token is accepted without checking its signature; verify it with the issuer's key",
        patterns: [
            .init(#"\bParseUnverified\s*\("#, "parseunverified"),
            // Anything but a literal True: `False`, or a flag that can switch the check off.
            .init(
                #"["']verify_signature["']\s*:\s*(?!True\b)[^\s,}]|\bjwt\.decode\(.*\bverify\s*=\s*False\b"#, "verify"),
            .init(#"(?i)\balgorithms?["']?\s*[:=]\s*\[?\s*["']none["']"#, "none"),
            .init(#"\bJWT\.decode\([^,]+,\s*(nil|false|""|'')\s*,\s*false\b"#, "jwt.decode"),
            .init(
                #"\.(parseUnsecuredClaims|parseClaimsJwt|parseUnsecuredContent)\s*\("#, "parseunsecured",
                "parseclaimsjwt"),
            .init(
                #"\b(RequireSignedTokens|ValidateIssuerSigningKey|RequireSignature)\s*=\s*false\b"#, "requiresigned",
                "validateissuersigningkey", "requiresignature"),
            .init(#"\binsecure_disable_signature_validation\s*\("#, "insecure_disable_signature"),
            // A .NET `SignatureValidator` that only parses: `(token, _) => new JsonWebToken(token)`.
            .init(
                #"(SignatureValidator\s*=\s*|^\s*)\(\s*\w+\s*,\s*\w+\s*\)\s*=>\s*"#
                    + #"new\s+(JsonWebToken|JwtSecurityToken)\s*\("#,
                "jsonwebtoken", "jwtsecuritytoken"),
            .init(#"\bignoreSignature\s*:\s*true\b"#, "ignoresignature"),
        ]
    )

    /// Spring Security hashing new passwords with a fast or no digest: a `DelegatingPasswordEncoder` whose default id
    /// names one (`"sha256"`, `"MD5"`, `"noop"`, `"ldap"`), or such an encoder made the bean (`NoOpPasswordEncoder`,
    /// `StandardPasswordEncoder`, `MessageDigestPasswordEncoder`, `Md4PasswordEncoder`, `LdapShaPasswordEncoder`
    /// returned). Kept in the map of a delegating encoder with a slow default, one only verifies old hashes.
    static let fastPasswordEncoder = codeRule(
        id: "code.weak-password-hash", severity: .high, kinds: [.java],
        message: "new passwords are hashed with a fast digest, or not at all; encode with bcrypt, scrypt or argon2",
        patterns: [
            .init(
                #"\bDelegatingPasswordEncoder\s*\(\s*"(?i:sha[\w-]*|md[45]|noop|ldap|MD5|SHA-?\d*)""#,
                "delegatingpasswordencoder"),
            .init(
                #"\breturn\s+(new\s+)?(NoOpPasswordEncoder|StandardPasswordEncoder|MessageDigestPasswordEncoder|"#
                    + #"Md4PasswordEncoder|LdapShaPasswordEncoder)\b|=\s*(new\s+)?(NoOpPasswordEncoder|"#
                    + #"StandardPasswordEncoder|Md4PasswordEncoder)\b"#,
                "passwordencoder"),
        ]
    )

    /// A password hash configured with so few iterations that it is a fast digest: Keycloak's password policy
    /// `hashIterations(1)`, `PASSWORD_HASH_ITERATIONS=10`, a PBKDF2 call given `iterations=100`. Fewer than a
    /// thousand rounds cost an attacker nothing (OWASP asks 600,000 for PBKDF2-SHA256).
    static let fewHashIterations = codeRule(
        id: "code.weak-password-hash", severity: .high, kinds: code.union(deployment),
        message: "passwords are hashed with too few iterations to slow a guess down; keep the algorithm's "
            + "recommended work factor (PBKDF2-SHA256: 600,000)",
        patterns: [
            .init(
                #"(?i)\b(password_?)?hash_?iterations\s*(\(|["']?\s*[:=])\s*["']?[1-9]\d{0,2}\b(?![.\d])"#, "iterations"
            ),
            .init(#"(?i)\bpbkdf2[^\n]*\biterations\s*[=:]\s*[1-9]\d{0,2}\b(?![.\d])"#, "iterations"),
        ]
    )

    /// A container given the host: `privileged: true`, the Docker socket mounted (`/var/run/docker.sock`), the host's
    /// PID namespace, in a compose file, a Kubernetes manifest or a `docker run` line. Whoever gets into the container
    /// is root on the host.
    static let containerEscape = codeRule(
        id: "container.host-access", severity: .high, kinds: [.config, .shell, .ci, .other],
        message:
            "a container is given the host (privileged, the Docker socket or the host's PIDs); whoever gets into it is "
            + "root on the host",
        patterns: [
            .init(#"^\s*(-\s+)?privileged["']?\s*:\s*["']?true\b"#, "privileged"),
            .init(#"(^|[\s"'\[,=-])/var/run/docker\.sock\s*:|(^|[\s"'\[,=])/run/docker\.sock\s*:"#, "docker.sock"),
            // Kubernetes' volumeMounts and Compose's long volume syntax.
            .init(#"\b(mountPath|source)\s*:\s*["']?/(var/)?run/docker\.sock\b"#, "docker.sock"),
            .init(#"^\s*pid\s*:\s*["']?host\b|\bhostPID\s*:\s*true\b"#, "pid", "hostpid"),
            .init(#"\bdocker\s+run\b.*\s--privileged\b"#, "--privileged"),
        ]
    )

    /// A code rule: lowered to `low` in test code, and optionally limited by `onlyIf` (file or line context).
    private static func codeRule(
        id: String, severity: FindingSeverity, kinds: Set<ReviewedFile.Kind>, message: String,
        patterns: [StaticRule.Pattern], unless: [String] = [],
        onlyIf: (@Sendable (Substring, ReviewedFile) -> Bool)? = nil
    ) -> StaticRule {
        StaticRule(
            id: id, severity: severity, kinds: kinds, message: message, patterns: patterns,
            unless: unless,
            accept: { content, file in
                if let onlyIf, !onlyIf(content, file) { return nil }
                return StaticRule.Match(content: content, severity: file.isTest ? .low : nil)
            }
        )
    }
}
