import Manifest

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
        message: "SQL is built from strings; pass values as query parameters instead",
        patterns: [
            // a quoted statement closed and followed by concatenation or `%` formatting
            .init(#"(?i)"\s*\#(sql)[^"]*"\s*(\+|\.\s*\$|%\s*[\w(])"#, "\" +", "\"+", "\" .", "\" %", "\"%"),
            .init(#"(?i)'\s*\#(sql)[^']*'\s*(\+|\.\s*\$|%\s*[\w(])"#, "' +", "'+", "' .", "' %", "'%"),
            // interpolation inside the literal: Ruby #{}, PHP $var in double quotes, JavaScript ${} in backticks
            .init(#"(?i)"\s*\#(sql)[^"]*(#\{|\{?\$[A-Za-z_])"#, "#{", "$"),
            .init(#"(?i)`\s*\#(sql)[^`]*\$\{"#, "${"),
            // a Python f-string
            .init(#"(?i)\bf["']\s*\#(sql)[^"']*\{"#, "f\"", "f'"),
            // formatting helpers
            .init(#"(?i)\b(Sprintf|String\.format)\s*\(\s*"\s*\#(sql)"#, "sprintf", "string.format"),
            .init(#"(?i)"\s*\#(sql)[^"]*"\s*\.format\s*\("#, ".format("),
            .init(#"(?i)'\s*\#(sql)[^']*'\s*\.format\s*\("#, ".format("),
        ]
    )

    /// The start of a statement that reads or writes rows (case-insensitive by the caller's `(?i)`).
    private static let sql = #"(SELECT\s[^"'`]*\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b"#

    /// A shell command run from code (`child_process.exec`, `os.system`, `os.popen`, `exec.Command("sh", "-c",
    /// …)`, Ruby backticks or `system` with `#{}`, PHP `shell_exec`/`system`/`passthru` with a variable,
    /// `Runtime.exec` with concatenation, `ProcessBuilder("sh", "-c", …)`): one quote in the input runs a command
    /// of the attacker's choosing. Run the program directly with an argument list (`execFile`, `subprocess.run([…])`).
    static let commandInjection = codeRule(
        id: "code.command-injection", severity: .high, kinds: code,
        message: "a shell command is run from code; run the program directly with an argument list",
        patterns: [
            .init(#"\bchild_process\.exec(Sync)?\s*\("#, "child_process.exec"),
            .init(#"(^|[^.\w$])exec(Sync)?\s*\(\s*(`[^`]*\$\{|["'][^"']*["']\s*\+)"#, "exec(", "execsync("),
            .init(#"\bos\.(system|popen)\s*\("#, "os.system", "os.popen"),
            .init(#"\bcommands\.getoutput\s*\("#, "commands.getoutput"),
            .init(#"\bexec\.Command(Context)?\s*\(\s*(ctx\s*,\s*)?"(/bin/)?(sh|bash|zsh)"\s*,\s*"-c""#, "exec.command"),
            .init(#"(^|[^.\w])(system|exec|spawn|IO\.popen|Open3\.\w+)\s*\(?\s*"[^"]*#\{"#, "#{"),
            .init(#"`[^`]*#\{[^`]*`"#, "#{"),
            .init(#"%x[\(\{\[]"#, "%x"),
            .init(
                #"\b(shell_exec|system|passthru|popen|proc_open)\s*\([^)]*\$"#, "shell_exec", "system", "passthru",
                "popen"),
            .init(#"(^|[^.\w>])exec\s*\(\s*["'][^"']*["']\s*\.\s*\$"#, "exec(", "exec ("),
            .init(#"Runtime\.getRuntime\(\)\.exec\s*\([^)]*\+"#, "getruntime()"),
            .init(#"new\s+ProcessBuilder\s*\(\s*"(/bin/)?(sh|bash)"\s*,\s*"-c""#, "processbuilder"),
        ],
        unless: [#"escapeshellarg\s*\("#]
    )

    /// `subprocess.run(…, shell=True)` (or `call`, `check_output`, `Popen`): the command goes through `/bin/sh`,
    /// so input in it is shell syntax. Pass a list and leave `shell` off.
    static let subprocessShell = codeRule(
        id: "code.subprocess-shell", severity: .high, kinds: [.python],
        message: "subprocess runs through a shell (shell=True); pass an argument list without shell=True",
        patterns: [.init(#"\bshell\s*=\s*True\b"#, "shell=true", "shell = true")]
    )

    /// `eval`/`exec` (Python), `eval`/`new Function` (JavaScript), `eval`/`instance_eval` (Ruby), `eval`/
    /// `create_function`/`assert($…)` (PHP) of anything but a constant string: input becomes code. Parse the
    /// data instead (`json.loads`, `ast.literal_eval`, `JSON.parse`).
    static let evalOfInput = codeRule(
        id: "code.eval", severity: .high, kinds: [.javascript, .python, .ruby, .php],
        message: "code is evaluated from a value; parse the data (JSON, literal_eval) instead of evaluating it",
        patterns: [
            .init(#"(^|[^.\w$])(eval|exec)\s*\(\s*[^"'\s)]"#, "eval(", "eval (", "exec(", "exec ("),
            .init(
                #"(^|[^.\w$])(eval|exec)\s*\(\s*(f?["'][^"']*["']\s*[+%.]|f["'][^"']*\{)"#, "eval(", "eval (", "exec(",
                "exec ("),
            .init(#"\bnew\s+Function\s*\("#, "function("),
            .init(#"\b(instance_eval|class_eval|module_eval)\s*\(?\s*[^\s"'{(]"#, "_eval"),
            .init(#"\bcreate_function\s*\("#, "create_function"),
            .init(#"(^|[^.\w])assert\s*\(\s*\$"#, "assert"),
        ]
    )

    /// `pickle.loads`, `marshal.loads`, `dill.loads` (Python), `Marshal.load` (Ruby), `unserialize($…)` (PHP),
    /// `ObjectInputStream.readObject` (Java): deserialising untrusted bytes runs code chosen by whoever wrote them.
    /// Use JSON or a schema'd format.
    static let unsafeDeserialization = codeRule(
        id: "code.unsafe-deserialization", severity: .high, kinds: code,
        message: "untrusted data is deserialised into objects (runs code); use JSON or another data-only format",
        patterns: [
            .init(#"\b(c?[Pp]ickle|marshal|dill)\.loads?\s*\("#, "pickle.load", "marshal.load", "dill.load"),
            .init(#"\bMarshal\.load\s*\("#, "marshal.load"),
            .init(#"(^|[^.\w])unserialize\s*\(\s*\$"#, "unserialize"),
            .init(#"\bnew\s+ObjectInputStream\s*\("#, "objectinputstream"),
        ]
    )

    /// `yaml.load(…)` without a safe loader (PyYAML before 6 defaults to the full loader; any version with
    /// `Loader=yaml.Loader`/`UnsafeLoader`), `yaml.unsafe_load`, `YAML.unsafe_load` (Ruby): YAML tags construct
    /// arbitrary objects. Use `yaml.safe_load` or `Loader=yaml.SafeLoader`.
    static let yamlUnsafeLoad = codeRule(
        id: "code.yaml-unsafe-load", severity: .high, kinds: [.python, .ruby],
        message: "YAML is loaded with a loader that builds arbitrary objects; use yaml.safe_load / SafeLoader",
        patterns: [
            .init(#"\byaml\.(load|load_all)\s*\("#, "yaml.load"),
            .init(#"(?i)\byaml\.unsafe_load\s*\("#, "yaml.unsafe_load"),
            .init(#"Loader\s*=\s*(yaml\.)?(Unsafe)?Loader\b"#, "loader"),
        ],
        unless: [#"(Safe|CSafe|Base)Loader\b"#]
    )

    /// Certificate checks switched off (`verify=False`, `rejectUnauthorized: false`,
    /// `NODE_TLS_REJECT_UNAUTHORIZED=0`, `InsecureSkipVerify: true`, `VERIFY_NONE`, `CURLOPT_SSL_VERIFYPEER`
    /// false, trust-all managers): anyone on the network path can read and change the traffic.
    static let tlsVerifyDisabled = codeRule(
        id: "code.tls-verify-disabled", severity: .high, kinds: code,
        message: "TLS certificate verification is disabled; keep it on and trust the right CA instead",
        patterns: [
            .init(#"\bverify\s*=\s*False\b"#, "verify"),
            .init(#"\brejectUnauthorized\s*:\s*false\b"#, "rejectunauthorized"),
            .init(#"NODE_TLS_REJECT_UNAUTHORIZED["']?\s*[=:,]\s*["']?0"#, "node_tls_reject_unauthorized"),
            .init(#"\bInsecureSkipVerify\s*:\s*true\b"#, "insecureskipverify"),
            .init(#"VERIFY_NONE\b"#, "verify_none"),
            .init(#"CURLOPT_SSL_VERIFY(PEER|HOST)["']?\s*(,|=>)\s*(false|0)\b"#, "curlopt_ssl_verify"),
            .init(
                #"(?i)\b(TrustAll\w*|NoopHostnameVerifier|ALLOW_ALL_HOSTNAME_VERIFIER)\b"#, "trustall",
                "noophostnameverifier", "allow_all_hostname"),
            .init(#"\bssl\._create_unverified_context\b"#, "_create_unverified_context"),
        ]
    )

    /// A debug mode that serves tracebacks, settings and (Werkzeug) an interactive console:
    /// `app.run(debug=True)`, `app.debug = True`, `DEBUG = True` in a Django settings file that is not a
    /// development one. Read it from the environment, off by default.
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
