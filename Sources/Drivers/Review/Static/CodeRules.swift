/// Rules for code shapes that turn input into commands, queries or objects, or switch a protection off, in the
/// languages people deploy: JavaScript/TypeScript, Python, Go, Ruby, PHP and Java. Matches in test code are lowered
/// to `low`.
enum CodeRules {
    static let all: [StaticRule] = [
        sqlStringBuilt, commandInjection, subprocessShell, evalOfInput, unsafeDeserialization, yamlUnsafeLoad,
        tlsVerifyDisabled, debugEnabled, corsWildcard,
    ]

    private static let code: Set<ReviewedFile.Kind> = [.javascript, .python, .go, .ruby, .php, .java]

    /// SQL text built by concatenation, interpolation or formatting (`"… WHERE id = " + id`, f-strings, `%`,
    /// `.format`, `${}`, `#{}`, `Sprintf`, PHP `"$var"`): input becomes SQL. Use placeholders (`?`, `$1`, `%s`
    /// passed as parameters, named binds).
    static let sqlStringBuilt = codeRule(
        id: "code.sql-string-built", severity: .high, kinds: code,
        triggers: ["select", "insert", "update", "delete"],
        message: "SQL is built from strings; pass values as query parameters instead",
        patterns: [
            // a quoted SQL statement with concatenation or `%` formatting after it
            #"(?i)["'`]\s*(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b.*["'`]\s*(\+|\.\s*\$|%\s*[\w(])"#,
            // interpolation after the SQL keywords: ${x}, #{x}, PHP's $var
            #"(?i)["'`]\s*(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b.*(\$\{|#\{|\$[A-Za-z_])"#,
            // a Python f-string
            #"(?i)\bf["'][^"']*(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b[^"']*\{"#,
            // formatting helpers
            #"(?i)(Sprintf|String\.format|\.format)\s*\(\s*["'][^"']*(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b"#,
            #"(?i)["'][^"']*(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b[^"']*["']\s*\.format\s*\("#,
        ]
    )

    /// A shell command run from code (`child_process.exec`, `os.system`, `os.popen`, `exec.Command("sh", "-c",
    /// …)`, Ruby backticks or `system` with `#{}`, PHP `shell_exec`/`system`/`passthru` with a variable,
    /// `Runtime.exec` with concatenation, `ProcessBuilder("sh", "-c", …)`): one quote in the input runs a command
    /// of the attacker's choosing. Run the program directly with an argument list (`execFile`, `subprocess.run([…])`).
    static let commandInjection = codeRule(
        id: "code.command-injection", severity: .high, kinds: code,
        triggers: ["exec", "system", "popen", "command", "`", "%x", "passthru", "runtime", "processbuilder"],
        message: "a shell command is run from code; run the program directly with an argument list",
        patterns: [
            #"\bchild_process\.exec(Sync)?\s*\("#,
            #"(^|[^.\w$])exec(Sync)?\s*\(\s*(`[^`]*\$\{|["'][^"']*["']\s*\+)"#,
            #"\bos\.(system|popen)\s*\("#,
            #"\bcommands\.getoutput\s*\("#,
            #"\bexec\.Command(Context)?\s*\(\s*(ctx\s*,\s*)?"(/bin/)?(sh|bash|zsh)"\s*,\s*"-c""#,
            #"(^|[^.\w])(system|exec|spawn|IO\.popen|Open3\.\w+)\s*\(?\s*"[^"]*#\{"#,
            #"`[^`]*#\{[^`]*`"#,
            #"%x[\(\{\[]"#,
            #"\b(shell_exec|system|passthru|popen|proc_open)\s*\([^)]*\$"#,
            #"(^|[^.\w>])exec\s*\(\s*["'][^"']*["']\s*\.\s*\$"#,
            #"Runtime\.getRuntime\(\)\.exec\s*\([^)]*\+"#,
            #"new\s+ProcessBuilder\s*\(\s*"(/bin/)?(sh|bash)"\s*,\s*"-c""#,
        ],
        unless: [#"escapeshellarg\s*\("#]
    )

    /// `subprocess.run(…, shell=True)` (or `call`, `check_output`, `Popen`): the command goes through `/bin/sh`,
    /// so input in it is shell syntax. Pass a list and leave `shell` off.
    static let subprocessShell = codeRule(
        id: "code.subprocess-shell", severity: .high, kinds: [.python], triggers: ["shell=true", "shell = true"],
        message: "subprocess runs through a shell (shell=True); pass an argument list without shell=True",
        patterns: [#"\bsubprocess\.\w+\s*\(.*\bshell\s*=\s*True\b"#, #"\bshell\s*=\s*True\b"#]
    )

    /// `eval`/`exec` (Python), `eval`/`new Function` (JavaScript), `eval`/`instance_eval` (Ruby), `eval`/
    /// `create_function`/`assert($…)` (PHP) of anything but a constant string: input becomes code. Parse the
    /// data instead (`json.loads`, `ast.literal_eval`, `JSON.parse`).
    static let evalOfInput = codeRule(
        id: "code.eval", severity: .high, kinds: [.javascript, .python, .ruby, .php],
        triggers: ["eval", "exec", "function(", "create_function", "assert"],
        message: "code is evaluated from a value; parse the data (JSON, literal_eval) instead of evaluating it",
        patterns: [
            #"(^|[^.\w$])(eval|exec)\s*\(\s*[^"'\s)]"#,
            #"(^|[^.\w$])(eval|exec)\s*\(\s*(f?["'][^"']*["']\s*[+%.]|f["'][^"']*\{)"#,
            #"\bnew\s+Function\s*\("#,
            #"\b(instance_eval|class_eval|module_eval)\s*\(?\s*[^\s"'{(]"#,
            #"\bcreate_function\s*\("#,
            #"(^|[^.\w])assert\s*\(\s*\$"#,
        ]
    )

    /// `pickle.loads`, `marshal.loads`, `dill.loads` (Python), `Marshal.load` (Ruby), `unserialize($…)` (PHP),
    /// `ObjectInputStream.readObject` (Java): deserialising untrusted bytes runs code chosen by whoever wrote them.
    /// Use JSON or a schema'd format.
    static let unsafeDeserialization = codeRule(
        id: "code.unsafe-deserialization", severity: .high, kinds: code,
        triggers: ["pickle.load", "marshal.load", "dill.load", "unserialize", "objectinputstream", "cpickle"],
        message: "untrusted data is deserialised into objects (runs code); use JSON or another data-only format",
        patterns: [
            #"\b(c?[Pp]ickle|marshal|dill)\.loads?\s*\("#,
            #"\bMarshal\.load\s*\("#,
            #"(^|[^.\w])unserialize\s*\(\s*\$"#,
            #"\bnew\s+ObjectInputStream\s*\("#,
        ]
    )

    /// `yaml.load(…)` without a safe loader (PyYAML before 6 defaults to the full loader; any version with
    /// `Loader=yaml.Loader`/`UnsafeLoader`), `yaml.unsafe_load`, `YAML.unsafe_load` (Ruby): YAML tags construct
    /// arbitrary objects. Use `yaml.safe_load` or `Loader=yaml.SafeLoader`.
    static let yamlUnsafeLoad = codeRule(
        id: "code.yaml-unsafe-load", severity: .high, kinds: [.python, .ruby], triggers: ["yaml.", "yaml::"],
        message: "YAML is loaded with a loader that builds arbitrary objects; use yaml.safe_load / SafeLoader",
        patterns: [#"\byaml\.(load|load_all)\s*\("#, #"(?i)\byaml\.unsafe_load\s*\("#, #"Loader\s*=\s*(yaml\.)?(Unsafe)?Loader\b"#],
        unless: [#"(Safe|CSafe|Base)Loader\b"#]
    )

    /// Certificate checks switched off (`verify=False`, `rejectUnauthorized: false`,
    /// `NODE_TLS_REJECT_UNAUTHORIZED=0`, `InsecureSkipVerify: true`, `VERIFY_NONE`, `CURLOPT_SSL_VERIFYPEER`
    /// false, trust-all managers): anyone on the network path can read and change the traffic.
    static let tlsVerifyDisabled = codeRule(
        id: "code.tls-verify-disabled", severity: .high, kinds: code,
        triggers: ["verify", "rejectunauthorized", "node_tls_reject_unauthorized", "insecureskipverify",
                   "verify_none", "trustall", "noophostnameverifier", "allow_all_hostname"],
        message: "TLS certificate verification is disabled; keep it on and trust the right CA instead",
        patterns: [
            #"\bverify\s*=\s*False\b"#,
            #"\brejectUnauthorized\s*:\s*false\b"#,
            #"NODE_TLS_REJECT_UNAUTHORIZED["']?\s*[=:,]\s*["']?0"#,
            #"\bInsecureSkipVerify\s*:\s*true\b"#,
            #"VERIFY_NONE\b"#,
            #"CURLOPT_SSL_VERIFY(PEER|HOST)["']?\s*(,|=>)\s*(false|0)\b"#,
            #"(?i)\b(TrustAll\w*|NoopHostnameVerifier|ALLOW_ALL_HOSTNAME_VERIFIER)\b"#,
            #"\bssl\._create_unverified_context\b"#,
        ]
    )

    /// A debug mode that serves tracebacks, settings and (Werkzeug) an interactive console:
    /// `app.run(debug=True)`, `app.debug = True`, `DEBUG = True` in a Django settings file that is not a
    /// development one. Read it from the environment, off by default.
    static let debugEnabled = codeRule(
        id: "code.debug-enabled", severity: .high, kinds: [.python],
        triggers: ["debug"],
        message: "the framework's debug mode is on (tracebacks, settings, a remote console); read it from the environment",
        patterns: [#"\.run\s*\(.*\bdebug\s*=\s*True\b"#, #"\bapp\.debug\s*=\s*True\b"#, #"^\s*DEBUG\s*=\s*True\b"#],
        onlyIf: { line, file in
            guard line.contains("DEBUG"), !line.contains("app.") else { return true }
            let path = file.path.lowercased()
            return path.contains("settings") && !["dev", "local", "test"].contains { path.contains($0) }
        }
    )

    /// CORS open to every origin (`Access-Control-Allow-Origin: *`, `cors()` / `CORS(app)` with defaults,
    /// `origin: '*'`, `CORS_ALLOW_ALL_ORIGINS = True`, `AllowAllOrigins: true`, `@CrossOrigin("*")`): any site a
    /// user visits may call the API from their browser. List the origins that need it.
    static let corsWildcard = codeRule(
        id: "code.cors-wildcard", severity: .medium, kinds: code,
        triggers: ["access-control-allow-origin", "cors", "origin", "crossorigin", "allowallorigins"],
        message: "CORS allows every origin; list the origins that need access",
        patterns: [
            #"(?i)Access-Control-Allow-Origin["']?\s*[:,]\s*["']?\s*\*"#,
            #"\bcors\(\s*\)"#,
            #"\bCORS\(\s*app\s*\)"#,
            #"(?i)\borigins?["']?\s*[:=]\s*["']\*["']"#,
            #"\bCORS_(ORIGIN_ALLOW_ALL|ALLOW_ALL_ORIGINS)\s*=\s*True\b"#,
            #"\bAllowAllOrigins\s*:\s*true\b"#,
            #"AllowedOrigins\s*:\s*\[\]string\{\s*"\*"\s*\}"#,
            #"@CrossOrigin\(\s*(origins\s*=\s*)?"\*""#,
            #"allowedOrigins\(\s*"\*"\s*\)"#,
        ]
    )

    /// A code rule: lowered to `low` in test code, and optionally limited by `onlyIf` (file or line context).
    private static func codeRule(
        id: String, severity: FindingSeverity, kinds: Set<ReviewedFile.Kind>, triggers: [String], message: String,
        patterns: [String], unless: [String] = [],
        onlyIf: (@Sendable (Substring, ReviewedFile) -> Bool)? = nil
    ) -> StaticRule {
        StaticRule(
            id: id, severity: severity, kinds: kinds, triggers: triggers, message: message, patterns: patterns,
            unless: unless,
            accept: { content, file in
                if let onlyIf, !onlyIf(content, file) { return nil }
                return StaticRule.Match(content: content, severity: file.isTest ? .low : nil)
            }
        )
    }
}
