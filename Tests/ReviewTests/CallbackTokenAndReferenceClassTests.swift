import Manifest
import Testing

@testable import Review

/// One-line spellings of the classes batch 18 brought: validation callbacks whose block accepts everything
/// (``AcceptAllCertificateCallback``), JWT payloads decoded by hand (``HandDecodedPayload``), a bare `insecure` key in
/// infrastructure config (``InsecureClientSetting``), and secret-named values that are references or key names
/// (``SecretValue``). Each risky shape blocks under `block-high` with its rule; each near miss does not. Credentials
/// here are made up and valid nowhere.
@Suite struct CallbackTokenAndReferenceClassTests {
    typealias Example = StaticRuleClassTests.Example

    private static func check(_ example: Example) {
        let change = ReviewCase("example", example.path, example.text, risky: example.rule != nil)
        let findings = StaticReviewer().review(diff: change.patch).findings.filter { $0.severity >= .high }
        if let rule = example.rule {
            #expect(findings.contains { $0.rule == rule }, "\(example.text) → \(findings.map(\.rule))")
        } else {
            #expect(findings.isEmpty, "\(example.text) → \(findings.map(\.rule))")
        }
    }

    private static let tls = "code.tls-verify-disabled"

    @Test(arguments: [
        Example(
            "Legacy/Bootstrap.cs",
            "ServicePointManager.ServerCertificateValidationCallback += delegate { return true; };\n", tls),
        Example(
            "Sync/Handler.cs",
            "handler.ServerCertificateCustomValidationCallback = (m, c, ch, errors) =>\n{\n"
                + "    if (errors != SslPolicyErrors.None) log.LogWarning(\"tls {E}\", errors);\n"
                + "    return true;\n};\n",
            tls),
        Example(
            "Sync/Handler.cs",
            "handler.ServerCertificateCustomValidationCallback = (m, c, ch, errors) =>\n{\n"
                + "    if (errors == SslPolicyErrors.None) return true;\n"
                + "    return c?.GetCertHashString() == Pinned;\n};\n",
            nil),
        Example(
            "Mail/Tls.cs",
            "static bool AcceptAny(object s, X509Certificate c, X509Chain ch, SslPolicyErrors e)\n{\n"
                + "    return true;\n}\n", tls),
        Example(
            "src/main/java/Http.java",
            "conn.setHostnameVerifier((host, session) -> {\n    log.debug(\"host {}\", host);\n    return true;\n});\n",
            tls),
        Example(
            "src/main/kotlin/Http.kt",
            "override fun verify(hostname: String?, session: SSLSession?): Boolean = true\n", tls),
        Example(
            "src/main/java/Trust.java",
            "public void checkServerTrusted(X509Certificate[] chain, String authType) {\n"
                + "    log.info(\"server chain of {}\", chain.length);\n}\n", tls),
        Example(
            "src/main/java/Trust.java",
            "public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {\n"
                + "    if (!pins.contains(fingerprint(chain[0]))) throw new CertificateException(\"not pinned\");\n}\n",
            nil),
        Example(
            "client.go",
            "cfg := &tls.Config{\n\tInsecureSkipVerify: skip,\n"
                + "\tVerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {\n"
                + "\t\treturn nil\n\t},\n}\n",
            tls),
        Example(
            "client.go",
            "cfg := &tls.Config{\n\tInsecureSkipVerify: skip,\n"
                + "\tVerifyPeerCertificate: func(raw [][]byte, _ [][]*x509.Certificate) error {\n"
                + "\t\treturn pins.Check(raw)\n\t},\n}\n", nil),
        Example(
            "src/agent.ts",
            "const agent = new https.Agent({\n  checkServerIdentity: function (host, cert) {\n    return;\n  },\n});\n",
            tls),
        Example(
            "src/agent.ts",
            "const agent = new https.Agent({\n  checkServerIdentity: (host, cert) => {\n"
                + "    return tls.checkServerIdentity(host, cert);\n  },\n});\n", nil),
        Example(
            "sync/client.py",
            "ctx = ssl.create_default_context()\nctx.check_hostname = False\nctx.verify_mode = ssl.CERT_NONE\n", tls),
        Example(
            "lib/client.dart",
            "client.badCertificateCallback = (X509Certificate cert, String host, int port) {\n"
                + "  log('bad certificate for $host');\n  return true;\n};\n", tls),
    ])
    func certificateCallbacksThatAcceptEverything(_ example: Example) { Self.check(example) }

    private static let jwt = "code.jwt-unverified"

    @Test(arguments: [
        Example(
            "src/main/java/Auth.java",
            "String token = request.getHeader(\"Authorization\").substring(7);\n"
                + "String[] parts = token.split(\"\\\\.\");\nbyte[] json = Base64.getUrlDecoder().decode(parts[1]);\n",
            jwt),
        Example(
            "src/auth.ts",
            "const token = req.headers.authorization.split(' ')[1];\n"
                + "const claims = JSON.parse(atob(token.split('.')[1]));\n", jwt),
        Example(
            "Api/Auth.cs",
            "var token = Request.Headers[\"Authorization\"].ToString()[7..];\nvar parts = token.Split('.');\n"
                + "var claims = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]));\n", jwt),
        Example(
            "Api/Auth.cs",
            "var token = Request.Headers[\"Authorization\"].ToString()[7..];\n"
                + "var jwt = new JwtSecurityTokenHandler().ReadJwtToken(token);\n", jwt),
        Example(
            "app/controllers/api_controller.rb",
            "token = request.headers['Authorization'].split(' ').last\n"
                + "claims = JSON.parse(Base64.urlsafe_decode64(token.split('.')[1]))\n", jwt),
        Example(
            "src/Auth.php",
            "<?php\n$jwt = substr($_SERVER['HTTP_AUTHORIZATION'], 7);\n[$h, $payload, $s] = explode('.', $jwt);\n"
                + "$claims = json_decode(base64_decode(strtr($payload, '-_', '+/')), true);\n", jwt),
        Example(
            "src/session.ts",
            "const token = req.cookies.session;\n"
                + "const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());\n", jwt),
        // A server decoding the token it sends upstream, to cache it until `exp`: no credential read from a request.
        Example(
            "src/upstream.ts",
            "const sku = req.query.sku;\nconst exp = JSON.parse(atob(upstreamToken.split('.')[1])).exp;\n"
                + "await fetch(url, { headers: { Authorization: `Bearer ${upstreamToken}` } });\n", nil),
        // Basic credentials: the header split on a space, not a token split on dots.
        Example(
            "src/basic.ts",
            "const [user, pass] = Buffer.from(req.headers.authorization.split(' ')[1], 'base64')\n"
                + "    .toString().split(':');\n",
            nil),
        // The header segment, read to pick a key, then a verifying parse.
        Example(
            "internal/auth/jwks.go",
            "parts := strings.Split(raw, \".\")\nhdr, _ := base64.RawURLEncoding.DecodeString(parts[0])\n"
                + "tok, err := jwt.Parse(raw, keyFor(hdr))\nuser := r.Header.Get(\"Authorization\")\n", nil),
        // A signature compared in constant time after the payload is decoded.
        Example(
            "app/auth.py",
            "token = request.headers['Authorization'][7:]\nh, p, s = token.split('.')\n"
                + "if not hmac.compare_digest(sign(h + '.' + p), s): abort(401)\n"
                + "claims = json.loads(base64.urlsafe_b64decode(p + '=='))\n", nil),
    ])
    func tokenPayloadsDecodedByHand(_ example: Example) { Self.check(example) }

    @Test(arguments: [
        Example("infra/providers.tf", "provider \"kubernetes\" {\n  host     = var.host\n  insecure = true\n}\n", tls),
        Example(
            "infra/providers.tf", "provider \"kubernetes\" {\n  host     = var.host\n  insecure = var.insecure\n}\n",
            nil),
        Example("infra/vsphere.tf", "provider \"vsphere\" {\n  allow_unverified_ssl = true\n}\n", tls),
        Example(
            "clusters/edge.json", "{\"server\": \"https://edge:6443\", \"tlsClientConfig\": {\"insecure\": true}}\n",
            tls),
        Example("clusters/edge.yaml", "config:\n  tlsClientConfig:\n    insecure: true\n", tls),
        Example(
            "clusters/edge.yaml", "config:\n  tlsClientConfig:\n    insecure: false\n    caData: LS0tLS1CRUdJTg==\n",
            nil),
        Example("kube.go", "cfg.TLSClientConfig = rest.TLSClientConfig{Insecure: true}\n", tls),
        Example(
            "kubeconfig.yaml",
            "clusters:\n  - cluster:\n      server: https://k8s:6443\n      insecure-skip-tls-verify: true\n", tls),
        Example(
            "otel.yaml", "exporters:\n  otlp:\n    endpoint: localhost:4317\n    tls:\n      insecure: true\n", nil),
        Example("argocd-cmd-params-cm.yaml", "data:\n  server.insecure: \"true\"\n", nil),
    ])
    func infrastructureClientsSetInsecure(_ example: Example) { Self.check(example) }

    private static let secret = "secret.generic-assignment"

    @Test(arguments: [
        Example("build.sh", "docker build --secret id=npmrc,src=$HOME/.npmrc -t web .\n", nil),
        Example("build.sh", "docker buildx build --secret id=npm_token,env=NPM_TOKEN .\n", nil),
        Example("build.sh", ": \"${DEPLOY_TOKEN:?DEPLOY_TOKEN must be set}\"\n", nil),
        Example(
            "external-secret.yaml",
            "data:\n  - secretKey: STRIPE_SECRET_KEY_V2\n    remoteRef:\n      key: prod/payments-api/stripe\n", nil),
        Example("values.yaml", "dbPassword: secret/data/orders/postgres\n", nil),
        Example("values.yaml", "dbPassword: Hq7vN2xLp9Rk4TzW\n", secret),
        Example("values.yaml", "dbPassword: summer_2024x\n", secret),
        Example("values.yaml", "apiSecret: wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8\n", secret),
        Example("secret.yaml", "stringData:\n  TOTP_SECRET: JBSWY3DPEHPK3PXP\n", secret),
    ])
    func secretReferencesAndKeyNames(_ example: Example) { Self.check(example) }
}
