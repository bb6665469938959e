extension ReviewCorpus {
    /// Look-alikes of the risky changes that must raise nothing at `medium` or above: placeholders, test keys
    /// marked as such, references to the environment, safe loaders, parameterised SQL, argument lists.
    package static let benign: [ReviewCase] = secrets + dockerfiles + code

    private static let secrets: [ReviewCase] = [
        ReviewCase(
            "aws documented example key", "docs/aws.md",
            """
            Set `AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE` in your shell before running the tool.
            """, expect: nil),
        ReviewCase(
            "password from environment", "app/db.py",
            """
            DB_PASSWORD = os.environ["DB_PASSWORD"]
            """, expect: nil),
        ReviewCase(
            "changeme placeholder", "config/defaults.py",
            """
            password = "changeme"
            """, expect: nil),
        ReviewCase(
            "angle bracket placeholder", "config/oauth.yaml",
            """
            client_secret: "<your-client-secret>"
            """, expect: nil),
        ReviewCase(
            "template reference", "deploy/values.yaml",
            """
            token: "${GITHUB_TOKEN}"
            """, expect: nil),
        ReviewCase(
            "masked password", "docs/setup.yaml",
            """
            password: "********"
            """, expect: nil),
        ReviewCase(
            "stripe test key in tests", "tests/billing_test.py",
            """
            STRIPE_KEY = "sk_test_51Hx7Kq2Lm9Zr4Tv7Wn1Pb3QxYzKd9"
            """, expect: nil),
        ReviewCase(
            "tls key fixture", "tests/fixtures/tls/server.key",
            """
            -----BEGIN PRIVATE KEY-----
            MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj
            -----END PRIVATE KEY-----
            """, expect: nil),
        ReviewCase(
            "jwt in spec", "src/auth.spec.ts",
            """
            const token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0LXVzZXIifQ.dGVzdC1zaWduYXR1cmUtb25seQ";
            """, expect: nil),
        ReviewCase(
            "password policy constant", "app/policy.py",
            """
            PASSWORD_MIN_LENGTH = 12
            password_field = "password"
            """, expect: nil),
        ReviewCase(
            "secret name reference", "deploy/job.yaml",
            """
            secret_name: "prod-db-credentials"
            """, expect: nil),
        ReviewCase(
            "token url", "src/auth.js",
            """
            const tokenUrl = "https://auth.example.com/oauth/token";
            """, expect: nil),
        ReviewCase(
            "csrf header name", "src/csrf.js",
            """
            const csrfTokenHeader = "X-CSRF-Token";
            """, expect: nil),
        ReviewCase(
            "fake key marked as such", "src/demo.ts",
            """
            const apiKey = "fake-key-for-local-demo";
            """, expect: nil),
        ReviewCase(
            "github token from secrets", ".github/workflows/ci.yml",
            """
            env:
              GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
            """, expect: nil),
    ]

    private static let dockerfiles: [ReviewCase] = [
        ReviewCase(
            "pinned base with user", "Dockerfile",
            """
            FROM node:20.11-alpine
            WORKDIR /app
            COPY . .
            USER node
            CMD ["node", "server.js"]
            """, expect: nil),
        ReviewCase(
            "multi-stage distroless", "Dockerfile",
            """
            FROM golang:1.22 AS build
            COPY . /src
            RUN go build -o /app /src
            FROM gcr.io/distroless/static:nonroot
            COPY --from=build /app /app
            USER nonroot:nonroot
            """, expect: nil),
        ReviewCase(
            "stage used as base", "Dockerfile",
            """
            FROM python:3.12-slim AS base
            RUN pip install --no-cache-dir poetry==1.8.2
            FROM base
            USER 1000
            """, expect: nil),
        ReviewCase(
            "build arg without value", "Dockerfile",
            """
            FROM node:20.11
            ARG NPM_TOKEN
            RUN --mount=type=secret,id=npm npm ci
            USER node
            """, expect: nil),
        ReviewCase(
            "download with checksum", "Dockerfile",
            """
            FROM debian:12.5
            RUN curl -fsSLo /tmp/tool.tgz https://releases.example.com/tool.tgz \\
                && echo "9f86d081884c7d659a2feaa0c55ad015  /tmp/tool.tgz" | sha256sum -c -
            USER app
            """, expect: nil),
        ReviewCase(
            "add with checksum", "Dockerfile",
            """
            FROM alpine:3.19
            ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://releases.example.com/tool.tgz /opt/
            USER nobody
            """, expect: nil),
        ReviewCase(
            "chmod 755", "Dockerfile",
            """
            FROM alpine:3.19
            COPY entrypoint.sh /entrypoint.sh
            RUN chmod 755 /entrypoint.sh
            USER nobody
            """, expect: nil),
        ReviewCase(
            "env url and level", "Dockerfile",
            """
            FROM alpine:3.19
            ENV LOG_LEVEL=info TOKEN_URL=https://auth.example.com/token
            USER nobody
            """, expect: nil),
        ReviewCase(
            "readme warns about curl pipe", "README.md",
            """
            Never run `curl https://example.com/install.sh | sh` in a Dockerfile; download and verify instead.
            """, expect: nil),
        ReviewCase(
            "digest pinned base", "Dockerfile",
            """
            FROM nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31
            USER nginx
            """, expect: nil),
    ]

    private static let code: [ReviewCase] = [
        ReviewCase(
            "parameterised sql js", "src/users.js",
            """
            const rows = await db.query("SELECT * FROM users WHERE name = ?", [req.query.name]);
            """, expect: nil),
        ReviewCase(
            "parameterised sql python", "app/repo.py",
            """
            cursor.execute("SELECT id, email FROM users WHERE id = %s", (user_id,))
            """, expect: nil),
        ReviewCase(
            "parameterised sql go", "internal/store/users.go",
            """
            rows, err := db.Query("SELECT name FROM users WHERE id = $1", id)
            """, expect: nil),
        ReviewCase(
            "prepared statement java", "src/main/java/acme/UserDao.java",
            """
            PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE email = ?");
            """, expect: nil),
        ReviewCase(
            "pdo named binds", "src/users.php",
            """
            $stmt = $pdo->prepare('SELECT * FROM users WHERE email = :email');
            $stmt->execute(['email' => $email]);
            """, expect: nil),
        ReviewCase(
            "rails placeholder", "app/models/user.rb",
            """
            User.where("email = ?", params[:email]).first
            """, expect: nil),
        ReviewCase(
            "execFile with arguments", "src/git.js",
            """
            const { execFile } = require("child_process");
            execFile("git", ["status", "--short"], callback);
            """, expect: nil),
        ReviewCase(
            "regexp exec", "src/parse.ts",
            """
            const match = pattern.exec(line);
            """, expect: nil),
        ReviewCase(
            "subprocess argument list", "app/backup.py",
            """
            subprocess.run(["tar", "czf", archive, "/data"], check=True, shell=False)
            """, expect: nil),
        ReviewCase(
            "go command without shell", "cmd/runner/main.go",
            """
            out, err := exec.Command("git", "log", branch).Output()
            """, expect: nil),
        ReviewCase(
            "ruby system with arguments", "lib/sync.rb",
            """
            system("git", "pull", "--ff-only")
            """, expect: nil),
        ReviewCase(
            "torch model eval", "app/model.py",
            """
            model.eval()
            value = ast.literal_eval(text)
            """, expect: nil),
        ReviewCase(
            "redis eval script", "src/rate.js",
            """
            const count = await redis.eval(script, 1, key);
            const body = JSON.parse(req.body);
            """, expect: nil),
        ReviewCase(
            "eval in test", "tests/test_calc.py",
            """
            assert eval(expression) == 4
            """, expect: nil),
        ReviewCase(
            "yaml safe load", "app/config.py",
            """
            config = yaml.safe_load(open("config.yml"))
            """, expect: nil),
        ReviewCase(
            "yaml load with safe loader", "app/settings_loader.py",
            """
            config = yaml.load(stream, Loader=yaml.SafeLoader)
            """, expect: nil),
        ReviewCase(
            "json instead of pickle", "app/session.py",
            """
            session = json.loads(base64.b64decode(request.cookies["session"]))
            blob = pickle.dumps(state)
            """, expect: nil),
        ReviewCase(
            "requests with ca bundle", "app/client.py",
            """
            response = requests.get(url, verify="/etc/ssl/certs/internal-ca.pem", timeout=5)
            """, expect: nil),
        ReviewCase(
            "go tls min version", "internal/client/tls.go",
            """
            cfg := &tls.Config{MinVersion: tls.VersionTLS12}
            """, expect: nil),
        ReviewCase(
            "flask debug from env", "app/main.py",
            """
            app.run(host="0.0.0.0", port=8080, debug=os.environ.get("FLASK_DEBUG") == "1")
            """, expect: nil),
        ReviewCase(
            "django dev settings", "mysite/settings/dev.py",
            """
            DEBUG = True
            """, expect: nil),
        ReviewCase(
            "cors with origin list", "src/server.js",
            """
            app.use(cors({ origin: ["https://app.example.com"] }));
            """, expect: nil),
        ReviewCase(
            "django cors allow list", "mysite/settings.py",
            """
            CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
            DEBUG = env.bool("DEBUG", default=False)
            """, expect: nil),
        ReviewCase(
            "password prompt and header token", "app/login.py",
            """
            password = getpass.getpass("Password: ")
            token = request.headers.get("Authorization")
            api_key = settings.API_KEY
            """, expect: nil),
        ReviewCase(
            "named sql parameters", "app/users.py",
            """
            cursor.execute("UPDATE users SET name = %(name)s WHERE id = %(id)s", {"name": n, "id": i})
            """, expect: nil),
        ReviewCase(
            "tls context with ca file", "app/tls.py",
            """
            ctx = ssl.create_default_context(cafile=CA_FILE)
            subprocess.check_output(["ls", "-l", path])
            """, expect: nil),
    ]
}
