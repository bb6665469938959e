import Manifest

/// Credentials written as a value of a name that says secret, in any text format: code assignments, YAML, JSON, TOML,
/// INI, `.properties`, `.env`, `.npmrc` (`_authToken=`), XML elements, command-line flags, a Dockerfile's `ENV`/`ARG`
/// (continuation lines included), the default of an environment lookup (`os.getenv("X", "…")`,
/// `process.env.X || "…"`, `ENV.fetch("X", "…")`, `${X:-…}`), and passwords inside URLs.
///
/// The name decides whether the value is a secret's (``SecretKeyName``), the value whether it is one
/// (``SecretValue``): references to secrets kept elsewhere are no finding, placeholders a `low` one, anything typed
/// or generated a `high` one (`low` in test code).
struct SecretAssignments: FileCheck {
    let kinds = ReviewedFile.code.union([.dockerfile, .shell, .ci, .config, .prose, .other])

    static let assignmentRule = "secret.generic-assignment"
    static let environmentDefaultRule = "secret.env-default"
    static let dockerRule = "docker.secret-in-env"
    static let urlRule = "secret.url-password"
    /// Every rule this check reports.
    static let rules: Set<String> = [assignmentRule, environmentDefaultRule, dockerRule, urlRule]

    /// `name = "value"`, `name: value`, `"name": "value"`, `name := "value"`, `name => 'value'`, `name: &str = "…"`,
    /// and a quoted value wrapped in a call that only marks it secret (`pulumi.secret("…")`,
    /// `SecretValue.unsafePlainText("…")`, `SecretStr("…")`): the literal is still in the repository.
    /// A colon followed by `?` is no assignment: `${NPM_TOKEN:?NPM_TOKEN must be set}` is the shell's expansion that
    /// fails when the variable is unset, a reference. Groups 1 the name, 2-5 the value (double, single, backtick
    /// quoted, bare). A name opening `${` is the shell's or a template's variable (`${KEY:-default}`), whose default
    /// ``templateDefault`` reads.
    private static let assignment = LinePattern(
        #"(?<![\w$@.\-])(?<!\$\{)["']?([@$]?[A-Za-z_][\w.\-]*)["']?(?:\s*:\s*&?(?:'static\s+)?[\w.<>\[\]?]+)?\s*"#
            + #"(?::=|=>|\?\?=|\|\|=|=(?![=~>])|:(?![:=/?]))\s*"#
            + #"(?:(?:pulumi\.secret|(?:pulumi\.)?Output\.secret|SecretValue\.(?:unsafePlainText|plainText)|"#
            + #"SecretStr|sensitive)\(\s*(?=[rbuf]?["'`]))?"#
            + #"(?:[rbuf]?"([^"\\]*(?:\\.[^"\\]*)*)"|[rbuf]?'([^'\\]*(?:\\.[^'\\]*)*)'|`([^`$]*)`|([^\s"'`,;)}\]]+))"#)
    /// `<password>value</password>`.
    private static let element = LinePattern(#"<([A-Za-z_][\w.\-:]*)>([^<]+)</\1>"#)
    /// `--password=value`, `--token value`.
    private static let flag = LinePattern(
        #"(?<![\w-])--([A-Za-z][\w-]*)(?:=|\s+)(?:"([^"]*)"|'([^']*)'|([^\s"'-][^\s"']*))"#)
    /// A lookup with a default argument: `os.getenv("X", "d")`, `ENV.fetch("X", "d")`, `env('X', 'd')`.
    private static let lookupWithDefault = LinePattern(
        #"(?i)(?:getenv|environ\.get|env\.get|\.fetch|envor\w*|env_or\w*|getorDefault|\benv)\s*\(\s*["']"#
            + #"([A-Za-z_][\w.\-]*)["']\s*,\s*[rbuf]?["'`]([^"'`]+)["'`]"#,
        holdingOneOf: ["env", ".fetch", "getordefault"])
    /// A lookup or'ed with a default: `process.env.X || "d"`, `os.getenv("X") or "d"`, `ENV["X"] ?? "d"`, Vapor's
    /// `Environment.get("X") ?? "d"`,
    /// `env::var("X").unwrap_or("d")`, `Optional.ofNullable(System.getenv("X")).orElse("d")`.
    private static let lookupOrDefault = LinePattern(
        #"(?i)(?:getenv\s*\(\s*|environ\s*\[\s*|environ\.get\s*\(\s*|process\.env\.|process\.env\[\s*|ENV\[\s*|"#
            + #"\$_ENV\[\s*|\$_SERVER\[\s*|GetEnvironmentVariable\s*\(\s*|env::var\s*\(\s*|Environment\.get\s*\(\s*|"#
            + #"Deno\.env\.get\s*\(\s*|processInfo\.environment\[\s*)["']?([A-Za-z_]\w*)["']?"#
            + #"\s*[\])]*\s*(?:\|\||\?\?|\?:|\bor\b|,|\.(?:unwrap_or(?:_else)?|orElse|or)\s*\()"#
            + #"[^"'`]*["'`]([^"'`]+)["'`]"#,
        holdingOneOf: ["getenv", "environ", "env.", "env[", "_server[", "env::"])
    /// `${NAME:-default}` (shell, Compose) and `${name:default}` (Spring); `${NAME:-}` has no default.
    private static let templateDefault = LinePattern(
        #"\$\{([A-Za-z_][\w.\-]*):(?:-(?!\})|(?!-))([^}]+)\}"#, holdingOneOf: ["${"])
    /// `scheme://user:password@host`.
    private static let urlPassword = LinePattern(#"\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^/\s:@'"]+:([^/\s@'"]+)@[^\s/'"]+"#)

    /// Lowercase words one of which an environment lookup holds.
    private static let lookupHints = ["env", "${", "fetch", "getordefault"]

    /// Lowercase words a line must hold for the checks to run.
    private static let triggers = [
        "secret", "pass", "pwd", "token", "key", "auth", "cred", "signing", "bearer", "hmac", "otp", "://",
    ]

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let instructions = file.file.kind == .dockerfile ? DockerInstructions(file.visible) : nil
        var findings: [ReviewFinding] = []
        var linesByWord: [String: [Int]] = [:]
        let added = file.addedIndices
        let sealed = Self.sealedValues(in: file)
        // Whether a name says secret, for each name met: a file repeats its names.
        var judgedNames: [String: Bool] = [:]
        for index in file.triggers.lines(containingAnyOf: Self.triggers, cache: &linesByWord).map({ added[$0] }) {
            guard !sealed.contains(index) else { continue }
            let line = file.visible[index]
            let inEnv = instructions.map { ["ENV", "ARG"].contains($0.instruction(at: index)) } ?? false
            let assignmentRule = inEnv ? Self.dockerRule : Self.assignmentRule
            var seen = Set<Substring>()
            func report(_ rule: String, _ name: some StringProtocol, _ value: Substring?, bareAllowed: Bool = true) {
                guard let value, bareAllowed, !seen.contains(value) else { return }
                let strength = SecretKeyName.strength(of: name)
                guard strength != .none else { return }
                let severity: FindingSeverity
                switch SecretValue.judge(value, strict: strength == .weak) {
                case .notASecret: return
                case .placeholder: severity = .low
                case .secret: severity = .high
                }
                seen.insert(value)
                findings.append(
                    file.finding(rule, severity, on: line, message: Self.message(rule), content: value))
            }
            let bareValues = !ReviewedFile.code.contains(file.file.kind)
            let resourceNames = Self.resourceNameSpans(in: line.text)
            let starts = Self.nameStarts(in: line.text, judged: &judgedNames).filter { start in
                !resourceNames.contains { $0.contains(start) }
            }
            for groups in Self.assignment.matches(in: line.text, startingAt: starts)
            where groups.count > 5 {
                if let name = groups[1] {
                    report(assignmentRule, name, groups[2] ?? groups[3] ?? groups[4])
                    report(assignmentRule, name, groups[5].flatMap(Self.bareLiteral), bareAllowed: bareValues)
                }
            }
            if let groups = instructions?.spaceFormPair(line.text), inEnv {
                report(Self.dockerRule, groups.name, groups.value)
            }
            if line.text.hasBytes("</") {
                for groups in Self.element.matches(in: line.text) { report(assignmentRule, groups[1] ?? "", groups[2]) }
            }
            if bareValues, line.text.hasBytes("--") {
                for groups in Self.flag.matches(in: line.text) {
                    report(assignmentRule, groups[1] ?? "", groups[2] ?? groups[3] ?? groups[4])
                }
            }
            if Self.lookupHints.contains(where: line.text.hasBytesIgnoringCase) {
                for pattern in [Self.lookupWithDefault, Self.lookupOrDefault, Self.templateDefault] {
                    for groups in pattern.matches(in: line.text) {
                        report(Self.environmentDefaultRule, groups[1] ?? "", groups[2])
                    }
                }
            }
            if line.text.hasBytes("://") {
                for groups in Self.urlPassword.matches(in: line.text) { report(Self.urlRule, "password", groups[1]) }
            }
        }
        return findings
    }

    /// The lines of a Bitnami `SealedSecret`'s `encryptedData:` block: each value is encrypted to the cluster
    /// controller's key, which is what makes the file safe to commit.
    private static func sealedValues(in file: ChangedFile) -> Set<Int> {
        let lines = file.visible
        guard file.file.kind == .config, lines.contains(where: { $0.text.hasBytes("kind: SealedSecret") }) else {
            return []
        }
        var sealed = Set<Int>()
        var blockIndent: Int?
        for (index, line) in lines.enumerated() {
            let indent = line.text.prefix { $0 == " " }.count
            if let open = blockIndent, indent > open || line.text.trimmedLine.isEmpty {
                sealed.insert(index)
                continue
            }
            blockIndent = line.text.trimmedLine == "encryptedData:" ? indent : nil
        }
        return sealed
    }

    /// Where a name that says secret (``SecretKeyName``) begins on `line` (with its `$`/`@` sigil and opening quote),
    /// as UTF-8 offsets, ascending: such a name holds a trigger word, so ``assignment`` only needs trying there, not
    /// at every offset of the line, and not on names like `token_count` whose finding would be dropped. `judged`
    /// keeps each name's answer.
    static func nameStarts(in line: Substring, judged: inout [String: Bool]) -> [Int] {
        let bytes = Array(line.utf8)
        func isNameByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"), 0x80...:
                true
            default: false
            }
        }
        var starts = Set<Int>()
        for word in triggers.map({ Array($0.utf8) }) where word.count <= bytes.count {
            for offset in 0...(bytes.count - word.count)
            where bytes[offset] | 0x20 == word[0]
                && zip(bytes[offset...], word).allSatisfy({ ($0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0) == $1 })
            {
                var start = offset
                while start > 0, isNameByte(bytes[start - 1]) { start -= 1 }
                var end = offset + word.count
                while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
                if start > 0, bytes[start - 1] == UInt8(ascii: "$") || bytes[start - 1] == UInt8(ascii: "@") {
                    start -= 1
                }
                // The name ``assignment`` captures (its group 1) is this whole run: the text after it cannot go on it.
                let name = String(decoding: bytes[start..<end], as: UTF8.self)
                let saysSecret = judged[name] ?? (SecretKeyName.strength(of: name) != .none)
                judged[name] = saysSecret
                guard saysSecret else { continue }
                if start > 0, bytes[start - 1] == UInt8(ascii: "\"") || bytes[start - 1] == UInt8(ascii: "'") {
                    start -= 1
                }
                starts.insert(start)
            }
        }
        return starts.sorted()
    }

    /// A value computed by a call (`jsonencode({`, `sensitive(random_password.db.result`, `coalesce(var.a`): an
    /// expression of the config language (HCL, Bicep, Pulumi YAML), not a literal.
    private static let callExpression = LinePattern(#"^[A-Za-z_][\w.]*\("#)

    /// The literal an unquoted value stands for, or nil when it is an expression (``callExpression``) or a mapping. A
    /// value cut at a space inside an angle-bracket hint (`whsec_<from stripe listen output>`) is the whole hint up to
    /// its `>`, which marks it as a placeholder.
    private static func bareLiteral(_ value: Substring) -> Substring? {
        // A YAML flow mapping (`secret: {secretName: web-tls}`) holds named values of its own; a flow list's first
        // element is a value (`api_keys: [Zq7rL9mX…, …]`).
        guard !callExpression.matches(value), value.first != "{" else { return nil }
        if value.first == "[" { return bareLiteral(value.dropFirst()) }
        guard value.contains("<"), !value.contains(">"),
            let close = value.base[value.endIndex...].firstIndex(of: ">")
        else { return value }
        return value.base[value.startIndex...close]
    }

    /// An AWS resource name (`arn:aws:secretsmanager:…:secret:ci/deploy-key-Xb71Qd`, `arn:aws:kms:…:key/…`): it names
    /// where a secret is kept, and the `secret:` inside it is no assignment; nor is one inside a template expression
    /// that looks a secret up (Ansible's `{{ lookup('hashi_vault', 'secret=kv/data/orders:password') }}`).
    private static let resourceName = LinePattern(#"\barn:aws[\w-]*:[^\s"']*|\{\{.*?\}\}"#)

    /// The UTF-8 offsets of `line` that lie inside a resource name or a template expression (``resourceName``).
    private static func resourceNameSpans(in line: Substring) -> [Range<Int>] {
        guard line.hasBytes("arn:") || line.hasBytes("{{") else { return [] }
        return resourceName.matches(in: line).compactMap { groups in
            guard let whole = groups[0] else { return nil }
            let start = whole.base.utf8.distance(from: whole.base.startIndex, to: whole.startIndex)
            return start..<(start + whole.utf8.count)
        }
    }

    private static func message(_ rule: String) -> String {
        switch rule {
        case dockerRule:
            "a secret is set in ENV/ARG and stays in the image; use secretEnv or a build secret mount"
        case environmentDefaultRule:
            "a literal credential is the default of an environment lookup; fail when the variable is unset instead"
        case urlRule:
            "a URL carries a password; take the credentials from the environment or a secret file"
        default:
            "a literal credential is assigned in the source or config; read it from the environment or a secret file"
        }
    }
}

/// The instruction each visible line of a Dockerfile belongs to, following `\` continuation lines, so `ENV A=1 \`
/// followed by `    TOKEN=…` counts as part of an `ENV`.
struct DockerInstructions {
    private var instructions: [String?] = []

    init(_ lines: [ChangedFile.Line]) {
        var current: String?
        var continues = false
        var previousNumber = -1
        for line in lines {
            let trimmed = line.text.drop { $0 == " " || $0 == "\t" }
            if !continues || line.number != previousNumber + 1 {
                current = trimmed.prefix { $0.isLetter }.uppercased()
            }
            instructions.append(current)
            if !trimmed.hasPrefix("#") { continues = line.text.trimmingSuffixWhitespace.hasSuffix("\\") }
            previousNumber = line.number
        }
    }

    /// The instruction (`ENV`, `RUN`, …) visible line `index` belongs to.
    func instruction(at index: Int) -> String? { instructions[index] }

    private static let spaceForm = LinePattern(#"^\s*(?:ENV|ARG)\s+([A-Za-z_]\w*)\s+["']?([^\s"'=][^\s"']*)["']?\s*$"#)

    /// `ENV NAME value`: the older form without `=`.
    func spaceFormPair(_ line: Substring) -> (name: Substring, value: Substring)? {
        guard let groups = Self.spaceForm.firstMatch(in: line), let name = groups[1], let value = groups[2] else {
            return nil
        }
        return (name, value)
    }
}

extension Substring {
    /// The text without trailing spaces and tabs.
    var trimmingSuffixWhitespace: Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
