/// The semgrep rules berth ships (the `semgrep` preset): a risky sink reached by interpolated or request-derived
/// input, by class and per language (SQL execution, shell execution, deserialisation, eval, TLS verification,
/// password hashing, file serving). The text is written beside the temporary checkout at run time, so a release
/// binary needs no resource bundle; `Tests/Fixtures/sarif/generate` reads it from this file (between the markers).
enum SemgrepRules {
    /// Changes whenever ``text`` changes, so cached verdicts of older rules are not reused.
    static let version = "berth-semgrep-4"

    /// The risk class of each rule, by the id semgrep reports (`berth.sql-interpolation-python` → ``RiskClass/sql``):
    /// an id is its class's name, a dash and the language.
    static let classes: [String: RiskClass] = {
        let byName: [String: RiskClass] = [
            "sql-interpolation": .sql, "shell-injection": .shell, "eval-injection": .eval,
            "unsafe-deserialization": .deserialisation, "tls-verify-off": .tls, "weak-password-hash": .passwordHash,
            "path-traversal": .path,
        ]
        var classes: [String: RiskClass] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix(idPrefix) {
            let id = line.dropFirst(idPrefix.count)
            guard let dash = id.lastIndex(of: "-"), let riskClass = byName[String(id[..<dash])] else { continue }
            classes["berth." + id] = riskClass
        }
        return classes
    }()

    /// How a rule's id line starts in ``text``.
    private static let idPrefix = "  - id: "

    static let text = #"""
# berth's semgrep rules: risky sinks reached by interpolated or request-derived input, by class, across languages.
# Shipped inside berth (Sources/Review/Sarif/SemgrepRules.swift); written beside the checkout at run time.
rules:
  # --- SQL built by interpolation reaching execution -------------------------------------------------------------
  - id: sql-interpolation-python
    languages: [python]
    severity: ERROR
    message: SQL text built by string interpolation reaches a query call; pass the values as bound parameters
    metadata: {category: security, cwe: "CWE-89", security-severity: "8.0"}
    patterns:
      - pattern-either:
          - pattern: $DB.$EXEC(f"...", ...)
          - pattern: $DB.$EXEC("..." % $ARGS, ...)
          - pattern: $DB.$EXEC("...".format(...), ...)
          - pattern: $DB.$EXEC("..." + $X, ...)
          - pattern: $DB.$EXEC($DB2.text(f"..."), ...)
          - pattern: $DB.$EXEC(text(f"..."), ...)
          - pattern: text(f"...")
          - pattern: text("..." % $ARGS)
          - pattern: text("...".format(...))
          - patterns:
              - pattern-either:
                  - pattern-inside: |
                      $Q = f"..."
                      ...
                  - pattern-inside: |
                      $Q = "..." % $ARGS
                      ...
                  - pattern-inside: |
                      $Q = "...".format(...)
                      ...
                  - pattern-inside: |
                      $Q = "..." + $X
                      ...
              - pattern-either:
                  - pattern: $DB.$EXEC($Q, ...)
                  - pattern: $DB.$EXEC(text($Q), ...)
      # An IN list of placeholders (", ".join(["%s"] * len(ids)), ", ".join("?" for _ in ids)) is SQL text the
      # function built, not input.
      - pattern-not-inside: |
          $M = $SEP.join([$P] * len($L))
          ...
          $DB.$EXEC(f"...{$M}...", ...)
      - pattern-not-inside: |
          $M = $SEP.join([$P] * len($L))
          ...
          $Q = f"...{$M}..."
          ...
      - pattern-not-inside: |
          $M = $SEP.join("..." for $X in $L)
          ...
          $DB.$EXEC(f"...{$M}...", ...)
      - pattern-not-inside: |
          $M = $SEP.join("..." for $X in $L)
          ...
          $Q = f"...{$M}..."
          ...
      # Text looked up in a table of literals (ORDER BY from a fixed dict) is SQL the code chose, not input.
      - pattern-not-inside: |
          $TABLE = {$K: "...", ...}
          ...
          def $F(...):
            ...
            $M = $TABLE.get(...)
            ...
            $DB.$EXEC(f"...{$M}...", ...)
      - pattern-not-inside: |
          $TABLE = {$K: "...", ...}
          ...
          def $F(...):
            ...
            $M = $TABLE[$KEY]
            ...
            $DB.$EXEC(f"...{$M}...", ...)
      - metavariable-regex:
          metavariable: $EXEC
          regex: ^(execute|executemany|executescript|raw|extra|exec_driver_sql|mogrify|query|read_sql|read_sql_query)$
  - id: sql-interpolation-js
    languages: [javascript, typescript]
    severity: ERROR
    message: SQL text built by string interpolation reaches a query call; pass the values as bound parameters
    metadata: {category: security, cwe: "CWE-89", security-severity: "8.0"}
    patterns:
      - pattern-either:
          - pattern: $DB.$EXEC(`...${$X}...`, ...)
          - pattern: $DB.$EXEC("..." + $X, ...)
          - pattern: $DB.$EXEC("..." + $X + "...", ...)
          - pattern: $DB.$EXEC('...' + $X, ...)
          - pattern: $DB.$EXEC('...' + $X + '...', ...)
          - patterns:
              - pattern-either:
                  - pattern-inside: |
                      $Q = `...${$X}...`;
                      ...
                  - pattern-inside: |
                      $Q = "..." + $X;
                      ...
                  - pattern-inside: |
                      $Q = '...' + $X;
                      ...
                  - pattern-inside: |
                      const $Q = `...${$X}...`;
                      ...
                  - pattern-inside: |
                      let $Q = `...${$X}...`;
                      ...
              - pattern: $DB.$EXEC($Q, ...)
      - metavariable-regex:
          metavariable: $EXEC
          regex: ^(query|execute|raw|unsafe|\$queryRawUnsafe|\$executeRawUnsafe|whereRaw|prepare)$
  - id: sql-interpolation-go
    languages: [go]
    severity: ERROR
    message: SQL text built with fmt.Sprintf or concatenation reaches a query call; use placeholders
    metadata: {category: security, cwe: "CWE-89", security-severity: "8.0"}
    patterns:
      - pattern-either:
          - pattern: $DB.$EXEC(fmt.Sprintf(...), ...)
          - pattern: $DB.$EXEC("..." + $X, ...)
          - patterns:
              - pattern-either:
                  - pattern-inside: |
                      $Q := fmt.Sprintf(...)
                      ...
                  - pattern-inside: |
                      $Q = fmt.Sprintf(...)
                      ...
                  - pattern-inside: |
                      $Q := "..." + $X
                      ...
              - pattern: $DB.$EXEC($Q, ...)
      - metavariable-regex:
          metavariable: $EXEC
          regex: ^(Query|QueryRow|Exec|QueryContext|QueryRowContext|ExecContext|Prepare|PrepareContext|Raw|Select|Get)$
  - id: sql-interpolation-java
    languages: [java, kotlin]
    severity: ERROR
    message: SQL text built by concatenation reaches a statement; use a PreparedStatement with bound parameters
    metadata: {category: security, cwe: "CWE-89", security-severity: "8.0"}
    patterns:
      - pattern-either:
          - pattern: $S.$EXEC("..." + $X, ...)
          - pattern: $S.$EXEC("..." + $X + "...", ...)
          - pattern: $S.$EXEC(String.format(...), ...)
          - patterns:
              - pattern-inside: |
                  String $Q = "..." + $X;
                  ...
              - pattern: $S.$EXEC($Q, ...)
      - metavariable-regex:
          metavariable: $EXEC
          regex: ^(executeQuery|executeUpdate|execute|addBatch|prepareStatement|prepareCall|createQuery|createNativeQuery|queryForList|queryForObject|update|query)$
  - id: sql-interpolation-php
    languages: [php]
    severity: ERROR
    message: SQL text with interpolated variables reaches a query call; use prepared statements with bound values
    metadata: {category: security, cwe: "CWE-89", security-severity: "8.0"}
    pattern-regex: '(?i)(->\s*(query|exec|prepare|raw)|\b(mysqli_query|mysql_query|pg_query|DB::(select|statement|raw|unprepared)))\s*\((\s*\$\w+\s*,)?\s*("[^"]*(SELECT|INSERT|UPDATE|DELETE|WHERE)[^"]*\$[a-zA-Z_{]|[''"][^''"]*(SELECT|INSERT|UPDATE|DELETE|WHERE)[^''"]*[''"]\s*\.\s*\$)'
  - id: sql-interpolation-ruby
    languages: [ruby]
    severity: ERROR
    message: SQL text with interpolation reaches a query call; use bound parameters (?, named binds)
    metadata: {category: security, cwe: "CWE-89", security-severity: "8.0"}
    pattern-regex: '(?i)(\.(execute|exec_query|query|find_by_sql|where|order|select_all|select_value|select_rows|joins|having|group|pluck|from)|\bconnection\.\w+)\s*\(?\s*"[^"\n]*(SELECT|INSERT|UPDATE|DELETE|WHERE|=|\bIN\b|LIKE)[^"\n]*#\{'

  # --- Shell execution with interpolated input -------------------------------------------------------------------
  - id: shell-injection-python
    languages: [python]
    severity: ERROR
    message: A shell command built from variable input is run through a shell; pass an argument list without shell=True
    metadata: {category: security, cwe: "CWE-78", security-severity: "8.0"}
    pattern-either:
      - patterns:
          - pattern: subprocess.$F($CMD, ..., shell=True, ...)
          - pattern-not: subprocess.$F("...", ..., shell=True, ...)
      - patterns:
          - pattern-either:
              - pattern: os.system($CMD)
              - pattern: os.popen($CMD, ...)
              - pattern: commands.getoutput($CMD)
              - pattern: commands.getstatusoutput($CMD)
          - pattern-not: os.system("...")
          - pattern-not: os.popen("...", ...)
  - id: shell-injection-js
    languages: [javascript, typescript]
    severity: ERROR
    message: A shell command built from variable input is run through a shell; use execFile/spawn with an argument array
    metadata: {category: security, cwe: "CWE-78", security-severity: "8.0"}
    pattern-either:
      - patterns:
          - pattern-either:
              - pattern: $CP.exec($CMD, ...)
              - pattern: $CP.execSync($CMD, ...)
          - pattern-not: $CP.exec("...", ...)
          - pattern-not: $CP.execSync("...", ...)
          - metavariable-regex:
              metavariable: $CP
              regex: ^(child_process|childProcess|cp|proc|shell|require\(['"]child_process['"]\))$
      - pattern-either:
          - pattern: exec("..." + $X, ...)
          - pattern: exec(`...${$X}...`, ...)
          - pattern: execSync("..." + $X, ...)
          - pattern: execSync(`...${$X}...`, ...)
          - pattern: '$CP.spawn($CMD, [...], {..., shell: true, ...})'
          - pattern: 'spawn($CMD, [...], {..., shell: true, ...})'
  - id: shell-injection-go
    languages: [go]
    severity: ERROR
    message: A shell is started with a command string built from variable input; run the program with separate arguments
    metadata: {category: security, cwe: "CWE-78", security-severity: "8.0"}
    patterns:
      - pattern-either:
          - pattern: exec.Command($SH, "-c", $CMD, ...)
          - pattern: exec.CommandContext($CTX, $SH, "-c", $CMD, ...)
      - pattern-not: exec.Command($SH, "-c", "...", ...)
      - pattern-not: exec.CommandContext($CTX, $SH, "-c", "...", ...)
      - metavariable-regex:
          metavariable: $SH
          regex: ^"(/bin/|/usr/bin/)?(sh|bash|zsh|dash|ash)"$
  - id: shell-injection-java
    languages: [java, kotlin]
    severity: ERROR
    message: A command built by concatenation is run; pass a fixed program and separate arguments
    metadata: {category: security, cwe: "CWE-78", security-severity: "8.0"}
    pattern-either:
      - pattern: Runtime.getRuntime().exec("..." + $X, ...)
      - pattern: Runtime.getRuntime().exec(String.format(...), ...)
      - pattern: new ProcessBuilder("sh", "-c", "..." + $X)
      - pattern: new ProcessBuilder("bash", "-c", "..." + $X)
      - pattern: new ProcessBuilder("/bin/sh", "-c", "..." + $X)
  - id: shell-injection-php
    languages: [php]
    severity: ERROR
    message: A shell command with variable input is run; use escapeshellarg or avoid the shell
    metadata: {category: security, cwe: "CWE-78", security-severity: "8.0"}
    pattern-either:
      - pattern-regex: '\b(shell_exec|system|exec|passthru|popen|proc_open|pcntl_exec)\s*\(\s*("[^"]*\$[a-zA-Z_{]|[''"][^''"]*[''"]\s*\.\s*\$|\$)'
      - pattern-regex: '`[^`\n]*\$[a-zA-Z_{][^`\n]*`'
  - id: shell-injection-ruby
    languages: [ruby]
    severity: ERROR
    message: A shell command with interpolated input is run; pass the program and its arguments separately
    metadata: {category: security, cwe: "CWE-78", security-severity: "8.0"}
    pattern-either:
      - pattern-regex: '`[^`\n]*#\{[^`\n]*`'
      - pattern-regex: '%x[\(\{\[][^\n]*#\{'
      - pattern-regex: '\b(system|exec|spawn|Open3\.\w+|IO\.popen)\s*\(?\s*"[^"\n]*#\{'

  # --- Unsafe deserialisation -------------------------------------------------------------------------------------
  - id: unsafe-deserialization-python
    languages: [python]
    severity: ERROR
    message: Untrusted data deserialised with a loader that can run code; use json or yaml.safe_load
    metadata: {category: security, cwe: "CWE-502", security-severity: "8.0"}
    pattern-either:
      - pattern: pickle.loads(...)
      - pattern: pickle.load(...)
      - pattern: cPickle.loads(...)
      - pattern: dill.loads(...)
      - pattern: marshal.loads(...)
      - pattern: shelve.open(...)
      - pattern: yaml.unsafe_load(...)
      - pattern: yaml.load(..., Loader=yaml.Loader, ...)
      - pattern: yaml.load(..., Loader=yaml.UnsafeLoader, ...)
      - pattern: yaml.load(..., Loader=yaml.FullLoader, ...)
      - patterns:
          - pattern: yaml.load($X)
      - pattern: jsonpickle.decode(...)
  - id: unsafe-deserialization-java
    languages: [java, kotlin]
    severity: ERROR
    message: Java serialisation reads untrusted data; use a data format without code paths (JSON) or an allow-list filter
    metadata: {category: security, cwe: "CWE-502", security-severity: "8.0"}
    pattern-either:
      - pattern: (ObjectInputStream $O).readObject()
      - pattern: new ObjectInputStream(...).readObject()
      - pattern: new XMLDecoder(...)
      - pattern: new Yaml().load(...)
  - id: unsafe-deserialization-php
    languages: [php]
    severity: ERROR
    message: unserialize on variable data can instantiate arbitrary objects; use json_decode
    metadata: {category: security, cwe: "CWE-502", security-severity: "8.0"}
    patterns:
      - pattern-regex: '\bunserialize\s*\(\s*\$[^;\n]*'
      - pattern-not-regex: 'allowed_classes[''"]?\s*=>\s*false'
  - id: unsafe-deserialization-ruby
    languages: [ruby]
    severity: ERROR
    message: Marshal or unsafe YAML loading of untrusted data can run code; use JSON or YAML.safe_load
    metadata: {category: security, cwe: "CWE-502", security-severity: "8.0"}
    pattern-either:
      - pattern: Marshal.load(...)
      - pattern: Marshal.restore(...)
      - pattern: YAML.unsafe_load(...)
      - pattern: Psych.unsafe_load(...)
      - pattern: 'YAML.load(..., permitted_classes: ...)'
  - id: unsafe-deserialization-js
    languages: [javascript, typescript]
    severity: ERROR
    message: node-serialize/funcster style unserialize runs code from the data; use JSON.parse
    metadata: {category: security, cwe: "CWE-502", security-severity: "8.0"}
    pattern-either:
      - pattern: $S.unserialize(...)
      - pattern: 'yaml.load(..., {schema: $Y.DEFAULT_FULL_SCHEMA})'

  # --- eval of variable input -------------------------------------------------------------------------------------
  - id: eval-injection-python
    languages: [python]
    severity: ERROR
    message: eval/exec of variable input runs arbitrary code; parse the data instead (ast.literal_eval, json)
    metadata: {category: security, cwe: "CWE-95", security-severity: "8.0"}
    patterns:
      - pattern-either:
          - pattern: eval($X, ...)
          - pattern: exec($X, ...)
      - pattern-not: eval("...", ...)
      - pattern-not: exec("...", ...)
      - pattern-not-inside: $M.eval(...)
  - id: eval-injection-js
    languages: [javascript, typescript]
    severity: ERROR
    message: eval/Function of variable input runs arbitrary code; parse the data instead
    metadata: {category: security, cwe: "CWE-95", security-severity: "8.0"}
    patterns:
      - pattern-either:
          - pattern: eval($X)
          - pattern: new Function(..., $X)
          - pattern: Function(..., $X)
          - pattern: vm.runInNewContext($X, ...)
          - pattern: vm.runInThisContext($X, ...)
          - pattern: setTimeout("..." + $Y, ...)
          - pattern: setTimeout(`...${$Y}...`, ...)
          - pattern: setInterval("..." + $Y, ...)
          - pattern: setInterval(`...${$Y}...`, ...)
      - pattern-not: eval("...")
      - pattern-not: new Function(..., "...")
      - pattern-not: Function(..., "...")
  - id: eval-injection-php
    languages: [php]
    severity: ERROR
    message: eval or assert of variable input runs arbitrary code
    metadata: {category: security, cwe: "CWE-95", security-severity: "8.0"}
    pattern-regex: '\b(eval|assert)\s*\(\s*(\$|"[^"\n]*\$)|\bcreate_function\s*\('
  - id: eval-injection-ruby
    languages: [ruby]
    severity: ERROR
    message: eval of a string with interpolated or variable input runs arbitrary code
    metadata: {category: security, cwe: "CWE-95", security-severity: "8.0"}
    pattern-regex: '\b(eval|instance_eval|class_eval|module_eval)\s*\(?\s*("[^"\n]*#\{|params\b|[a-z_]+\s*\)?\s*$)'

  # --- TLS verification turned off --------------------------------------------------------------------------------
  - id: tls-verify-off-python
    languages: [python]
    severity: ERROR
    message: TLS certificate verification is turned off; a network attacker can read and change the traffic
    metadata: {category: security, cwe: "CWE-295", security-severity: "7.5"}
    pattern-either:
      - pattern: $R.$M(..., verify=False, ...)
      - pattern: $S.verify = False
      - pattern: ssl._create_unverified_context(...)
      - pattern: $C.check_hostname = False
      - pattern: $C.verify_mode = ssl.CERT_NONE
      - pattern: urllib3.disable_warnings(...)
  - id: tls-verify-off-js
    languages: [javascript, typescript]
    severity: ERROR
    message: TLS certificate verification is turned off; a network attacker can read and change the traffic
    metadata: {category: security, cwe: "CWE-295", security-severity: "7.5"}
    pattern-either:
      - pattern: "{..., rejectUnauthorized: false, ...}"
      - pattern: $O.rejectUnauthorized = false
      - pattern: process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0"
      - pattern: process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'
      - pattern: process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = "0"
  - id: tls-verify-off-go
    languages: [go]
    severity: ERROR
    message: TLS certificate verification is turned off (InsecureSkipVerify); a network attacker can read and change the traffic
    metadata: {category: security, cwe: "CWE-295", security-severity: "7.5"}
    pattern-either:
      - pattern: "tls.Config{..., InsecureSkipVerify: true, ...}"
      - pattern: $C.InsecureSkipVerify = true
  - id: tls-verify-off-ruby
    languages: [ruby]
    severity: ERROR
    message: TLS certificate verification is turned off; a network attacker can read and change the traffic
    metadata: {category: security, cwe: "CWE-295", security-severity: "7.5"}
    pattern-regex: 'OpenSSL::SSL::VERIFY_NONE|verify_ssl:\s*false|ssl_verify(_mode)?:\s*(false|OpenSSL::SSL::VERIFY_NONE)'
  - id: tls-verify-off-php
    languages: [php]
    severity: ERROR
    message: TLS certificate verification is turned off; a network attacker can read and change the traffic
    metadata: {category: security, cwe: "CWE-295", security-severity: "7.5"}
    pattern-regex: '(?i)CURLOPT_SSL_VERIFY(PEER|HOST)\s*,\s*(false|0)\b|''verify''\s*=>\s*false|"verify_peer"\s*=>\s*false|''verify_peer''\s*=>\s*false'
  - id: tls-verify-off-java
    languages: [java, kotlin]
    severity: ERROR
    message: A trust manager or hostname verifier accepts everything; TLS no longer authenticates the server
    metadata: {category: security, cwe: "CWE-295", security-severity: "7.5"}
    pattern-either:
      - pattern: |
          public void checkServerTrusted(...) {}
      - pattern: (HostnameVerifier) ($H, $S) -> true
      - pattern: NoopHostnameVerifier.INSTANCE
      - pattern: new NoopHostnameVerifier()
      - pattern: |
          public boolean verify(String $H, SSLSession $S) { return true; }

  # --- Passwords hashed with a fast hash --------------------------------------------------------------------------
  - id: weak-password-hash-python
    languages: [python]
    severity: ERROR
    message: A password is hashed with a fast general-purpose hash; use bcrypt, scrypt, argon2 or PBKDF2 with a salt
    metadata: {category: security, cwe: "CWE-916", security-severity: "7.0"}
    patterns:
      - pattern-either:
          - pattern: hashlib.$H($PW, ...)
          - pattern: hashlib.$H($PW.encode(...), ...)
          - pattern: hashlib.$H(...).update($PW)
          - pattern: hashlib.$H(...).update($PW.encode(...))
          - pattern: hashlib.new($ALG, $PW, ...)
          - pattern: hashlib.new($ALG, $PW.encode(...), ...)
      - metavariable-regex:
          metavariable: $PW
          regex: (?i).*(passw|passwd|pwd|passphrase).*
  - id: weak-password-hash-js
    languages: [javascript, typescript]
    severity: ERROR
    message: A password is hashed with a fast general-purpose hash; use bcrypt, scrypt or argon2
    metadata: {category: security, cwe: "CWE-916", security-severity: "7.0"}
    patterns:
      - pattern: $C.createHash($ALG).update($PW, ...)
      - metavariable-regex:
          metavariable: $PW
          regex: (?i).*(passw|passwd|pwd|passphrase).*
  - id: weak-password-hash-go
    languages: [go]
    severity: ERROR
    message: A password is hashed with a fast general-purpose hash; use bcrypt, scrypt or argon2
    metadata: {category: security, cwe: "CWE-916", security-severity: "7.0"}
    patterns:
      - pattern-either:
          - pattern: $P.Sum($PW)
          - pattern: $P.Sum([]byte($PW))
          - pattern: $P.Sum256([]byte($PW))
          - pattern: $P.Sum512([]byte($PW))
          - pattern: $P.Sum256($PW)
          - pattern: $P.Sum512($PW)
          - pattern: $H.Write([]byte($PW))
      - metavariable-regex:
          metavariable: $PW
          regex: (?i).*(passw|passwd|pwd|passphrase).*
  - id: weak-password-hash-php
    languages: [php]
    severity: ERROR
    message: A password is hashed with a fast general-purpose hash; use password_hash
    metadata: {category: security, cwe: "CWE-916", security-severity: "7.0"}
    pattern-regex: '(?i)\b(md5|sha1|hash\s*\(\s*[''"](md5|sha1|sha256|sha512)[''"]\s*,)\s*\(?\s*\$\w*(passw|pwd|passphrase)'
  - id: weak-password-hash-ruby
    languages: [ruby]
    severity: ERROR
    message: A password is hashed with a fast general-purpose hash; use bcrypt or argon2
    metadata: {category: security, cwe: "CWE-916", security-severity: "7.0"}
    pattern-regex: '(?i)Digest::(MD5|SHA1|SHA256|SHA512|SHA2)\.(hexdigest|digest|base64digest)\s*\(?[^)\n]*(passw|pwd|passphrase)'
  - id: weak-password-hash-java
    languages: [java, kotlin]
    severity: ERROR
    message: A password is hashed with a fast general-purpose hash; use bcrypt, scrypt, argon2 or PBKDF2
    metadata: {category: security, cwe: "CWE-916", security-severity: "7.0"}
    patterns:
      - pattern-either:
          - pattern: $D.digest($PW.getBytes(...))
          - pattern: $D.update($PW.getBytes(...))
          - pattern: DigestUtils.$F($PW)
      - metavariable-regex:
          metavariable: $PW
          regex: (?i).*(passw|pwd|passphrase).*

  # --- Request input joined into a path that is served ------------------------------------------------------------
  - id: path-traversal-python
    languages: [python]
    severity: ERROR
    message: A path built from request input is opened or served; '../' reads any file. Resolve it and check it stays under the base
    metadata: {category: security, cwe: "CWE-22", security-severity: "7.5"}
    mode: taint
    pattern-sources:
      - pattern-either:
          - pattern: request.args
          - pattern: request.args.get(...)
          - pattern: request.form
          - pattern: request.values
          - pattern: request.GET
          - pattern: request.POST
          - pattern: request.query_params
          - pattern: request.path_params
          - pattern: request.match_info
    pattern-sanitizers:
      - pattern: werkzeug.utils.secure_filename(...)
      - pattern: secure_filename(...)
      - pattern: os.path.basename(...)
      - pattern: safe_join(...)
    pattern-sinks:
      - pattern-either:
          - pattern: send_file(...)
          - pattern: flask.send_file(...)
          - pattern: FileResponse(...)
          - pattern: open(...)
          - pattern: static_file(...)
  - id: path-traversal-js
    languages: [javascript, typescript]
    severity: ERROR
    message: A path built from request input is read or served; '../' reads any file. Resolve it and check it stays under the base
    metadata: {category: security, cwe: "CWE-22", security-severity: "7.5"}
    mode: taint
    pattern-sources:
      - pattern-either:
          - pattern: $REQ.query
          - pattern: $REQ.params
          - pattern: $REQ.body
    pattern-sanitizers:
      - pattern: path.basename(...)
    pattern-sinks:
      - patterns:
          - pattern-either:
              - pattern: $RES.sendFile($P, ...)
              - pattern: $RES.download($P, ...)
              - pattern: fs.readFile($P, ...)
              - pattern: fs.readFileSync($P, ...)
              - pattern: fs.createReadStream($P, ...)
          - focus-metavariable: $P
  - id: path-traversal-go
    languages: [go]
    severity: ERROR
    message: A path built from request input is read or served; '../' reads any file. Resolve it and check it stays under the base
    metadata: {category: security, cwe: "CWE-22", security-severity: "7.5"}
    mode: taint
    pattern-sources:
      - pattern-either:
          - pattern: $R.URL.Query().Get(...)
          - pattern: $R.URL.Query()
          - pattern: $R.FormValue(...)
          - pattern: $R.PostFormValue(...)
          - pattern: $R.PathValue(...)
          - pattern: $R.URL.Path
          - pattern: mux.Vars(...)
          - pattern: ($C *gin.Context).Query(...)
          - pattern: ($C *gin.Context).Param(...)
    pattern-sanitizers:
      - pattern: filepath.Base(...)
    pattern-sinks:
      - patterns:
          - pattern-either:
              - pattern: http.ServeFile($W, $R2, $P)
              - pattern: os.Open($P)
              - pattern: os.ReadFile($P)
              - pattern: ioutil.ReadFile($P)
              - pattern: ($C *gin.Context).File($P)
          # The path the sink reads, checked to stay under a root first (strings.HasPrefix(full, root+"/")).
          - pattern-not-inside: |
              if <... strings.HasPrefix($P, $ROOT) ...> { ... }
              ...
          - focus-metavariable: $P
  - id: path-traversal-php
    languages: [php]
    severity: ERROR
    message: A path built from request input is read, served or included; '../' reads any file
    metadata: {category: security, cwe: "CWE-22", security-severity: "7.5"}
    pattern-regex: '\b(readfile|file_get_contents|fopen|include|include_once|require|require_once|file|show_source|highlight_file)\s*\(?\s*[^;\n]*\$_(GET|POST|REQUEST|COOKIE)\b'
  - id: path-traversal-ruby
    languages: [ruby]
    severity: ERROR
    message: A path built from request params is read or served; '../' reads any file
    metadata: {category: security, cwe: "CWE-22", security-severity: "7.5"}
    pattern-regex: '\b(send_file|File\.(read|open|binread)|IO\.read|render\s+file:)\s*\(?[^\n]*params\['
  - id: path-traversal-java
    languages: [java, kotlin]
    severity: ERROR
    message: A path built from request input is read or served; '../' reads any file
    metadata: {category: security, cwe: "CWE-22", security-severity: "7.5"}
    mode: taint
    pattern-sources:
      - pattern: (HttpServletRequest $R).getParameter(...)
      - pattern: (HttpServletRequest $R).getPathInfo()
      - pattern: "@RequestParam $T $P"
      - pattern: "@PathVariable $T $P"
    pattern-sinks:
      - pattern-either:
          - pattern: new File(...)
          - pattern: Paths.get(...)
          - pattern: Path.of(...)
          - pattern: new FileInputStream(...)
          - pattern: $D.resolve(...)

"""#
}
