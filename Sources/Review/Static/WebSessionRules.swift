import Manifest

/// `code.cors-reflects-origin`: CORS that approves whatever origin asks while credentials are allowed — the cors
/// middleware's `origin: true` or an origin callback that answers yes without a check, a handler echoing the request's
/// `Origin` into `Access-Control-Allow-Origin` (or an origin option answering with it), `SetIsOriginAllowed(_ =>
/// true)`, `allowedOriginPatterns("*")`, Ktor's `anyHost()` or `allowOrigins { true }`. Any site a user visits can
/// then make requests with their cookies and read the answers. An origin checked against a list on the line or the
/// two before it is the fix, not a finding.
struct CORSReflection: FileCheck {
    let kinds = ReviewedFile.code

    private static let credentials = LinePattern(
        #"(?i)(\bcredentials["']?\s*:\s*true\b|Allow[-_]Credentials["']?\s*[:,]\s*["']?true|supports_credentials\s*=\s*True|"#
            + #"allowCredentials\s*(\(\s*true|=\s*true)|AllowCredentials\s*(:\s*true|\(\s*\))|"#
            + #"CORS_ALLOW_CREDENTIALS\s*=\s*True)"#)
    private static let reflection = LinePattern(
        #"(\borigin["']?\s*:\s*true\b|\b(callback|cb|done|next)\s*\(\s*null\s*,\s*(origin\b|true\b)|"#
            + #"Allow-Origin["']?\s*[:,]\s*(req|request|r|ctx|c)\.(headers?|Header|get)\b|"#
            + #"Allow-Origin["']?\s*,\s*\w+\.(getHeader|Header\.Get|Get)\(\s*["']Origin|"#
            + #"SetIsOriginAllowed\s*\(\s*\w+\s*=>\s*true|allowedOriginPatterns\s*\(\s*"\*"|"#
            + #"AllowOriginFunc\s*:\s*func\([^)]*\)\s*bool\s*\{\s*return\s+true|CORS_(ORIGIN_ALLOW_ALL|ALLOW_ALL_ORIGINS)\s*=\s*True|"#
            + #"\borigins\s*=\s*["']\*["']|"#
            // An origin option answering with the request's own `Origin` (Koa's `origin: (ctx) => ctx.get('Origin')`).
            + #"(?i:\borigin["']?\s*:\s*(?:async\s+)?\(?\s*\w+\s*\)?\s*=>\s*\w+\.(?:get|header)\s*\(\s*["']origin["']|"#
            + #"\borigin["']?\s*:\s*(?:async\s+)?\(?\s*\w+\s*\)?\s*=>\s*\w+(?:\.request)?\.headers?\.origin\b)|"#
            // Ktor: every origin allowed (with credentials it answers each with its own origin).
            + #"\ballowOrigins\s*\{\s*(?:\w+\s*->\s*)?true\s*\}|\banyHost\s*\(\s*\))"#)
    /// A check of the origin: a condition, a list lookup, a comparison, a ternary (not TypeScript's optional `allow?:`
    /// or `?.`).
    private static let check = LinePattern(
        #"\b(if|includes|has|test|indexOf|match|some|find|contains|in_array|startsWith|endsWith)\b\s*\(|===?|!==?|"#
            + #"(?<!\?)\?(?![?:.])"#
    )

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        guard
            lines.contains(where: { $0.text.hasBytesIgnoringCase("credentials") && Self.credentials.matches($0.text) })
        else { return [] }
        var findings: [ReviewFinding] = []
        // An origin callback's answer may stand on the line after its parameters (`origin: (o, cb) =>` then
        // `cb(null, true)`).
        for (index, line) in lines.enumerated()
        where line.isAdded
            && (line.text.hasBytesIgnoringCase("origin") || line.text.hasBytes("anyHost")
                || index > 0 && lines[index - 1].text.hasBytesIgnoringCase("origin"))
        {
            guard Self.reflection.matches(line.text),
                !lines[max(0, index - 2)...index].contains(where: { Self.check.matches($0.text) })
            else { continue }
            findings.append(
                file.finding(
                    "code.cors-reflects-origin", .high, on: line,
                    message: "CORS approves any origin while allowing credentials; any site can act as the signed-in "
                        + "user; list the origins that need access", content: line.text))
        }
        for line in lines where line.isAdded && Self.isSchemeOnlyTest(line.text) {
            findings.append(
                file.finding(
                    "code.cors-reflects-origin", .high, on: line,
                    message: "CORS accepts an origin by its scheme or its syntax alone while allowing credentials: "
                        + "every site can act as the signed-in user; list the origins that need access",
                    content: line.text))
        }
        for line in lines where line.isAdded && Self.isOpenSuffixTest(line.text, in: lines) {
            findings.append(
                file.finding(
                    "code.cors-reflects-origin", .high, on: line,
                    message: "CORS trusts an origin by a suffix that sites you do not control can end with, while "
                        + "allowing credentials; compare whole origins, or a suffix that starts with a dot of a domain "
                        + "you own", content: line.text))
        }
        return findings
    }

    /// Whether `text` accepts an origin on its scheme and nothing else: Ktor's `allowOrigins {
    /// it.startsWith("https://") }`, ASP.NET's `Uri.TryCreate(origin, …, out var uri) && uri.Scheme == "https"`. A
    /// line that also looks at the host or a list is a check.
    private static func isSchemeOnlyTest(_ text: Substring) -> Bool {
        guard text.hasBytesIgnoringCase("origin"), schemeTest.matches(text) else { return false }
        // Any alternative of an `||` that accepts on the scheme or the syntax alone accepts every origin.
        return text.split(separator: "||").contains { alternative in
            schemeTest.matches(alternative)
                && !["host", "endswith", "ends_with", "hassuffix", "contains", "includes", "trusted", "list"]
                    .contains(where: alternative.hasBytesIgnoringCase)
        }
    }

    /// A test of a URL's scheme or only of its syntax: `startsWith("https://")`, `HasPrefix(o, "https://")`,
    /// `uri.Scheme == "https"`, `Uri.TryCreate(origin, UriKind.Absolute, out _)`, `Uri.IsWellFormedUriString(…)`.
    private static let schemeTest = LinePattern(
        #"(?i)\b(starts_?with|hasPrefix)\s*\(\s*(?:\w+\s*,\s*)?["']https?://["']\s*\)|"#
            + #"\.scheme\s*===?\s*["']https?["']|\bUri\.(?:TryCreate|IsWellFormedUriString)\s*\("#)

    /// Whether `text` trusts an origin or host by a suffix anyone can register under: one without a leading dot
    /// (`host.endsWith('vercel.app')` takes `evilvercel.app`; `origin.endsWith(TRUSTED_SUFFIX)` with `TRUSTED_SUFFIX =
    /// "acme.io"`), or a shared hosting domain where anyone can deploy (`.vercel.app`, `.herokuapp.com`, `.github.io`).
    private static func isOpenSuffixTest(_ text: Substring, in lines: [ChangedFile.Line]) -> Bool {
        guard text.hasBytesIgnoringCase("origin") || text.hasBytesIgnoringCase("host"),
            let groups = suffixTest.firstMatch(in: text)
        else { return false }
        let suffix: Substring
        if let literal = groups[1] {
            suffix = literal
        } else if let name = groups[2].map(String.init),
            let literal = lines.lazy.compactMap({ constantAssignment.firstMatch(in: $0.text) }).first(where: {
                $0[1].map(String.init) == name
            })?[2]
        {
            suffix = literal
        } else {
            return false
        }
        let lower = suffix.lowercased()
        guard lower.contains("."), !lower.contains("://") else { return false }
        guard lower.hasPrefix(".") else { return true }
        return sharedHostingDomains.contains { lower.hasSuffix($0) }
    }

    /// A suffix test (group 1 a literal suffix, group 2 a name holding one): `endsWith('x')`, `endswith("x")`,
    /// `strings.HasSuffix(host, ".x")`, `end_with?(".x")`, `str_ends_with($host, '.x')`, `EndsWith(".x")`.
    private static let suffixTest = LinePattern(
        #"(?i)\b(?:endsWith|endswith|HasSuffix|end_with\?|str_ends_with|ends_with|EndsWith)\s*\("#
            + #"(?:[^,()]*,\s*)?(?:["']([^"']+)["']|([A-Za-z_]\w*)\s*\))"#)
    /// A name given a string literal (group 1 the name, group 2 the text).
    private static let constantAssignment = LinePattern(
        #"\b([A-Za-z_]\w*)\s*(?::\s*\w+\s*)?=\s*["']([^"']*)["']\s*;?\s*$"#)
    /// Domains under which anyone can put up a site.
    private static let sharedHostingDomains = [
        ".vercel.app", ".netlify.app", ".herokuapp.com", ".github.io", ".pages.dev", ".workers.dev", ".web.app",
        ".firebaseapp.com", ".azurewebsites.net", ".cloudfront.net", ".amplifyapp.com", ".onrender.com", ".fly.dev",
        ".glitch.me", ".ngrok.io", ".ngrok-free.app", ".surge.sh", ".gitlab.io", ".appspot.com", ".railway.app",
    ]
}

/// `code.insecure-random`: a token, password, reset code, nonce, salt or session id drawn from a generator made for
/// simulations (`Math.random`, `ThreadLocalRandom`, `new Random()`, Python's `random`, Go's `math/rand`, `mt_rand`,
/// Erlang's and Elixir's `:rand.uniform` and `Enum.random`):
/// its output can be predicted from a few samples. A line counts when it, or the function it is in, says what it makes.
/// Use the platform's secure generator (`secrets`, `crypto.randomBytes`, `SecureRandom`, `crypto/rand`).
struct InsecureRandomToken: FileCheck {
    let kinds = ReviewedFile.code

    private static let words = ["random", "rand", "uniqid", "str_shuffle"]
    private static let weakRandom = LinePattern(
        #"(\bMath\.random\s*\(|\bThreadLocalRandom\.current\(|\bnew\s+Random\s*\(|\bRandom\.Shared\b|"#
            + #"(?<![\w.])random\.(choice|choices|randint|random|getrandbits|sample|randrange)\s*\(|"#
            + #"(?<![\w.])rand\.(Intn|Int63n?|Int31n?|Float64|Perm|Uint32|Uint64)\s*\(|\bmt_rand\s*\(|"#
            + #"(?<![\w.$>:])rand\s*\(|\bRandom\.rand\b|\bRandom\.new\b|\brand::thread_rng\s*\(|\bstr_shuffle\s*\(|"#
            + #"\buniqid\s*\(|\bkotlin\.random\.Random\b|\bRandom\.next(Int|Long|Bytes)\s*\(|"#
            + #":rand(om)?\.(uniform|uniform_real|bytes)\s*\(|\bEnum\.(random|take_random)\s*\()"#)
    /// A name given a seedable generator (group 1): `val rng = Random(seed)`, `r := rand.New(rand.NewSource(…))`,
    /// `rnd = random.Random()`, `var r = new Random(42)`.
    private static let weakGenerator = LinePattern(
        #"^\s*(?:(?:val|var|let|const|final|private|auto)\s+)*(?:[\w<>]+\s+)?(\w+)\s*(?::=|=)\s*(?:new\s+)?"#
            + #"(?:kotlin\.random\.|java\.util\.|scala\.util\.)?(?:Random|rand\.New|random\.Random)\s*\("#)
    /// A draw from a generator: `rng.nextInt(…)`, `r.Intn(…)`, `rnd.choice(…)`.
    private static let draw = LinePattern(
        #"\.\s*(?:next\w*|Intn|Int63n?|Int31n?|Float64|Perm|choice|choices|randint|sample|randrange)\s*\("#)
    private static let purpose = LinePattern(
        #"(?i)(token|secret|passw|passwd|otp\b|nonce|api_?key|apikey|reset|session_?id|sessionid|salt|csrf|"#
            + #"verification_?code|invite_?code|one_?time|magic_?link)"#)
    /// A function's declaration; its name is in group 1, 2 or 3.
    private static let declaration = LinePattern(
        #"(?:\bdef|\bfunc|\bfunction|\bfn|\bfun|\bsub)\s+(?:\([^)]*\)\s*)?(\w+)|"#
            + #"^\s*(?:(?:public|private|protected|internal|static|final|async|override|suspend)\s+)+[\w<>\[\],?\s]*?\b(\w+)\s*\(|"#
            + #"^\s*(?:export\s+)?(?:const|let|var)\s+(\w+)\s*=\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*=>)"#)

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        // Names given a generator made for simulations (`val rng = Random(clock.millis() xor userId)`): drawing from
        // one is drawing from it.
        let generators = lines.compactMap { line -> String? in
            guard line.text.hasBytesIgnoringCase("rand") else { return nil }
            return Self.weakGenerator.firstMatch(in: line.text, capture: 1).map(String.init)
        }
        var findings: [ReviewFinding] = []
        for (index, line) in lines.enumerated() where line.isAdded {
            let drawsFromGenerator = generators.contains { name in
                line.text.hasBytes(name + ".") && CodeFlow.identifiers(in: line.text).contains(name)
                    && Self.draw.matches(line.text)
            }
            guard
                drawsFromGenerator
                    || Self.words.contains(where: line.text.hasBytesIgnoringCase) && Self.weakRandom.matches(line.text),
                Self.purpose.matches(line.text) || Self.purpose.matches(enclosingFunction(of: index, in: lines))
            else { continue }
            findings.append(
                file.finding(
                    "code.insecure-random", .high, on: line,
                    message: "a secret value comes from a predictable random generator; use the platform's secure one "
                        + "(secrets, crypto.randomBytes, SecureRandom, crypto/rand)", content: line.text))
        }
        return findings
    }

    /// The name of the function line `index` is in: the nearest declaration in the 25 lines before it.
    private func enclosingFunction(of index: Int, in lines: [ChangedFile.Line]) -> String {
        for candidate in lines[max(0, index - 25)...index].reversed() {
            if let groups = Self.declaration.firstMatch(in: candidate.text),
                let name = groups[1] ?? groups[2] ?? groups[3]
            {
                return String(name)
            }
        }
        return ""
    }
}
